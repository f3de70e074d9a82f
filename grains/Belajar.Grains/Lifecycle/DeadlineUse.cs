using Belajar.Abstractions.Accounts;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// Whether what Google reports of a user shows the account used, as the deadline check decides it. An account never reactivated:
/// any sign-in Google reports. A reactivated account counts only what happened since its reactivation: a sign-in after it, or the
/// <c>changePasswordAtNextLogin</c> that the reactivation set found cleared (the person chose a password; Google may report the
/// sign-in itself later). A sign-in from before the reactivation (the person used the account before it was deactivated) does not
/// count: its new deadline asks for a new use. Pure logic.
/// </summary>
public static class DeadlineUse
{
    /// <summary>True when <paramref name="status"/> shows the account used since <paramref name="reactivatedAt"/> (null: ever).</summary>
    public static bool Used(DirectoryUserStatus status, DateTimeOffset? reactivatedAt) => reactivatedAt is { } since
        ? SignedInAfter(status, since) || !status.ChangePasswordAtNextLogin
        : DirectoryStatuses.HasSignedIn(status);

    private static bool SignedInAfter(DirectoryUserStatus status, DateTimeOffset since) =>
        DirectoryStatuses.HasSignedIn(status) && status.LastLoginTime > since;
}
