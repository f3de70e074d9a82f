namespace Belajar.Abstractions.Admins;

/// <summary>A regional administrator: its belajar.id address is <see cref="UserId"/>; the NIK only masked.</summary>
[GenerateSerializer, Immutable, Alias("belajar.RegionalAdminView")]
public sealed record RegionalAdminView(
    [property: Id(0)] string AdminId,
    [property: Id(1)] string KodeWilayah,
    [property: Id(2)] string FullName,
    [property: Id(3)] string MaskedNik,
    [property: Id(4)] string Email,
    [property: Id(5)] string UserId,
    [property: Id(6)] bool Active,
    [property: Id(7)] DateTimeOffset ApprovedAt);
