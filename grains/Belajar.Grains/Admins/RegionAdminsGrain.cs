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
    NikHashes nikHashes,
    PasswordProtector protector,
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

        var taken = ActiveAdmins.Select(a => a.NikHash).Concat(PendingNominations.Select(n => n.NikHash)).ToList();
        var now = time.GetUtcNow();
        var made = new List<StoredNomination>();
        foreach (var nominee in nominees)
        {
            var hash = nikHashes.Of(Kode, nominee.Nik);
            if (taken.Any(t => nikHashes.Matches(t, Kode, nominee.Nik)))
            {
                throw new AdminRefusedException(
                    $"NIK {NikRules.Mask(nominee.Nik)} sudah menjadi admin atau calon yang menunggu di wilayah {Kode}: usulkan orang lain.");
            }

            var view = new NominationView(NominationIds.New(Kode), Kode, nominee.FullName.Trim(), NikRules.Mask(nominee.Nik),
                nominee.Email.Trim(), NominationState.Pending, nominatedBy, now, null, null, null);
            taken.Add(hash);
            made.Add(new StoredNomination { View = view, ProtectedNik = protector.Protect(nominee.Nik, view.NominationId), NikHash = hash });
        }

        EnsureRoom(newcomers: made.Count); // after the NIK check: a repeated NIK is the more useful answer
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
        EnsureRoom(newcomers: 0);
        var nik = NikOf(nomination) ?? throw new AdminRefusedException($"Usulan {nominationId} tidak lagi menyimpan NIK: tolak lalu minta Dinas mengusulkan lagi.");
        var account = await RegionalAdminAccounts.CreateAsync(
            directory, adminOptions.Value, Kode, await ScopePathAsync(), nomination.View, approval.InitialPassword);
        var adminId = $"adm-{nominationId[4..]}";
        var view = new RegionalAdminView(adminId, Kode, nomination.View.FullName, nomination.View.MaskedNik, nomination.View.Email,
            account.UserId, true, time.GetUtcNow());
        var hash = nikHashes.Of(Kode, nik); // a nomination stored before the pepper gets the keyed hash now
        Admins.Admins[adminId] = new StoredAdmin { View = view, NikHash = hash, GoogleUserId = account.GoogleUserId };
        nomination.View = nomination.View with { State = NominationState.Approved, DecidedBy = approval.DecidedBy, AdminId = adminId };
        nomination.NikHash = hash;
        nomination.ProtectedNik = protector.Protect(nik, nominationId); // kept, encrypted, until the mail is confirmed (resend)
        nomination.Nik = null;
        await admins.WriteStateAsync();
        await Registry.TrackNominationAsync(nomination.View);
        await Registry.SetSignInAsync(view.UserId, new AdminSignIn(view.UserId, approval.PasswordHash, Kode, view.FullName, MustChangePassword: true));
        return new ApprovedAdmin(view, nik);
    }

    public async Task<NominationView> RejectAsync(string nominationId, string decidedBy, string reason)
    {
        var nomination = Pending(nominationId);
        nomination.View = nomination.View with { State = NominationState.Rejected, DecidedBy = decidedBy, RejectReason = reason };
        nomination.Nik = null;
        nomination.ProtectedNik = null;
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
        if (!nikHashes.Matches(admin.NikHash, Kode, nik))
        {
            throw new AdminRefusedException($"NIK {NikRules.Mask(nik)} bukan NIK yang dipakai saat admin {adminId} diusulkan: berikan NIK orang itu sendiri.");
        }

        if (NikHashes.IsLegacy(admin.NikHash))
        {
            admin.NikHash = nikHashes.Of(Kode, nik); // the NIK is at hand: the hash from before the pepper is replaced
            await admins.WriteStateAsync();
        }

        return await NewPasswordAsync(admin, nik, approval);
    }

    public async Task<ApprovedAdmin> ResendAsync(string nominationId, AdminApproval approval)
    {
        if (!Admins.Nominations.TryGetValue(nominationId, out var nomination))
        {
            throw new AdminRefusedException($"Tidak ada usulan {nominationId} di wilayah {Kode}: periksa id-nya di GET /api/v1/admin-nominations.", notFound: true);
        }

        if (nomination.View.State != NominationState.Approved || nomination.View.AdminId is not { } adminId)
        {
            throw new AdminRefusedException($"Usulan {nominationId} belum disetujui: setujui dulu (POST /api/v1/admin-nominations/{nominationId}/approve).");
        }

        var nik = NikOf(nomination) ?? throw new AdminRefusedException(
            $"Email untuk usulan {nominationId} sudah terkirim dan NIK-nya tidak disimpan lagi: kirim kata sandi baru lewat POST /api/v1/regions/{Kode}/admins/{adminId}/reissue dengan NIK orang itu.");
        return await NewPasswordAsync(Active(adminId), nik, approval);
    }

    public async Task CredentialsMailedAsync(string nominationId)
    {
        if (Admins.Nominations.TryGetValue(nominationId, out var nomination) && (nomination.ProtectedNik is not null || nomination.Nik is not null)
            && nomination.View.State == NominationState.Approved)
        {
            nomination.ProtectedNik = null;
            nomination.Nik = null;
            await admins.WriteStateAsync();
        }
    }

    /// <summary>A new initial password in Google and for the api's sign-in, which must be changed at the first sign-in.</summary>
    private async Task<ApprovedAdmin> NewPasswordAsync(StoredAdmin admin, string nik, AdminApproval approval)
    {
        await RegionalAdminAccounts.ResetPasswordAsync(directory, admin.View.UserId, approval.InitialPassword);
        await Registry.SetSignInAsync(admin.View.UserId, new AdminSignIn(admin.View.UserId, approval.PasswordHash, Kode, admin.View.FullName, MustChangePassword: true));
        return new ApprovedAdmin(admin.View, nik);
    }

    private IEnumerable<StoredNomination> PendingNominations => Admins.Nominations.Values.Where(n => n.View.State == NominationState.Pending);

    /// <summary>The nominee's NIK while the region holds it: decrypted, or plain in a row from before the encryption.</summary>
    private string? NikOf(StoredNomination nomination) =>
        nomination.ProtectedNik is { } protectedNik ? protector.Unprotect(protectedNik, nomination.View.NominationId) : nomination.Nik;

    public Task<IReadOnlyList<RegionalAdminView>> GetAdminsAsync() =>
        Task.FromResult<IReadOnlyList<RegionalAdminView>>([.. Admins.Admins.Values.Select(a => a.View).OrderBy(a => a.ApprovedAt)]);

    private IAdminRegistryGrain Registry => GrainFactory.GetGrain<IAdminRegistryGrain>(IAdminRegistryGrain.Key);

    /// <summary>
    /// Refuses a full region: at an approval (<paramref name="newcomers"/> 0) the active administrators; at a nomination the
    /// active ones, the pending nominations and the newcomers together, so that nominations cannot queue beyond the places.
    /// </summary>
    private void EnsureRoom(int newcomers)
    {
        var active = ActiveAdmins.ToList();
        if (active.Count >= IRegionAdminsGrain.MaxAdmins)
        {
            var holders = string.Join(" and ", active.Select(a => $"{a.View.FullName} ({a.View.UserId})"));
            throw new AdminRefusedException(
                $"Wilayah {Kode} sudah punya {IRegionAdminsGrain.MaxAdmins} admin: {holders}. Minta Pusdatin mencabut salah satunya sebelum menambah.");
        }

        var pending = newcomers == 0 ? 0 : PendingNominations.Count();
        if (newcomers > 0 && active.Count + pending + newcomers > IRegionAdminsGrain.MaxAdmins)
        {
            throw new AdminRefusedException(
                $"Wilayah {Kode} punya {active.Count} admin dan {pending} usulan yang menunggu keputusan Pusdatin; batasnya {IRegionAdminsGrain.MaxAdmins}. " +
                "Tunggu keputusan Pusdatin atas usulan itu, atau minta Pusdatin menolaknya, sebelum mengusulkan lagi.");
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
