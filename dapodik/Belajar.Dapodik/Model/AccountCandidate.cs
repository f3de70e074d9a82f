using Belajar.Domain;

namespace Belajar.Dapodik;

/// <summary>One account to create: a person in one role.</summary>
/// <param name="AccountKey"><c>pd-{peserta_didik_id}</c>, <c>guru-{ptk_id}</c>, <c>adm-{ptk_id}</c> or <c>adm-{pengguna_id}</c> (lower-case GUIDs).</param>
/// <param name="Role">The account's role.</param>
/// <param name="Jenjang">The school level the account belongs to.</param>
/// <param name="DapodikId">The Dapodik id in the key (lower-case GUID).</param>
/// <param name="Nama">Full name.</param>
/// <param name="NisnNuptk">NISN for learners, NUPTK for staff, when known.</param>
/// <param name="Tingkat">Grade for learners.</param>
/// <param name="Rombel">Class group for learners.</param>
/// <param name="Nik">NIK when known (never log it unmasked).</param>
public sealed record AccountCandidate(string AccountKey, AccountRole Role, Jenjang Jenjang, string DapodikId, string Nama,
    string? NisnNuptk, int? Tingkat, string? Rombel, string? Nik)
{
    /// <inheritdoc />
    public override string ToString() => $"AccountCandidate {{ AccountKey = {AccountKey}, Role = {Role}, Jenjang = {Jenjang} }}";
}
