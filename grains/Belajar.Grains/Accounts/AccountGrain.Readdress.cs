using System.Net;
using Belajar.Abstractions.Accounts;
using Belajar.Directory;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging;

namespace Belajar.Grains.Accounts;

/// <summary>
/// A learner whose new school is of another jenjang (SD → SMP, SMP → SMA…) gets an address in the new jenjang's domain: the
/// same candidates and claims as a new account (<see cref="UsernameRules"/>, <see cref="IUsernameGrain"/>), then one Google
/// <c>users.patch</c> that changes <c>primaryEmail</c>, org unit and cost centre together. Google keeps the old address as an
/// alias (mail to it still arrives), so the account keeps its claim on the old address too: nobody else can be given an address
/// Google still routes to this user. A move within the same domain keeps the address (<see cref="MoveAsync"/>).
/// </summary>
public sealed partial class AccountGrain
{
    /// <summary>
    /// Whether the account exists in Google under an address outside the domain its (new) role and jenjang give. Only an account
    /// Google has and that is not deactivated changes address; a pending or failed account keeps the address it claimed.
    /// </summary>
    private bool NeedsNewDomain(AccountSpec spec) =>
        S.UserId is { } address
        && S.Status is not (AccountStatus.Pending or AccountStatus.Failed or AccountStatus.Deactivated)
        && S.Spec!.Jenjang != spec.Jenjang
        && !address.EndsWith("@" + services.Domains.DomainFor(spec.Role, spec.Jenjang), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Claims the first free candidate in the new domain and renames the Google user to it, moving it to the new school in the
    /// same call. Candidates are deterministic, so a retry after a crash re-claims the same address (still this account's) and
    /// renames to it again, which Google answers as a no-op. An address Google has already (<c>409</c>) is marked external and the
    /// next candidate is tried; when none is free, or Google refuses the change for good, the account keeps its address and only
    /// moves, and the next run tries again.
    /// </summary>
    private async Task ReaddressAsync(AccountSpec spec)
    {
        using var candidates = UsernameRules.Candidates(spec.Nama, Key, services.Domains.DomainFor(spec.Role, spec.Jenjang)).GetEnumerator();
        for (var tried = 0; tried < MaxCandidates && candidates.MoveNext(); tried++)
        {
            var address = candidates.Current;
            var username = GrainFactory.GetGrain<IUsernameGrain>(address);
            if (!await username.ClaimAsync(Key))
            {
                continue;
            }

            try
            {
                var userKey = S.GoogleUserId ?? S.UserId!;
                await services.Directory.CallAsync(DirectoryPriority.Bulk, (g, ct) => g.PatchUserAsync(userKey, GoogleUsers.ForReaddress(spec, address), ct));
            }
            catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
            {
                await username.MarkExternalAsync();
                continue;
            }
            catch (DirectoryException ex) when (AccountFailures.Permanent(ex) is { } failure)
            {
                await username.ReleaseAsync(Key);
                LogReaddressRefused(services.Logger, Key, spec.Npsn, failure.Code);
                break;
            }

            var previous = S.UserId!;
            S.PreviousUserId = previous;
            S.UserId = address;
            S.Spec = spec;
            S.OrgUnitPath = spec.OrgUnitPath;
            S.CostCenter = spec.Npsn;
            await WriteAsync();
            LogReaddressed(services.Logger, Key, spec.Npsn, spec.Jenjang);
            return;
        }

        await MoveAsync(spec); // no new address this time: the account keeps its address and moves; the next run tries again
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountKey} moved to school {Npsn} of jenjang {Jenjang} and got that jenjang's address (the old one stays an alias)")]
    private static partial void LogReaddressed(ILogger logger, string accountKey, string npsn, Belajar.Domain.Jenjang jenjang);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {AccountKey}: Google refused the new address at school {Npsn} ({FailureCode}); it keeps its address and the next run tries again")]
    private static partial void LogReaddressRefused(ILogger logger, string accountKey, string npsn, string failureCode);
}
