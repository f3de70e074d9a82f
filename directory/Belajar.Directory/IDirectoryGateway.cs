namespace Belajar.Directory;

/// <summary>What the grains use of the Directory API: idempotent, retried, typed. Implemented by <see cref="DirectoryGateway"/>.</summary>
public interface IDirectoryGateway
{
    /// <summary>Creates a user idempotently: a conflict is resolved by reading the user back; ours (our external id at the wanted address) is adopted.</summary>
    Task<CreateUserResult> CreateUserAsync(User user, CancellationToken ct);

    /// <summary>Reads a user by primary email or id; null when there is none.</summary>
    Task<User?> GetUserAsync(string userKey, CancellationToken ct);

    /// <summary>
    /// Finds the user carrying <paramref name="externalId"/> whole (type, custom type and value); null when none. Google's
    /// <c>externalId:</c> search matches the value only, so users of other types with the same value are skipped.
    /// </summary>
    Task<User?> FindUserByExternalIdAsync(UserExternalId externalId, CancellationToken ct);

    /// <summary>Changes the set properties of <paramref name="patch"/> (suspend, password reset, move org unit, ...).</summary>
    Task<User> PatchUserAsync(string userKey, User patch, CancellationToken ct);

    /// <summary>Deletes a user; false when there is none (already deleted: the call is idempotent).</summary>
    Task<bool> DeleteUserAsync(string userKey, CancellationToken ct);

    /// <summary>
    /// Every user matching <paramref name="query"/>, all pages. <paramref name="fields"/> selects user fields
    /// (e.g. <c>id,primaryEmail,lastLoginTime</c>); null for all.
    /// </summary>
    IAsyncEnumerable<User> ListUsersAsync(string query, string? fields, CancellationToken ct);

    /// <summary>
    /// One page of <see cref="ListUsersAsync"/>: one request (one query of Google's quota), from <paramref name="pageToken"/>
    /// (null for the first page); the page's <c>NextPageToken</c> is null on the last page.
    /// </summary>
    Task<UsersPage> ListUsersPageAsync(string query, string? fields, string? pageToken, CancellationToken ct);

    /// <summary>Makes sure the org unit and its parents exist (each created once per gateway).</summary>
    Task EnsureOrgUnitAsync(string orgUnitPath, CancellationToken ct);

    /// <summary>Creates users in batches of up to 1,000 calls per HTTP request; one result per user, by position.</summary>
    Task<IReadOnlyList<BatchResult<User>>> InsertUsersBatchAsync(IReadOnlyList<User> users, CancellationToken ct);

    /// <summary>Gives role <paramref name="roleId"/> to a user, limited to an org unit (idempotent).</summary>
    Task<RoleAssignment> AssignRoleAsync(string roleId, string assignedToUserId, string orgUnitId, CancellationToken ct);

    /// <summary>The roles of the account (to find a role id by name).</summary>
    Task<IReadOnlyList<Role>> ListRolesAsync(CancellationToken ct);

    /// <summary>Reads an org unit by full path; null when it does not exist.</summary>
    Task<OrgUnit?> GetOrgUnitAsync(string orgUnitPath, CancellationToken ct);
}
