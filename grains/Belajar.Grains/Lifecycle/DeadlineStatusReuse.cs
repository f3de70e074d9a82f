namespace Belajar.Grains.Lifecycle;

/// <summary>
/// When the deadline check may decide on the Google status a sync read instead of reading it again (<c>users.get</c>, one query of
/// the quota per account). A read made at or after the account's deadline that found no sign-in proves the account was not used
/// by its deadline, which is the rule; <c>Lifecycle:DeadlineStatusMaxAge</c> bounds how old that read may be when the check runs.
/// A first sign-in after the deadline and after that read is not seen (the check that reads would have seen it up to its own
/// run). Reads before the deadline never stand in. Pure logic.
/// </summary>
public static class DeadlineStatusReuse
{
    /// <summary>
    /// True when the read at <paramref name="readAt"/> stands in for the check's own read at <paramref name="now"/>: made at or
    /// after <paramref name="deadline"/> and at most <paramref name="maxAge"/> before <paramref name="now"/> (zero: never).
    /// </summary>
    public static bool CanReuse(DateTimeOffset? readAt, DateTimeOffset deadline, DateTimeOffset now, TimeSpan maxAge) =>
        maxAge > TimeSpan.Zero && readAt is { } read && read >= deadline && now - read <= maxAge;

    /// <summary>
    /// True when a sync's read at <paramref name="now"/> is worth recording for the check: from the deadline on, while the check
    /// may reuse reads (before the deadline a read cannot stand in, and recording it would cost a write on every sync).
    /// </summary>
    public static bool WorthRecording(DateTimeOffset deadline, DateTimeOffset now, TimeSpan maxAge) =>
        maxAge > TimeSpan.Zero && now >= deadline;
}
