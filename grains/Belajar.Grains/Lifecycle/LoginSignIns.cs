using System.Globalization;
using Belajar.Directory;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// The new successful sign-ins of one page of login activities: each address (lower case) with its newest
/// <c>login_success</c> time, leaving out what <see cref="SignInWatermark"/> has seen before. Pure logic.
/// </summary>
public static class LoginSignIns
{
    /// <summary>The event of a successful sign-in.</summary>
    public const string Success = "login_success";

    /// <summary>Reads <paramref name="activities"/> through <paramref name="watermark"/> (which takes each one in).</summary>
    public static Dictionary<string, DateTimeOffset> Of(IEnumerable<Activity>? activities, SignInWatermark watermark)
    {
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var activity in activities ?? [])
        {
            if (!watermark.Observe(activity) || activity.Actor?.Email is not { Length: > 0 } email
                || activity.Events?.Any(e => e.Name == Success) != true || TimeOf(activity) is not { } time)
            {
                continue;
            }

            var address = email.ToLowerInvariant();
            if (!found.TryGetValue(address, out var known) || time > known)
            {
                found[address] = time;
            }
        }

        return found;
    }

    private static DateTimeOffset? TimeOf(Activity activity) =>
        DateTimeOffset.TryParse(activity.Id?.Time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
