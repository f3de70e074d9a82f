namespace Belajar.Abstractions.Accounts;

/// <summary>
/// The claim of one person (a PTK known by NUPTK, else by NIK), keyed by <see cref="GrainKeys.Person"/> of a peppered hash of
/// that number (never the number itself): the one place that decides which Dapodik id the person's accounts are keyed by, so that
/// rows of one person with different <c>ptk_id</c>s at several schools get one account.
/// </summary>
[Alias("belajar.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>
    /// The Dapodik id the person's accounts are keyed by: the first id ever claimed for this person (stored before it answers),
    /// <paramref name="dapodikId"/> when this is the first claim.
    /// </summary>
    [Alias("Claim")]
    Task<string> ClaimAsync(string dapodikId);
}
