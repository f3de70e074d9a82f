namespace Belajar.Abstractions.Admins;

/// <summary>A person a Dinas puts forward as regional administrator. The NIK is checked before it gets here.</summary>
[GenerateSerializer, Immutable, Alias("belajar.AdminNominee")]
public sealed record AdminNominee(
    [property: Id(0)] string FullName,
    [property: Id(1)] string Nik,
    [property: Id(2)] string Email);
