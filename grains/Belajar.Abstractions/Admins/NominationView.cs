namespace Belajar.Abstractions.Admins;

/// <summary>A nomination as shown to Pusdatin and the Dinas; the NIK only masked.</summary>
[GenerateSerializer, Immutable, Alias("belajar.NominationView")]
public sealed record NominationView(
    [property: Id(0)] string NominationId,
    [property: Id(1)] string KodeWilayah,
    [property: Id(2)] string FullName,
    [property: Id(3)] string MaskedNik,
    [property: Id(4)] string Email,
    [property: Id(5)] NominationState State,
    [property: Id(6)] string NominatedBy,
    [property: Id(7)] DateTimeOffset NominatedAt,
    [property: Id(8)] string? DecidedBy,
    [property: Id(9)] string? RejectReason,
    [property: Id(10)] string? AdminId);
