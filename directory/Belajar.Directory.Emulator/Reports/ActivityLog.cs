using System.Security.Cryptography;

namespace Belajar.Directory.Emulator;

/// <summary>One recorded login event (application <c>login</c> of the Reports API).</summary>
/// <param name="Sequence">Its place in the log (newer is larger): the order and the page token.</param>
/// <param name="Time">When it happened, on the emulator's clock.</param>
/// <param name="UniqueQualifier">Google's per-activity qualifier (a signed 64-bit number as text).</param>
/// <param name="Email">The actor's primary email.</param>
/// <param name="ProfileId">The actor's user id.</param>
/// <param name="EventName"><c>login_success</c>, <c>login_failure</c>, ...</param>
/// <param name="IpAddress">Where the sign-in came from.</param>
public sealed record LoginActivity(long Sequence, DateTimeOffset Time, string UniqueQualifier, string Email, string ProfileId, string EventName, string IpAddress);

/// <summary>The login activities the emulator's sign-ins record, in memory and thread-safe; newest first when read.</summary>
public sealed class ActivityLog
{
    private readonly Lock _lock = new();
    private readonly List<LoginActivity> _items = [];
    private long _sequence;

    /// <summary>Activities held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Records a login event of <paramref name="user"/> at <paramref name="time"/>.</summary>
    public LoginActivity Record(EmulatedUser user, string eventName, DateTimeOffset time, string ipAddress)
    {
        var qualifier = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            var activity = new LoginActivity(++_sequence, time, qualifier, user.PrimaryEmail, user.Id, eventName, ipAddress);
            _items.Add(activity);
            return activity;
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> + 1 activities matching <paramref name="match"/>, newest first, older than
    /// <paramref name="beforeSequence"/> when given (the extra one tells whether there is a next page).
    /// </summary>
    public List<LoginActivity> Read(Func<LoginActivity, bool> match, long? beforeSequence, int max)
    {
        var result = new List<LoginActivity>(Math.Min(max + 1, 1024));
        lock (_lock)
        {
            for (var i = _items.Count - 1; i >= 0 && result.Count <= max; i--)
            {
                var item = _items[i];
                if ((beforeSequence is null || item.Sequence < beforeSequence) && match(item))
                {
                    result.Add(item);
                }
            }
        }

        return result;
    }

    /// <summary>Forgets every activity.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _items.Clear();
        }
    }
}
