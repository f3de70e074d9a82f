namespace Belajar.Abstractions.Admins;

/// <summary>Nomination ids carry their region (<c>nom-{kodeWilayah}-{random}</c>), so that a decision goes straight to the owner.</summary>
public static class NominationIds
{
    /// <summary>A new id for a nomination in <paramref name="kodeWilayah"/>.</summary>
    public static string New(string kodeWilayah) => $"nom-{kodeWilayah}-{Guid.NewGuid():N}"[..(4 + 6 + 1 + 12)];

    /// <summary>The region of a nomination id, or null when the id is not one of ours.</summary>
    public static string? RegionOf(string nominationId) =>
        nominationId is { Length: 23 } && nominationId.StartsWith("nom-", StringComparison.Ordinal) && nominationId[10] == '-'
            && nominationId.AsSpan(4, 6).IndexOfAnyExceptInRange('0', '9') < 0
            ? nominationId.Substring(4, 6)
            : null;
}
