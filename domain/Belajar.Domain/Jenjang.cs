namespace Belajar.Domain;

/// <summary>
/// School level as the account domains use it. Paket A/B/C (PKBM, SKB) map to SD/SMP/SMA;
/// SDLB, SMPLB, SMLB and SLB all map to SLB.
/// </summary>
public enum Jenjang
{
    SD = 1,
    SMP = 2,
    SMA = 3,
    SMK = 4,
    SLB = 5,
}
