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

    [Alias("GetOwner")]
    Task<string?> GetOwnerAsync();
}
