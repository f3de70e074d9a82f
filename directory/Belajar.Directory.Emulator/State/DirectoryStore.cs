using System.Collections.Concurrent;

namespace Belajar.Directory.Emulator;

/// <summary>The emulator's state, in memory and thread-safe: users (by email and id), org units, roles and role assignments.</summary>
public sealed class DirectoryStore
{
    private readonly ConcurrentDictionary<string, EmulatedUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _emailById = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OrgUnitRecord> _orgUnits = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RoleAssignmentRecord> _assignments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _emailsByOrgUnit = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _primaryByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _renameLock = new();
    private long _nextId;

    /// <summary>Creates an empty store holding the root org unit and Google's system roles.</summary>
    public DirectoryStore()
    {
        Reset();
    }

    /// <summary>Google's system roles (a subset).</summary>
    public IReadOnlyList<RoleResource> Roles { get; } =
    [
        new() { RoleId = "91447453409034240", RoleName = "_SEED_ADMIN_ROLE", RoleDescription = "Super Admin", IsSystemRole = true, IsSuperAdminRole = true },
        new() { RoleId = "91447453409034241", RoleName = "_GROUPS_ADMIN_ROLE", RoleDescription = "Groups Administrator", IsSystemRole = true },
        new() { RoleId = "91447453409034242", RoleName = "_USER_MANAGEMENT_ADMIN_ROLE", RoleDescription = "User Management Administrator", IsSystemRole = true },
        new() { RoleId = "91447453409034243", RoleName = "_HELP_DESK_ADMIN_ROLE", RoleDescription = "Help Desk Administrator", IsSystemRole = true },
        new() { RoleId = "91447453409034244", RoleName = "_SERVICE_ADMIN_ROLE", RoleDescription = "Services Administrator", IsSystemRole = true },
    ];

    /// <summary>Every user (a snapshot).</summary>
    public ICollection<EmulatedUser> Users => _users.Values;

    /// <summary>Users held.</summary>
    public int UserCount => _users.Count;

    /// <summary>Every org unit.</summary>
    public ICollection<OrgUnitRecord> OrgUnits => _orgUnits.Values;

    /// <summary>Every role assignment.</summary>
    public ICollection<RoleAssignmentRecord> Assignments => _assignments.Values;

    /// <summary>A new numeric id like Google's (21 digits).</summary>
    public string NewId() => (100_000_000_000_000_000_000m + Interlocked.Increment(ref _nextId)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds the user unless its address is taken.</summary>
    public bool TryAdd(EmulatedUser user)
    {
        if (_primaryByAlias.ContainsKey(user.PrimaryEmail) || !_users.TryAdd(user.PrimaryEmail, user))
        {
            return false;
        }

        _emailById[user.Id] = user.PrimaryEmail;
        Index(user);
        return true;
    }

    /// <summary>The user by primary email, alias or id.</summary>
    public EmulatedUser? Find(string userKey)
    {
        if (userKey.Contains('@'))
        {
            return _users.GetValueOrDefault(userKey)
                ?? (_primaryByAlias.TryGetValue(userKey, out var primary) ? _users.GetValueOrDefault(primary) : null);
        }

        return _emailById.TryGetValue(userKey, out var email) ? _users.GetValueOrDefault(email) : null;
    }

    /// <summary>Removes the user (by primary email or id) and its role assignments; false when there is no such user.</summary>
    public bool Remove(string userKey)
    {
        if (Find(userKey) is not { } user || !_users.TryRemove(user.PrimaryEmail, out var removed))
        {
            return false;
        }

        _emailById.TryRemove(removed.Id, out _);
        foreach (var alias in removed.Aliases)
        {
            _primaryByAlias.TryRemove(alias, out _);
        }

        if (_emailsByOrgUnit.TryGetValue(removed.OrgUnitPath, out var emails))
        {
            emails.TryRemove(removed.PrimaryEmail, out _);
        }

        foreach (var assignment in _assignments.Values.Where(a => a.AssignedTo == removed.Id))
        {
            _assignments.TryRemove(assignment.Id, out _);
        }

        return true;
    }

    /// <summary>Applies <paramref name="change"/> atomically; null when there is no such user.</summary>
    public EmulatedUser? Update(string userKey, Func<EmulatedUser, EmulatedUser> change)
    {
        while (true)
        {
            var current = Find(userKey);
            if (current is null)
            {
                return null;
            }

            var updated = change(current);
            if (_users.TryUpdate(current.PrimaryEmail, updated, current))
            {
                if (!string.Equals(current.OrgUnitPath, updated.OrgUnitPath, StringComparison.OrdinalIgnoreCase))
                {
                    Index(updated);
                    if (_emailsByOrgUnit.TryGetValue(current.OrgUnitPath, out var old))
                    {
                        old.TryRemove(current.PrimaryEmail, out _);
                    }
                }

                return updated;
            }
        }
    }

    /// <summary>
    /// Gives the user (by primary email, alias or id) the primary address <paramref name="newEmail"/>, as Google's
    /// <c>users.update</c> of <c>primaryEmail</c> does: the old address becomes an alias (the user answers under it, it stays
    /// taken). Renaming to the current address changes nothing; to one of the user's own aliases swaps the two.
    /// </summary>
    public RenameResult Rename(string userKey, string newEmail, out EmulatedUser? renamed)
    {
        lock (_renameLock)
        {
            while (true)
            {
                renamed = Find(userKey);
                if (renamed is not { } current)
                {
                    return RenameResult.NotFound;
                }

                if (string.Equals(current.PrimaryEmail, newEmail, StringComparison.OrdinalIgnoreCase))
                {
                    return RenameResult.Renamed;
                }

                var ownAlias = current.Aliases.Contains(newEmail, StringComparer.OrdinalIgnoreCase);
                if (_users.ContainsKey(newEmail) || (_primaryByAlias.ContainsKey(newEmail) && !ownAlias))
                {
                    renamed = null;
                    return RenameResult.AddressTaken;
                }

                var email = newEmail.ToLowerInvariant();
                var aliases = current.Aliases.Where(a => !string.Equals(a, email, StringComparison.OrdinalIgnoreCase)).Append(current.PrimaryEmail).ToList();
                var next = current with { PrimaryEmail = email, Aliases = aliases };
                _users[email] = next;
                if (!((ICollection<KeyValuePair<string, EmulatedUser>>)_users).Remove(new KeyValuePair<string, EmulatedUser>(current.PrimaryEmail, current)))
                {
                    _users.TryRemove(email, out _); // changed meanwhile: start again from what is stored
                    continue;
                }

                _emailById[next.Id] = email;
                _primaryByAlias.TryRemove(email, out _);
                foreach (var alias in aliases)
                {
                    _primaryByAlias[alias] = email;
                }

                if (_emailsByOrgUnit.TryGetValue(current.OrgUnitPath, out var index))
                {
                    index.TryRemove(current.PrimaryEmail, out _);
                }

                Index(next);
                renamed = next;
                return RenameResult.Renamed;
            }
        }
    }

    /// <summary>The users in <paramref name="root"/> and every org unit under it (from the index, not a scan of all users).</summary>
    public IEnumerable<EmulatedUser> UsersUnder(string root)
    {
        var prefix = root.TrimEnd('/');
        foreach (var (path, emails) in _emailsByOrgUnit)
        {
            if (prefix.Length > 0 && !string.Equals(path, prefix, StringComparison.OrdinalIgnoreCase)
                && !(path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length && path[prefix.Length] == '/'))
            {
                continue;
            }

            foreach (var email in emails.Keys)
            {
                if (_users.TryGetValue(email, out var user) && string.Equals(user.OrgUnitPath, path, StringComparison.OrdinalIgnoreCase))
                {
                    yield return user;
                }
            }
        }
    }

    /// <summary>The org unit by full path (<c>/a/b</c>) or id (<c>id:...</c>).</summary>
    public OrgUnitRecord? FindOrgUnit(string pathOrId)
    {
        if (pathOrId.StartsWith("id:", StringComparison.Ordinal))
        {
            return _orgUnits.Values.FirstOrDefault(o => o.Id == pathOrId);
        }

        var path = "/" + pathOrId.Trim('/');
        return _orgUnits.GetValueOrDefault(path);
    }

    /// <summary>Adds an org unit unless its path exists.</summary>
    public bool TryAddOrgUnit(OrgUnitRecord unit) => _orgUnits.TryAdd(unit.Path, unit);

    /// <summary>Adds a role assignment unless the same one exists.</summary>
    public RoleAssignmentRecord? TryAssign(string roleId, string assignedTo, string scopeType, string? orgUnitId)
    {
        if (_assignments.Values.Any(a => a.RoleId == roleId && a.AssignedTo == assignedTo && a.OrgUnitId == orgUnitId))
        {
            return null;
        }

        var record = new RoleAssignmentRecord(NewId()[^17..], roleId, assignedTo, scopeType, orgUnitId);
        _assignments[record.Id] = record;
        Update(assignedTo, u => u with { IsDelegatedAdmin = true });
        return record;
    }

    private void Index(EmulatedUser user) =>
        _emailsByOrgUnit.GetOrAdd(user.OrgUnitPath, _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase))[user.PrimaryEmail] = 0;

    /// <summary>Forgets everything but the root org unit and the roles.</summary>
    public void Reset()
    {
        _users.Clear();
        _emailById.Clear();
        _orgUnits.Clear();
        _assignments.Clear();
        _emailsByOrgUnit.Clear();
        _primaryByAlias.Clear();
        _orgUnits["/"] = new OrgUnitRecord("id:00root", "/", "", "The organization", null, null);
    }
}

/// <summary>What <see cref="DirectoryStore.Rename"/> did.</summary>
public enum RenameResult
{
    Renamed,
    NotFound,
    AddressTaken,
}
