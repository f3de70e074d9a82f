using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Directory;

namespace Belajar.Grains.Lifecycle;

/// <summary>What activation needs of a Google user, and the fields to ask for.</summary>
public static class DirectoryStatuses
{
    /// <summary>The user fields a sync reads (<c>users.list</c> <c>fields</c>): matching, sign-in, terms, password change.</summary>
    public const string SyncFields = "id,primaryEmail,externalIds,lastLoginTime,agreedToTerms,changePasswordAtNextLogin,suspended";

    public static DirectoryUserStatus From(User user) => new(
        user.Id ?? "",
        ParseTime(user.LastLoginTime),
        user.AgreedToTerms ?? false,
        user.ChangePasswordAtNextLogin ?? false,
        user.Suspended ?? false);

    /// <summary>True when Google reports a sign-in (<c>lastLoginTime</c> after the epoch, which is what "never" reads as).</summary>
    public static bool HasSignedIn(DirectoryUserStatus status) => status.LastLoginTime is { } t && t > DateTimeOffset.UnixEpoch;

    /// <summary>The patch that suspends a user.</summary>
    public static User Suspend() => new() { Suspended = true };

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
