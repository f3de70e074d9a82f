using Belajar.Abstractions.Accounts;

namespace Belajar.Grains.Accounts;

/// <summary>
/// Sign-ins found in Google's login activities (<c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>): the same effect as a
/// school's sync reading the user signed in, the password changed and the terms accepted, without reading the user.
/// </summary>
public sealed partial class AccountGrain
{
    public async Task<AccountRecord?> ApplySignInAsync(DateTimeOffset signedInAt)
    {
        await LoadAsync();
        if (S.Spec is null)
        {
            return null;
        }

        // a sign-in from before a reactivation used the old password: the person has not signed in since
        if (S.Status is not (AccountStatus.Created or AccountStatus.Distributed) || (S.ReactivatedAt is { } reactivated && signedInAt <= reactivated))
        {
            return Record();
        }

        // a login_success comes only after the person chose a new password and accepted the terms, as Google asks at the first sign-in
        var status = new DirectoryUserStatus(S.GoogleUserId ?? "", signedInAt, AgreedToTerms: true, ChangePasswordAtNextLogin: false, Suspended: false);
        var before = S.Status;
        var record = await ApplyLoadedStatusAsync(status);
        if (S.Status != before)
        {
            await TellSchoolAsync(); // one-way: the school counts it as it counts a deadline decision
        }

        return record;
    }
}
