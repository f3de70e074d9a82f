namespace Belajar.Abstractions.Admins;

/// <summary>
/// The administrators of one region (keyed like the region, <c>wil-{kode}</c>, a grain of its own beside the region's counters),
/// so that the region alone decides its places: at most two active administrators, one NIK once, and two approvals at once cannot make three.
/// </summary>
[Alias("belajar.IRegionAdminsGrain")]
public interface IRegionAdminsGrain : IGrainWithStringKey
{
    /// <summary>The most active administrators a region has.</summary>
    public const int MaxAdmins = 2;

    /// <summary>Records nominations (all or none); throws <see cref="AdminRefusedException"/> for a full region or a repeated NIK.</summary>
    [Alias("Nominate")]
    Task<IReadOnlyList<NominationView>> NominateAsync(IReadOnlyList<AdminNominee> nominees, string nominatedBy);

    /// <summary>Approves a pending nomination: creates the Google account with the delegated role limited to the region's org unit.</summary>
    [Alias("Approve")]
    Task<ApprovedAdmin> ApproveAsync(string nominationId, AdminApproval approval);

    /// <summary>Rejects a pending nomination.</summary>
    [Alias("Reject")]
    Task<NominationView> RejectAsync(string nominationId, string decidedBy, string reason);

    /// <summary>Suspends the administrator's Google account and frees its place.</summary>
    [Alias("Revoke")]
    Task<RegionalAdminView> RevokeAsync(string adminId, string revokedBy);

    /// <summary>
    /// A new initial password for an active administrator (a lost file is answered this way, never by resending). The NIK is not
    /// kept, so Pusdatin gives it again; it must match the one nominated.
    /// </summary>
    [Alias("Reissue")]
    Task<ApprovedAdmin> ReissueAsync(string adminId, string nik, AdminApproval approval);

    /// <summary>
    /// A new initial password for the administrator an approved nomination made, whose credentials mail has not been confirmed
    /// sent (the region still holds the nominee's NIK, encrypted, for the ZIP); refused once the mail went out (use reissue).
    /// </summary>
    [Alias("Resend")]
    Task<ApprovedAdmin> ResendAsync(string nominationId, AdminApproval approval);

    /// <summary>The credentials mail of an approved nomination went out: the region drops the nominee's NIK. Idempotent.</summary>
    [Alias("CredentialsMailed")]
    Task CredentialsMailedAsync(string nominationId);

    /// <summary>Every administrator of the region, active and revoked.</summary>
    [Alias("GetAdmins")]
    Task<IReadOnlyList<RegionalAdminView>> GetAdminsAsync();
}
