namespace Belajar.Dapodik;

/// <summary>The verdict of the circular for one school's roster.</summary>
/// <param name="Accounts">One candidate per account to create (no key twice).</param>
/// <param name="NotEligible">Everyone left out, with the reason.</param>
public sealed record EligibilityResult(IReadOnlyList<AccountCandidate> Accounts, IReadOnlyList<NotEligibleEntry> NotEligible);
