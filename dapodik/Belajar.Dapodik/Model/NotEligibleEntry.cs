namespace Belajar.Dapodik;

/// <summary>A person (in one role) who gets no account, and why.</summary>
/// <param name="DapodikId">The row's Dapodik id (lower-case GUID).</param>
/// <param name="Reason">Why not, e.g. <c>tingkat out of range for SD (5–6)</c>.</param>
public sealed record NotEligibleEntry(string DapodikId, string Reason);
