using System.Globalization;

namespace Belajar.Directory;

/// <summary>
/// The position of an incremental read of login activities: the next read starts at the newest activity time seen minus
/// <see cref="Overlap"/> (Google may report an activity some time after it happened), and activities already seen in that
/// overlap (same time and unique qualifier) are not reported twice. Pure logic, not thread-safe.
/// </summary>
public sealed class SignInWatermark(DateTimeOffset start, TimeSpan overlap)
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>How far back each read reaches before the newest time seen.</summary>
    public TimeSpan Overlap { get; } = overlap;

    /// <summary>The newest activity time seen (the start until one is seen).</summary>
    public DateTimeOffset Newest { get; private set; } = start;

    /// <summary>Where the next read starts.</summary>
    public DateTimeOffset NextStart => Newest - Overlap;

    /// <summary>
    /// Takes in one activity; true when it is new (not seen in the overlap window). Activities without a parsable time are
    /// reported as new and do not move the watermark.
    /// </summary>
    public bool Observe(Activity activity)
    {
        if (activity.Id?.Time is not { } text
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return true;
        }

        var key = text + "/" + activity.Id.UniqueQualifier;
        if (!_seen.TryAdd(key, time))
        {
            return false;
        }

        if (time > Newest)
        {
            // forget only what the read now running cannot return again: it started at the previous NextStart
            var cutoff = NextStart;
            Newest = time;
            foreach (var old in _seen.Where(kv => kv.Value < cutoff).Select(kv => kv.Key).ToList())
            {
                _seen.Remove(old);
            }
        }

        return true;
    }
}
