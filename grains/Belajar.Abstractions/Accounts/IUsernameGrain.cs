namespace Belajar.Abstractions.Accounts;

/// <summary>The claim of one address, keyed by the full address: the one place that decides who owns it, cluster-wide.</summary>
[Alias("belajar.IUsernameGrain")]
public interface IUsernameGrain : IGrainWithStringKey
{
    /// <summary>True when the address now belongs to <paramref name="accountKey"/> (also when it already did).</summary>
    [Alias("Claim")]
    Task<bool> ClaimAsync(string accountKey);

    /// <summary>Marks the address as held outside this system (Google already has it), so nobody claims it again.</summary>
    [Alias("MarkExternal")]
    Task MarkExternalAsync();

    /// <summary>
    /// Gives the address up when <paramref name="accountKey"/> holds it: for a claim made by an account that turned out to have an
    /// address already, before the claimed one was ever written to its state or sent to Google. Anyone may claim it again.
    /// </summary>
    [Alias("Release")]
    Task ReleaseAsync(string accountKey);

    [Alias("GetOwner")]
    Task<string?> GetOwnerAsync();
}
