using Belajar.Domain;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Directory;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Belajar.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Belajar.Grains.Accounts;

/// <summary>
/// One account. Provisioning persists each step before the next: the claimed address and the encrypted initial password before
/// Google is called, the Google user id right after; so a crash at any point resumes by reading the user back, never by
/// creating a second one.
/// </summary>
/// <remarks>
/// The state is one row of the <c>accounts</c> storage kept by hand (<see cref="RowGrain{TState}"/>), not a <c>[PersistentState]</c>
/// facet: about 400 bytes less of every idle account (docs/provisioning.md).
/// </remarks>
public sealed partial class AccountGrain(AccountGrainServices services) : RowGrain<AccountState>, IAccountGrain, IRemindable
{
    /// <summary>How many addresses an account tries before it gives up (the candidates spread, so one almost always does).</summary>
    public const int MaxCandidates = 12;

    private static readonly AccountFailure NoFreeAddress = AccountFailures.NoFreeAddress(MaxCandidates);

    protected override IGrainStorage Storage => services.Storage;

    /// <summary>The state name of the stored row (unchanged since the account used a <c>[PersistentState("account")]</c> facet).</summary>
    protected override string StateName => "account";

    /// <summary>The state: every entry point loads it first (<see cref="RowGrain{TState}.LoadAsync"/>), except the new account's fast path.</summary>
    private AccountState S => Row;

    private string Key => this.GetPrimaryKeyString();

    public Task<AccountRecord> ProvisionAsync(AccountSpec spec) => EndingAsync(spec, async () =>
    {
        await LoadAsync();
        return await ProvisionLoadedAsync(spec);
    });

    public Task<AccountRecord> ProvisionNewAsync(AccountSpec spec) => EndingAsync(spec, () => ProvisionNewCoreAsync(spec));

    public async Task<AccountRecord?> GiveUpAsync(string code, string reason)
    {
        await LoadAsync();
        return S.Spec is null ? null : await EndFailedAsync(S.Spec, new AccountFailure(code, reason));
    }

    /// <summary>
    /// Every account of a run ends: a failure that repeating cannot mend (Google's permanent answers, our own rules refusing the
    /// data) ends an account still being created <c>Failed</c> with its reason instead of leaving the call to be retried; a
    /// transient failure is thrown to the school, which tries again a bounded number of times (<see cref="GiveUpAsync"/>).
    /// </summary>
    private async Task<AccountRecord> EndingAsync(AccountSpec spec, Func<Task<AccountRecord>> provision)
    {
        try
        {
            return await provision();
        }
        catch (Exception ex) when (AccountFailures.Permanent(ex) is { } failure)
        {
            return await EndFailedAsync(spec, failure);
        }
    }

    /// <summary>Fails an account that is still being created; an account that exists already is left as it is.</summary>
    private async Task<AccountRecord> EndFailedAsync(AccountSpec spec, AccountFailure failure)
    {
        await LoadAsync(); // a failed write forgets the state: read what is stored
        S.Spec ??= spec;
        if (S.Status is AccountStatus.Pending or AccountStatus.Failed)
        {
            await FailAsync(failure);
        }

        return Record();
    }

    private async Task<AccountRecord> ProvisionNewCoreAsync(AccountSpec spec)
    {
        if (IsLoaded)
        {
            return await ProvisionLoadedAsync(spec);
        }

        // Assume no stored row: claim the first address, then insert the state with the encrypted password. The storage
        // refuses the insert if the row exists after all (a person who moved school, a school that lost its record in a crash).
        AssumeNew(new AccountState { Spec = spec });
        using var candidates = Candidates(spec);
        string? claimed = null;
        string password;
        try
        {
            if (!await ClaimNextAddressAsync(candidates))
            {
                await FailAsync(NoFreeAddress);
                return Record();
            }

            claimed = S.UserId;
            password = InitialPasswords.Generate();
            S.ProtectedPassword = services.Protector.Protect(password, Key);
            await WriteAsync();
        }
        catch (InconsistentStateException)
        {
            // The stored state decides; an address claimed just now that it does not use was never written nor sent to Google.
            Forget();
            await LoadAsync();
            var record = await ProvisionLoadedAsync(spec);
            if (claimed is not null && claimed != S.UserId)
            {
                await GrainFactory.GetGrain<IUsernameGrain>(claimed).ReleaseAsync(Key);
            }

            LogExistedAfterAll(services.Logger, Key);
            return record;
        }

        await CreateInGoogleAsync(candidates, storedPassword: password);
        return Record();
    }

    private async Task<AccountRecord> ProvisionLoadedAsync(AccountSpec listed)
    {
        var spec = List(listed, out var listingsChanged); // the home school's spec (docs/rules.md, one person at several schools)
        if (S.Spec is null || S.Status is AccountStatus.Pending or AccountStatus.Failed)
        {
            S.Spec = spec;
            if (S.Status == AccountStatus.Failed)
            {
                S.Status = AccountStatus.Pending;
                S.FailureReason = null;
                S.FailureCode = null;
            }

            using var candidates = Candidates(spec);
            await CreateInGoogleAsync(candidates, storedPassword: null);
        }
        else if (NeedsNewDomain(spec))
        {
            await ReaddressAsync(spec);
        }
        else if (S.Spec.Npsn != spec.Npsn || S.OrgUnitPath != spec.OrgUnitPath)
        {
            await MoveAsync(spec);
        }
        else if (S.Spec != spec || listingsChanged)
        {
            S.Spec = spec;
            await WriteAsync();
        }

        if (S.LeaverDueAt is not null)
        {
            await CancelLeaverAsync(); // back in Dapodik
        }

        await EnsureDeadlineScheduledAsync(force: false); // the next run registers what an account stored earlier lacks
        return Record();
    }

    private IEnumerator<string> Candidates(AccountSpec spec) =>
        UsernameRules.Candidates(spec.Nama, Key, services.Domains.DomainFor(spec.Role, spec.Jenjang)).GetEnumerator();

    public async Task<AccountRecord?> MarkDistributedAsync()
    {
        await LoadAsync();
        if (S.Spec is null)
        {
            return null;
        }

        await MarkDistributedLoadedAsync();
        return Record();
    }

    /// <summary>The one place an account becomes distributed: <c>Created → Distributed</c>, remembered for good (<see cref="AccountState.Distributed"/>).</summary>
    private async Task MarkDistributedLoadedAsync()
    {
        if (S.Status == AccountStatus.Created)
        {
            S.Status = AccountStatus.Distributed;
            S.Distributed = true;
            await WriteAsync();
        }
    }

    public async Task<AccountView?> GetAsync()
    {
        await LoadAsync();
        return S.Spec is null ? null : View();
    }

    public async Task<AccountCredentialRow?> GetCredentialAsync(bool markDistributed)
    {
        await LoadAsync();
        if (S.Spec is null)
        {
            return null;
        }

        if (markDistributed)
        {
            await MarkDistributedLoadedAsync();
        }

        var password = S.ProtectedPassword is null ? null : services.Protector.Unprotect(S.ProtectedPassword, Key);
        return new AccountCredentialRow(View(), password);
    }

    public async Task<AccountRecord?> ApplyDirectoryStatusAsync(DirectoryUserStatus status)
    {
        await LoadAsync();
        return await ApplyLoadedStatusAsync(status);
    }

    private async Task<AccountRecord?> ApplyLoadedStatusAsync(DirectoryUserStatus status)
    {
        if (S.Spec is null || S.Status is AccountStatus.Pending or AccountStatus.Failed or AccountStatus.Deactivated)
        {
            return S.Spec is null ? null : Record();
        }

        var changed = false;
        if (status.LastLoginTime is { } login && login > DateTimeOffset.UnixEpoch && S.LastSignInAt != login)
        {
            S.LastSignInAt = login;
            changed = true;
        }

        if (S.Status != AccountStatus.Activated && S.LastSignInAt is not null && status.AgreedToTerms && !status.ChangePasswordAtNextLogin)
        {
            S.Status = AccountStatus.Activated;
            S.ProtectedPassword = null;
            changed = true;
        }

        // activated: the deadline ends in the same write and the reminder goes; still waiting: the reminder is registered when
        // missing (accounts stored before they owned it) or moved with the deadline setting
        var endsDeadline = S.Status == AccountStatus.Activated && (S.DeadlineDueAt is not null || S.DeadlineReminderAt is not null);
        if (endsDeadline)
        {
            S.DeadlineDueAt = null;
            S.DeadlineReminderAt = null;
            changed = true;
        }

        changed |= NoteDeadlineStatusRead();
        if (changed)
        {
            await WriteAsync();
        }

        if (endsDeadline)
        {
            await RemoveReminderAsync(DeadlineReminder);
        }
        else
        {
            await EnsureDeadlineScheduledAsync(force: false);
        }

        return Record();
    }

    /// <summary>
    /// Claims an address and creates the Google user until the account is created (or failed). <paramref name="storedPassword"/>:
    /// the plain initial password when the claimed address and that password are already stored, so that the first Google call
    /// needs no write before it (and no decryption).
    /// </summary>
    private async Task CreateInGoogleAsync(IEnumerator<string> candidates, string? storedPassword)
    {
        var spec = S.Spec!;
        while (S.Status == AccountStatus.Pending)
        {
            var password = storedPassword;
            storedPassword = null;
            if (password is null)
            {
                if (S.UserId is null && !await ClaimNextAddressAsync(candidates))
                {
                    await FailAsync(NoFreeAddress);
                    return;
                }

                if (S.ProtectedPassword is null)
                {
                    password = InitialPasswords.Generate();
                    S.ProtectedPassword = services.Protector.Protect(password, Key);
                }
                else
                {
                    password = services.Protector.Unprotect(S.ProtectedPassword, Key);
                }

                await WriteAsync();
            }

            var user = GoogleUsers.ForInsert(spec, S.UserId!, password);
            var result = await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.CreateUserAsync(user, ct));

            if (result.Outcome == CreateUserOutcome.AddressTaken)
            {
                await GrainFactory.GetGrain<IUsernameGrain>(S.UserId!).MarkExternalAsync();
                S.UserId = null;
                continue;
            }

            S.GoogleUserId = result.User?.Id;
            S.OrgUnitPath = spec.OrgUnitPath;
            S.CostCenter = spec.Npsn;
            S.Status = AccountStatus.Created;
            S.CreatedAt = services.Time.GetUtcNow();
            await TryRegisterDeadlineReminderAsync(); // recorded in the same write as the Google id
            await WriteAsync();
            LogCreated(services.Logger, Key, result.Outcome);
        }
    }

    private async Task<bool> ClaimNextAddressAsync(IEnumerator<string> candidates)
    {
        // Candidates are deterministic for this account: after a crash it re-claims the same first address, which is still its own.
        while (S.CandidatesTried < MaxCandidates && candidates.MoveNext())
        {
            var address = candidates.Current;
            S.CandidatesTried++;
            if (await GrainFactory.GetGrain<IUsernameGrain>(address).ClaimAsync(Key))
            {
                S.UserId = address;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Moves an existing account to its new school. Google refusing the move for good does not end the account (it exists and
    /// keeps working): the account takes the new school, keeps its old org unit, and the next run tries the move again.
    /// </summary>
    private async Task MoveAsync(AccountSpec spec)
    {
        if (S.UserId is not null && S.Status is not AccountStatus.Deactivated)
        {
            try
            {
                await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.PatchUserAsync(S.UserId, GoogleUsers.ForMove(spec), ct));
            }
            catch (DirectoryException ex) when (AccountFailures.Permanent(ex) is { } failure)
            {
                S.Spec = spec;
                await WriteAsync();
                LogMoveRefused(services.Logger, Key, spec.Npsn, failure.Code);
                return;
            }
        }

        S.Spec = spec;
        S.OrgUnitPath = spec.OrgUnitPath;
        S.CostCenter = spec.Npsn;
        await WriteAsync();
        LogMoved(services.Logger, Key, spec.Npsn);
    }

    private async Task FailAsync(AccountFailure failure)
    {
        S.Status = AccountStatus.Failed;
        S.FailureReason = failure.Reason;
        S.FailureCode = failure.Code;
        await WriteAsync();
        LogFailed(services.Logger, Key, failure.Code, failure.Reason);
    }

    /// <summary>What every call that changes the account answers: the facts its school keeps a copy of (see <see cref="Schools.SchoolGrain"/>).</summary>
    private AccountRecord Record() => new(View(), S.ProtectedPassword);

    private AccountView View()
    {
        var spec = S.Spec!;
        return new AccountView(
            Key, spec.Role, spec.Jenjang, spec.Npsn, spec.Nama, spec.NisnNuptk, spec.Tingkat, spec.Rombel,
            S.UserId is not null && S.Status is not (AccountStatus.Pending or AccountStatus.Failed) ? S.UserId : null, // an address only once Google has the user
            S.Status, S.FailureReason, S.CreatedAt, S.LastSignInAt, S.GoogleUserId, WasDistributed: S.Distributed || S.Status == AccountStatus.Distributed, S.FailureCode,
            S.PreviousUserId, S.ReactivatedAt);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {AccountKey} created in Google ({Outcome})")]
    private static partial void LogCreated(ILogger logger, string accountKey, CreateUserOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} was provisioned as new but had a stored state: went on from it")]
    private static partial void LogExistedAfterAll(ILogger logger, string accountKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} moved to school {Npsn}")]
    private static partial void LogMoved(ILogger logger, string accountKey, string npsn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey} failed ({FailureCode}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string accountKey, string failureCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: Google refused the move to school {Npsn} ({FailureCode}); the next run tries again")]
    private static partial void LogMoveRefused(ILogger logger, string accountKey, string npsn, string failureCode);
}
