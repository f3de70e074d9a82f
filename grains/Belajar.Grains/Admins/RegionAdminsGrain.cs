using Belajar.Abstractions;
using Belajar.Abstractions.Admins;
using Belajar.Abstractions.Regions;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Admins;

/// <summary>
/// A region's administrators and nominations, keyed like the region (<c>wil-{kode}</c>): the region's single owner of its
/// places, so its turn-based activation serialises every decision. The region's counters are another grain with the same key
/// (<see cref="Regions.RegionGrain"/>), which it asks for the region's names when it places an administrator's org unit.
/// </summary>
/// <remarks>
/// Stored as state <c>regionadmins</c> in the <c>regions</c> storage, as when <c>RegionGrain</c> also held the administrators: the
/// row is keyed by the state name and the grain key, not the grain's type, so the rows written then load unchanged.
/// </remarks>
public sealed class RegionAdminsGrain(
    [PersistentState("regionadmins", StorageNames.Regions)] IPersistentState<RegionAdminsState> admins,
    IDirectoryCalls directory,
    IOptions<RegionalAdminOptions> adminOptions,
    TimeProvider time) : Grain, IRegionAdminsGrain
{
    private string Kode => GrainKeys.KodeWilayahOf(this.GetPrimaryKeyString());

    private RegionAdminsState Admins => admins.State;

    private IEnumerable<StoredAdmin> ActiveAdmins => Admins.Admins.Values.Where(a => a.View.Active);

    public async Task<IReadOnlyList<NominationView>> NominateAsync(IReadOnlyList<AdminNominee> nominees, string nominatedBy)
    {
        if (Kode == IRegionGrain.NationalKode)
        {
            throw new AdminRefusedException("Tingkat nasional tidak punya admin wilayah: usulkan untuk provinsi atau kabupaten/kota.");
        }

        EnsureRoom();
        var taken = ActiveAdmins.Select(a => a.NikHash)
            .Concat(Admins.Nominations.Values.Where(n => n.View.State == NominationState.Pending).Select(n => n.NikHash))
            .ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var made = new List<StoredNomination>();
        foreach (var nominee in nominees)
        {
            var hash = NikHashes.Of(Kode, nominee.Nik);
            if (!taken.Add(hash))
            {
                throw new AdminRefusedException(
                    $"NIK {NikRules.Mask(nominee.Nik)} sudah menjadi admin atau calon yang menunggu di wilayah {Kode}: usulkan orang lain.");
            }

            var view = new NominationView(NominationIds.New(Kode), Kode, nominee.FullName.Trim(), NikRules.Mask(nominee.Nik),
                nominee.Email.Trim(), NominationState.Pending, nominatedBy, now, null, null, null);
            made.Add(new StoredNomination { View = view, Nik = nominee.Nik, NikHash = hash });
        }

        foreach (var nomination in made)
        {
            Admins.Nominations[nomination.View.NominationId] = nomination;
        }

        await admins.WriteStateAsync();
        foreach (var nomination in made)
        {
            await Registry.TrackNominationAsync(nomination.View);
        }

        return [.. made.Select(n => n.View)];
    }

    public async Task<ApprovedAdmin> ApproveAsync(string nominationId, AdminApproval approval)
    {
        var nomination = Pending(nominationId);
        EnsureRoom();
        var nik = nomination.Nik!;
        var account = await RegionalAdminAccounts.CreateAsync(
            directory, adminOptions.Value, Kode, await ScopePathAsync(), nomination.View, approval.InitialPassword);
        var adminId = $"adm-{nominationId[4..]}";
        var view = new RegionalAdminView(adminId, Kode, nomination.View.FullName, nomination.View.MaskedNik, nomination.View.Email,
            account.UserId, true, time.GetUtcNow());
        Admins.Admins[adminId] = new StoredAdmin { View = view, NikHash = nomination.NikHash, GoogleUserId = account.GoogleUserId };
        nomination.View = nomination.View with { State = NominationState.Approved, DecidedBy = approval.DecidedBy, AdminId = adminId };
        nomination.Nik = null;
        await admins.WriteStateAsync();
        await Registry.TrackNominationAsync(nomination.View);
        await Registry.SetSignInAsync(view.UserId, new AdminSignIn(view.UserId, approval.PasswordHash, Kode, view.FullName));
        return new ApprovedAdmin(view, nik);
    }

    public async Task<NominationView> RejectAsync(string nominationId, string decidedBy, string reason)
    {
        var nomination = Pending(nominationId);
        nomination.View = nomination.View with { State = NominationState.Rejected, DecidedBy = decidedBy, RejectReason = reason };
        nomination.Nik = null;
        await admins.WriteStateAsync();
        await Registry.TrackNominationAsync(nomination.View);
        return nomination.View;
    }

    public async Task<RegionalAdminView> RevokeAsync(string adminId, string revokedBy)
    {
        var admin = Active(adminId);
        await RegionalAdminAccounts.SuspendAsync(directory, admin.View.UserId);
        admin.View = admin.View with { Active = false };
        await admins.WriteStateAsync();
        await Registry.SetSignInAsync(admin.View.UserId, null);
        return admin.View;
    }

    public async Task<ApprovedAdmin> ReissueAsync(string adminId, string nik, AdminApproval approval)
    {
        var admin = Active(adminId);
        if (NikHashes.Of(Kode, nik) != admin.NikHash)
        {
            throw new AdminRefusedException($"NIK {NikRules.Mask(nik)} bukan NIK yang dipakai saat admin {adminId} diusulkan: berikan NIK orang itu sendiri.");
        }

        await RegionalAdminAccounts.ResetPasswordAsync(directory, admin.View.UserId, approval.InitialPassword);
        await Registry.SetSignInAsync(admin.View.UserId, new AdminSignIn(admin.View.UserId, approval.PasswordHash, Kode, admin.View.FullName));
        return new ApprovedAdmin(admin.View, nik);
    }

    public Task<IReadOnlyList<RegionalAdminView>> GetAdminsAsync() =>
        Task.FromResult<IReadOnlyList<RegionalAdminView>>([.. Admins.Admins.Values.Select(a => a.View).OrderBy(a => a.ApprovedAt)]);

    private IAdminRegistryGrain Registry => GrainFactory.GetGrain<IAdminRegistryGrain>(IAdminRegistryGrain.Key);

    private void EnsureRoom()
    {
        var active = ActiveAdmins.ToList();
        if (active.Count >= IRegionAdminsGrain.MaxAdmins)
        {
            var holders = string.Join(" and ", active.Select(a => $"{a.View.FullName} ({a.View.UserId})"));
            throw new AdminRefusedException(
                $"Wilayah {Kode} sudah punya {IRegionAdminsGrain.MaxAdmins} admin: {holders}. Minta Pusdatin mencabut salah satunya sebelum menambah.");
        }
    }

    private StoredNomination Pending(string nominationId)
    {
        if (!Admins.Nominations.TryGetValue(nominationId, out var nomination))
        {
            throw new AdminRefusedException($"Tidak ada usulan {nominationId} di wilayah {Kode}: periksa id-nya di GET /api/v1/admin-nominations.", notFound: true);
        }

        return nomination.View.State == NominationState.Pending
            ? nomination
            : throw new AdminRefusedException($"Usulan {nominationId} sudah {(nomination.View.State == NominationState.Approved ? "disetujui" : "ditolak")}.");
    }

    private StoredAdmin Active(string adminId)
    {
        if (!Admins.Admins.TryGetValue(adminId, out var admin))
        {
            throw new AdminRefusedException($"Tidak ada admin {adminId} di wilayah {Kode}.", notFound: true);
        }

        return admin.View.Active ? admin : throw new AdminRefusedException($"Admin {adminId} sudah dicabut.");
    }

    // Province: /{provinsi}; kabupaten/kota: /{provinsi}/{kabupaten_kota} (names as the snapshot reported them, else the codes).
    private async Task<string> ScopePathAsync()
    {
        var names = await GrainFactory.GetGrain<IRegionGrain>(this.GetPrimaryKeyString()).GetNamesAsync();
        var own = OrgUnitPaths.SanitiseName(names.Name is { Length: > 0 } name ? name : Kode);
        if (Kode.EndsWith("0000", StringComparison.Ordinal))
        {
            return $"/{own}";
        }

        var province = names.ParentName is { Length: > 0 } parent ? parent : string.Concat(Kode.AsSpan(0, 2), "0000");
        return $"/{OrgUnitPaths.SanitiseName(province)}/{own}";
    }
}
