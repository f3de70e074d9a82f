namespace Belajar.Directory.Emulator;

/// <summary>
/// Per-user faults: <c>users.insert</c>, <c>users.get</c>, <c>users.patch</c> and <c>users.update</c> of a matching user
/// are answered with the fault's error, every time, until <see cref="Clear"/>. <c>users.list</c> is never answered.
/// </summary>
public sealed class UserFaults
{
    /// <summary>The statuses a fault may answer with.</summary>
    public static readonly IReadOnlyList<int> AllowedStatuses = [400, 403, 404, 409, 412, 429, 500, 503];

    private readonly Lock _lock = new();
    private UserFault[] _faults = [];

    /// <summary>The faults in force, oldest first (the oldest matching one answers).</summary>
    public IReadOnlyList<UserFault> All => Volatile.Read(ref _faults);

    /// <summary>
    /// Answers every call about an address whose local part starts with <paramref name="addressPrefix"/> with
    /// <paramref name="status"/> and <paramref name="reason"/> (by default Google's reason for the status).
    /// </summary>
    /// <exception cref="ArgumentException">The prefix is empty or holds <c>@</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is not one of <see cref="AllowedStatuses"/>.</exception>
    public UserFault Add(string addressPrefix, int status, string? reason = null)
    {
        if (string.IsNullOrWhiteSpace(addressPrefix))
        {
            throw new ArgumentException("A user fault needs an addressPrefix: the start of the local part of the addresses it answers, e.g. \"fail-\".", nameof(addressPrefix));
        }

        if (addressPrefix.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A user fault's addressPrefix is the start of the local part, without '@' and domain; got \"{addressPrefix}\".", nameof(addressPrefix));
        }

        if (!AllowedStatuses.Contains(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, $"A user fault's status is one of {string.Join(", ", AllowedStatuses)}; got {status}.");
        }

        var fault = new UserFault(addressPrefix, status, string.IsNullOrWhiteSpace(reason) ? DefaultReason(status) : reason);
        lock (_lock)
        {
            Volatile.Write(ref _faults, [.. _faults, fault]);
        }

        return fault;
    }

    /// <summary>Lifts every per-user fault.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            Volatile.Write(ref _faults, []);
        }
    }

    /// <summary>Google's reason for <paramref name="status"/>.</summary>
    public static string DefaultReason(int status) => status switch
    {
        400 => "invalid",
        403 => "forbidden",
        404 => "notFound",
        409 => "duplicate",
        412 => "conditionNotMet",
        429 => "rateLimitExceeded",
        _ => "backendError",
    };

    internal UserFault? Match(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        foreach (var fault in Volatile.Read(ref _faults))
        {
            if (fault.Matches(address))
            {
                return fault;
            }
        }

        return null;
    }
}
