namespace Belajar.Directory.Emulator;

/// <summary>
/// One per-user fault: every Directory call about a user whose address's local part starts with
/// <see cref="AddressPrefix"/> is answered with <see cref="Status"/> and <see cref="Reason"/> until the fault is lifted.
/// </summary>
public sealed class UserFault
{
    private long _hits;

    internal UserFault(string addressPrefix, int status, string reason)
    {
        AddressPrefix = addressPrefix;
        Status = status;
        Reason = reason;
    }

    /// <summary>The start of the local part (before <c>@</c>) of the addresses it answers, matched case-insensitively.</summary>
    public string AddressPrefix { get; }

    /// <summary>The HTTP status it answers with.</summary>
    public int Status { get; }

    /// <summary>Google's reason in the error body, e.g. <c>forbidden</c>.</summary>
    public string Reason { get; }

    /// <summary>How many calls it has answered.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    internal bool Matches(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = at < 0 ? address.AsSpan() : address.AsSpan(0, at);
        return local.StartsWith(AddressPrefix, StringComparison.OrdinalIgnoreCase);
    }

    internal void Hit() => Interlocked.Increment(ref _hits);
}
