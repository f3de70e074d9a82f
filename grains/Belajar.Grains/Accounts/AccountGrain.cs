using System.Net;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Directory;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Accounts;

/// <summary>
/// One account. Provisioning persists each step before the next: the claimed address and the encrypted initial password before
/// Google is called, the Google user id right after; so a crash at any point resumes by reading the user back, never by
/// creating a second one.
/// </summary>
public sealed partial class AccountGrain(
    [PersistentState("account", StorageNames.Accounts)] IPersistentState<AccountState> state,
    IDirectoryCalls directory,
    AccountDomains domains,
    PasswordProtector protector,
    TimeProvider time,
    IOptions<LifecycleOptions> lifecycle,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain, IRemindable
{
    /// <summary>How many addresses an account tries before it gives up (the candidates spread, so one almost always does).</summary>
    public const int MaxCandidates = 12;

    private AccountState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    public async Task<AccountRecord> ProvisionAsync(AccountSpec spec)
    {
        if (S.Spec is null || S.Status is AccountStatus.Pending or AccountStatus.Failed)
        {
            S.Spec = spec;
            if (S.Status == AccountStatus.Failed)
            {
                S.Status = AccountStatus.Pending;
                S.FailureReason = null;
            }

            await CreateInGoogleAsync();
        }
        else if (S.Spec.Npsn != spec.Npsn || S.OrgUnitPath != spec.OrgUnitPath)
        {
            await MoveAsync(spec);
        }
        else if (S.Spec != spec)
        {
            S.Spec = spec;
            await state.WriteStateAsync();
        }

        if (S.LeaverDueAt is not null)
        {
            await CancelLeaverAsync(); // back in Dapodik
        }

        return Record();
    }

    public async Task MarkDistributedAsync()
    {
        if (S.Status == AccountStatus.Created)
        {
            S.Status = AccountStatus.Distributed;
            S.Distributed = true;
            await state.WriteStateAsync();
        }
    }

    public Task<AccountView?> GetAsync() => Task.FromResult(S.Spec is null ? null : View());

    public async Task<AccountCredentialRow?> GetCredentialAsync(bool markDistributed)
    {
        if (S.Spec is null)
        {
            return null;
        }

        if (markDistributed && S.Status == AccountStatus.Created)
        {
            S.Status = AccountStatus.Distributed;
            S.Distributed = true;
            await state.WriteStateAsync();
        }

        var password = S.ProtectedPassword is null ? null : protector.Unprotect(S.ProtectedPassword, Key);
        return new AccountCredentialRow(View(), password);
    }

    public async Task<string> ResetPasswordAsync()
    {
        if (S.Spec is null || S.UserId is null || S.Status is not (AccountStatus.Created or AccountStatus.Distributed))
        {
            throw new AccountNotResettableException(S.UserId ?? Key, S.Status);
        }

        var password = InitialPasswords.Generate();
        await directory.CallAsync(DirectoryPriority.Interactive, (g, ct) => g.PatchUserAsync(S.UserId, GoogleUsers.ForPasswordReset(password), ct));
        S.ProtectedPassword = protector.Protect(password, Key);
        await state.WriteStateAsync();
        LogPasswordReset(Key);
        return password;
    }

    public async Task<AccountRecord?> ApplyDirectoryStatusAsync(DirectoryUserStatus status)
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

        var hadDeadline = S.DeadlineDueAt is not null;
        if (S.Status == AccountStatus.Activated && hadDeadline)
        {
            S.DeadlineDueAt = null;
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }

        if (S.Status == AccountStatus.Activated && hadDeadline)
        {
            await RemoveReminderAsync(DeadlineReminder);
        }
        else if (S.Status is AccountStatus.Created or AccountStatus.Distributed)
        {
            await EnsureDeadlineScheduledAsync(); // a moved deadline reaches accounts at their next sync
        }

        return Record();
    }

    private async Task CreateInGoogleAsync()
    {
        var spec = S.Spec!;
        var domain = domains.DomainFor(spec.Role, spec.Jenjang);
        using var candidates = UsernameRules.Candidates(spec.Nama, Key, domain).GetEnumerator();
        while (S.Status == AccountStatus.Pending)
        {
            if (S.UserId is null && !await ClaimNextAddressAsync(candidates))
            {
                await FailAsync($"no free address among {MaxCandidates} candidates for this name");
                return;
            }

            if (S.ProtectedPassword is null)
            {
                S.ProtectedPassword = protector.Protect(InitialPasswords.Generate(), Key);
            }

            await state.WriteStateAsync();
            var user = GoogleUsers.ForInsert(spec, S.UserId!, protector.Unprotect(S.ProtectedPassword, Key));
            CreateUserResult result;
            try
            {
                result = await directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.CreateUserAsync(user, ct));
            }
            catch (DirectoryException ex) when (!ex.IsRetryable && ex.StatusCode == HttpStatusCode.BadRequest)
            {
                await FailAsync(ex.Message);
                return;
            }

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
            S.CreatedAt = time.GetUtcNow();
            S.DeadlineDueAt = DeadlineSchedule.DueAt(S.CreatedAt.Value, spec.Npsn, lifecycle.Value); // one write with the Google id, not two
            await state.WriteStateAsync();
            LogCreated(Key, result.Outcome);
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

    private async Task MoveAsync(AccountSpec spec)
    {
        if (S.UserId is not null && S.Status is not AccountStatus.Deactivated)
        {
            await directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.PatchUserAsync(S.UserId, GoogleUsers.ForMove(spec), ct));
        }

        S.Spec = spec;
        S.OrgUnitPath = spec.OrgUnitPath;
        S.CostCenter = spec.Npsn;
        await state.WriteStateAsync();
        LogMoved(Key, spec.Npsn);
    }

    private async Task FailAsync(string reason)
    {
        S.Status = AccountStatus.Failed;
        S.FailureReason = reason;
        await state.WriteStateAsync();
        LogFailed(Key, reason);
    }

    private AccountRecord Record() => new(View(), S.ProtectedPassword);

    private AccountView View()
    {
        var spec = S.Spec!;
        return new AccountView(
            Key, spec.Role, spec.Jenjang, spec.Npsn, spec.Nama, spec.NisnNuptk, spec.Tingkat, spec.Rombel,
            S.UserId is not null && S.Status != AccountStatus.Pending ? S.UserId : null,
            S.Status, S.FailureReason, S.CreatedAt, S.LastSignInAt, S.GoogleUserId, S.Distributed);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Account {AccountKey} created in Google ({Outcome})")]
    private partial void LogCreated(string accountKey, CreateUserOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} moved to school {Npsn}")]
    private partial void LogMoved(string accountKey, string npsn);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey} failed: {Reason}")]
    private partial void LogFailed(string accountKey, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Initial password of account {AccountKey} reset")]
    private partial void LogPasswordReset(string accountKey);
}
