using Belajar.Abstractions.Accounts;
using Belajar.Grains.Accounts;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Schools;

/// <summary>The school's records of its accounts: a read model of what the account grains answer (the rules: <see cref="SchoolGrain"/>).</summary>
public sealed partial class SchoolGrain
{
    /// <summary>The one way the school's records change: the record an account's grain answered. Answers whether it changed.</summary>
    private bool Apply(AccountRecord record)
    {
        var key = record.View.AccountKey;
        if (S.Accounts.TryGetValue(key, out var known) && known == record)
        {
            return false;
        }

        S.Accounts[key] = record;
        return true;
    }

    /// <summary><see cref="Apply"/> for a record that came unasked: only an account on the school's roster is kept.</summary>
    private bool ApplyKnown(AccountRecord record) => S.Accounts.ContainsKey(record.View.AccountKey) && Apply(record);

    public async Task AccountChangedAsync(AccountRecord account)
    {
        if (ApplyKnown(account))
        {
            await SaveAsync();
            await ReportToRegionAsync();
            if (S.SyncReminderPeriod is null && IsPending(account.View))
            {
                await EnsureSyncReminderAsync(); // pending again while the school's sync had stopped
            }
        }
    }

    public async Task<int> MarkDistributedAsync(IReadOnlyList<string> accountKeys)
    {
        var toMark = accountKeys.Where(k => S.Accounts.TryGetValue(k, out var record) && record.View.Status == AccountStatus.Created).ToList();
        if (toMark.Count == 0)
        {
            return 0;
        }

        int marked = 0, changed = 0;
        await Parallel.ForEachAsync(
            toMark,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.AccountsPerSchool, TaskScheduler = TaskScheduler.Current },
            async (key, _) =>
            {
                try
                {
                    if (await GrainFactory.GetGrain<IAccountGrain>(key).MarkDistributedAsync() is { } record && ApplyKnown(record))
                    {
                        changed++;
                        marked += record.View.Status == AccountStatus.Distributed ? 1 : 0;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogMarkFailed(ex, key); // still created in both places: the next download marks it
                }
            });

        if (changed == 0)
        {
            return 0;
        }

        await SaveAsync();
        await ReportToRegionAsync();
        return marked;
    }

    public async Task<string?> ResetPasswordAsync(string userId)
    {
        var key = S.Accounts.FirstOrDefault(a => string.Equals(a.Value.View.UserId, userId, StringComparison.OrdinalIgnoreCase)).Key;
        if (key is null)
        {
            return null;
        }

        var reset = await GrainFactory.GetGrain<IAccountGrain>(key).ResetPasswordAsync();
        if (ApplyKnown(reset.Record))
        {
            await SaveAsync();
        }

        return reset.InitialPassword;
    }

    /// <summary>
    /// The stand-in record of an account the school gave up on but whose grain it could not reach to say so: <c>Failed</c> with the
    /// reason, no address, no password. The account's next record replaces it.
    /// </summary>
    private static AccountRecord Unreached(AccountSpec spec, AccountFailure failure) => new(
        new AccountView(spec.AccountKey, spec.Role, spec.Jenjang, spec.Npsn, spec.Nama, spec.NisnNuptk, spec.Tingkat, spec.Rombel,
            null, AccountStatus.Failed, failure.Reason, null, null, null, FailureCode: failure.Code),
        null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey} could not be marked distributed: the next download marks it")]
    private partial void LogMarkFailed(Exception ex, string accountKey);
}
