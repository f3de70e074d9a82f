using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Belajar.Directory;

/// <summary>The <see cref="IDirectoryGateway"/> over <see cref="DirectoryService"/>: retries, conflict resolution, paging, batching.</summary>
public sealed partial class DirectoryGateway : IDirectoryGateway
{
    private readonly DirectoryService _service;
    private readonly DirectoryOptions _options;
    private readonly DirectoryRetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Task> _orgUnits = new(StringComparer.Ordinal);

    /// <summary>Creates the gateway; <paramref name="timeProvider"/> times the back-off delays.</summary>
    public DirectoryGateway(DirectoryService service, DirectoryOptions options, TimeProvider? timeProvider = null, ILogger<DirectoryGateway>? logger = null)
    {
        _service = service;
        _options = options;
        _retry = new DirectoryRetryPolicy(options, timeProvider ?? TimeProvider.System);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The underlying service.</summary>
    public DirectoryService Service => _service;

    /// <inheritdoc />
    public async Task<CreateUserResult> CreateUserAsync(User user, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(user.PrimaryEmail, nameof(user) + "." + nameof(User.PrimaryEmail));
        try
        {
            var created = await CallAsync("users.insert", () => _service.Users.Insert(user), null, ct).ConfigureAwait(false);
            return new CreateUserResult(CreateUserOutcome.Created, created);
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // a 412 to an insert is a precondition Google refuses for good, not a read lagging a write: it is thrown
            return await ResolveConflictAsync(user, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<User?> GetUserAsync(string userKey, CancellationToken ct)
    {
        try
        {
            return await CallAsync("users.get", () => _service.Users.Get(userKey), e => e.IsCreationNotComplete, ct).ConfigureAwait(false);
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<User?> FindUserByExternalIdAsync(UserExternalId externalId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId.Value, nameof(externalId) + "." + nameof(UserExternalId.Value));
        await foreach (var user in ListUsersAsync($"externalId:{Quote(externalId.Value)}", null, ct).ConfigureAwait(false))
        {
            if (ExternalIds.Carries(user, externalId))
            {
                return user;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public Task<User> PatchUserAsync(string userKey, User patch, CancellationToken ct) =>
        CallAsync("users.patch", () => _service.Users.Patch(patch, userKey), e => e.IsCreationNotComplete, ct);

    /// <inheritdoc />
    public async Task<bool> DeleteUserAsync(string userKey, CancellationToken ct)
    {
        try
        {
            await CallAsync("users.delete", () => _service.Users.Delete(userKey), e => e.IsCreationNotComplete, ct).ConfigureAwait(false);
            return true;
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<User> ListUsersAsync(string query, string? fields, [EnumeratorCancellation] CancellationToken ct)
    {
        string? pageToken = null;
        do
        {
            var page = await ListUsersPageAsync(query, fields, pageToken, ct).ConfigureAwait(false);
            foreach (var user in page.Users ?? [])
            {
                yield return user;
            }

            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }

    /// <inheritdoc />
    public Task<UsersPage> ListUsersPageAsync(string query, string? fields, string? pageToken, CancellationToken ct) =>
        CallAsync("users.list", () =>
        {
            var request = _service.Users.List();
            request.Customer = _options.Customer;
            request.Query = string.IsNullOrWhiteSpace(query) ? null : query;
            request.MaxResults = _options.PageSize;
            request.PageToken = pageToken;
            request.Fields = fields is null ? null : $"nextPageToken,users({fields})";
            return request;
        }, null, ct);

    /// <inheritdoc />
    public async Task<RoleAssignment> AssignRoleAsync(string roleId, string assignedToUserId, string orgUnitId, CancellationToken ct)
    {
        var body = new RoleAssignment
        {
            RoleId = roleId,
            AssignedTo = assignedToUserId,
            ScopeType = string.IsNullOrEmpty(orgUnitId) ? "CUSTOMER" : "ORG_UNIT",
            OrgUnitId = string.IsNullOrEmpty(orgUnitId) ? null : orgUnitId,
        };
        try
        {
            return await CallAsync("roleAssignments.insert", () => _service.RoleAssignments.Insert(body, _options.Customer), null, ct).ConfigureAwait(false);
        }
        catch (DirectoryException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            var page = await CallAsync("roleAssignments.list", () =>
            {
                var request = _service.RoleAssignments.List(_options.Customer);
                request.UserKey = assignedToUserId;
                request.RoleId = roleId;
                return request;
            }, null, ct).ConfigureAwait(false);
            var existing = page.Items?.FirstOrDefault(a => a.RoleId == roleId && a.OrgUnitId == body.OrgUnitId);
            if (existing is null)
            {
                throw;
            }

            return existing;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Role>> ListRolesAsync(CancellationToken ct)
    {
        var roles = new List<Role>();
        string? pageToken = null;
        do
        {
            var token = pageToken;
            var page = await CallAsync("roles.list", () =>
            {
                var request = _service.Roles.List(_options.Customer);
                request.PageToken = token;
                return request;
            }, null, ct).ConfigureAwait(false);
            roles.AddRange(page.Items ?? []);
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return roles;
    }

    /// <summary>
    /// A 409 (or a create that did not complete): the user at the address is ours when it carries our external id's value (the
    /// address is the account's own, so the value is enough, and users created before role-typed ids are adopted too). When
    /// the address reads as not found (the read lags the write), the user is searched by external id, and only one carrying
    /// the whole external id (type, custom type and value) at the wanted address is ours: one person may hold several users
    /// with the same value, one per role (a teacher who is also the school's operator).
    /// </summary>
    private async Task<CreateUserResult> ResolveConflictAsync(User wanted, CancellationToken ct)
    {
        var ours = wanted.ExternalIds?.FirstOrDefault(e => !string.IsNullOrEmpty(e.Value));
        var existing = await GetUserAsync(wanted.PrimaryEmail!, ct).ConfigureAwait(false);
        var isOurs = existing is not null && ours is not null && ExternalIds.CarriesValue(existing, ours.Value!);
        if (existing is null && ours is not null)
        {
            existing = await FindUserByExternalIdAsync(ours, ct).ConfigureAwait(false);
            isOurs = existing is not null;
        }

        if (isOurs && string.Equals(existing!.PrimaryEmail, wanted.PrimaryEmail, StringComparison.OrdinalIgnoreCase))
        {
            Log.Adopted(_logger, wanted.PrimaryEmail!);
            return new CreateUserResult(CreateUserOutcome.Adopted, existing);
        }

        Log.AddressTaken(_logger, wanted.PrimaryEmail!);
        return new CreateUserResult(CreateUserOutcome.AddressTaken, existing);
    }

    private static string Quote(string value) => value.Contains(' ') ? $"'{value.Replace("'", "\\'")}'" : value;

    private Task<T> CallAsync<T>(string operation, Func<DirectoryRequest<T>> request, Func<DirectoryException, bool>? alsoRetry, CancellationToken ct) =>
        _retry.ExecuteAsync(
            token => DirectoryCall.ExecuteAsync(request(), token),
            alsoRetry,
            (attempt, error, delay) => Log.Retrying(_logger, operation, attempt, (int)error.StatusCode, error.Reason, delay.TotalMilliseconds),
            ct);
}
