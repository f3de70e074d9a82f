using System.Text;

namespace Belajar.Directory.Emulator;

/// <summary>users: insert, get, patch/update, delete, list.</summary>
public sealed partial class DirectoryApi
{
    private ApiResult InsertUser(ApiCall call)
    {
        var input = Read(call, EmulatorJsonContext.Default.UserResource);
        if (UserFaultFor(input.PrimaryEmail) is { } fault)
        {
            return fault;
        }

        if (_rules.CheckInsert(input) is { } error)
        {
            return error;
        }

        var user = new EmulatedUser
        {
            Id = store.NewId(),
            PrimaryEmail = input.PrimaryEmail!.ToLowerInvariant(),
            GivenName = input.Name!.GivenName!.Trim(),
            FamilyName = input.Name.FamilyName!.Trim(),
            Password = input.Password!,
            HashFunction = string.IsNullOrEmpty(input.HashFunction) ? null : input.HashFunction,
            ChangePasswordAtNextLogin = input.ChangePasswordAtNextLogin ?? false,
            Suspended = input.Suspended ?? false,
            OrgUnitPath = store.FindOrgUnit(input.OrgUnitPath ?? "/")!.Path,
            ExternalIds = input.ExternalIds ?? [],
            Organizations = input.Organizations ?? [],
            CreationTime = timeProvider.GetUtcNow(),
        };
        if (!store.TryAdd(user))
        {
            return GoogleErrors.Duplicate();
        }

        return faults.ConflictAfterInsert.Fire()
            ? GoogleErrors.Duplicate()
            : GoogleErrors.Json(user.ToResource(options.CustomerId), EmulatorJsonContext.Default.UserResource);
    }

    private ApiResult GetUser(string key)
    {
        if (UserFaultForKey(key) is { } fault)
        {
            return fault;
        }

        var user = store.Find(key);
        if (user is null || (IsJustInserted(user) && faults.NotFoundAfterInsert.Fire()))
        {
            return GoogleErrors.NotFound("userKey");
        }

        return IsCreationIncomplete(user)
            ? GoogleErrors.CreationNotComplete()
            : GoogleErrors.Json(user.ToResource(options.CustomerId), EmulatorJsonContext.Default.UserResource);
    }

    private ApiResult PatchUser(string key, ApiCall call)
    {
        if (UserFaultForKey(key) is { } fault)
        {
            return fault;
        }

        var existing = store.Find(key);
        if (existing is null)
        {
            return GoogleErrors.NotFound("userKey");
        }

        if (IsCreationIncomplete(existing))
        {
            return GoogleErrors.CreationNotComplete();
        }

        var patch = Read(call, EmulatorJsonContext.Default.UserResource);
        if (_rules.CheckChange(patch) is { } error)
        {
            return error;
        }

        if (patch.PrimaryEmail is { } email && !string.Equals(email, existing.PrimaryEmail, StringComparison.OrdinalIgnoreCase))
        {
            // Google keeps the old address as an alias: mail to it still arrives and the user answers under it
            switch (store.Rename(existing.Id, email, out _))
            {
                case RenameResult.AddressTaken:
                    return GoogleErrors.Duplicate();
                case RenameResult.NotFound:
                    return GoogleErrors.NotFound("userKey");
            }
        }

        var updated = store.Update(existing.Id, u => u with
        {
            GivenName = patch.Name?.GivenName?.Trim() ?? u.GivenName,
            FamilyName = patch.Name?.FamilyName?.Trim() ?? u.FamilyName,
            Password = patch.Password ?? u.Password,
            HashFunction = patch.Password is null ? u.HashFunction : string.IsNullOrEmpty(patch.HashFunction) ? null : patch.HashFunction,
            ChangePasswordAtNextLogin = patch.ChangePasswordAtNextLogin ?? u.ChangePasswordAtNextLogin,
            Suspended = patch.Suspended ?? u.Suspended,
            OrgUnitPath = patch.OrgUnitPath is { } path ? store.FindOrgUnit(path)!.Path : u.OrgUnitPath,
            ExternalIds = patch.ExternalIds ?? u.ExternalIds,
            Organizations = patch.Organizations ?? u.Organizations,
        });
        return updated is null
            ? GoogleErrors.NotFound("userKey")
            : GoogleErrors.Json(updated.ToResource(options.CustomerId), EmulatorJsonContext.Default.UserResource);
    }

    private ApiResult DeleteUser(string key)
    {
        if (UserFaultForKey(key) is { } fault)
        {
            return fault;
        }

        return store.Remove(key) ? new ApiResult(204, []) : GoogleErrors.NotFound("userKey");
    }

    private ApiResult ListUsers(ApiCall call)
    {
        var customer = call.Param("customer");
        var domain = call.Param("domain");
        if (customer is null && domain is null)
        {
            return GoogleErrors.Invalid("Bad Request: set customer (e.g. my_customer) or domain");
        }

        if (customer is not null && !IsOurCustomer(customer))
        {
            return GoogleErrors.NotFound("customer");
        }

        if (domain is not null && !_rules.IsOurDomain(domain))
        {
            return GoogleErrors.NotFound("domain");
        }

        var maxResults = 100;
        if (call.Param("maxResults") is { } max && (!int.TryParse(max, out maxResults) || maxResults is < 1 or > 500))
        {
            return GoogleErrors.Invalid($"Invalid value '{max}'. Values must be within the range: [1, 500]");
        }

        var query = UserQuery.Parse(call.Param("query"), out var queryError);
        if (query is null)
        {
            return GoogleErrors.Invalid(queryError!);
        }

        var after = call.Param("pageToken") is { } token ? DecodeToken(token) : null;
        var suffix = domain is null ? null : "@" + domain;
        var candidates = query.OrgUnitRoot is { } root ? store.UsersUnder(root) : store.Users;
        var matching = candidates
            .Where(u => (suffix is null || u.PrimaryEmail.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                && (after is null || string.CompareOrdinal(u.PrimaryEmail, after) > 0)
                && query.Matches(u))
            .OrderBy(u => u.PrimaryEmail, StringComparer.Ordinal)
            .Take(maxResults + 1)
            .ToList();
        var page = new UsersListResource
        {
            Users = matching.Count == 0 ? null : matching.Take(maxResults).Select(u => u.ToResource(options.CustomerId)).ToList(),
            NextPageToken = matching.Count > maxResults ? EncodeToken(matching[maxResults - 1].PrimaryEmail) : null,
        };
        return GoogleErrors.Json(page, EmulatorJsonContext.Default.UsersListResource);
    }

    private bool IsCreationIncomplete(EmulatedUser user) => IsJustInserted(user) && faults.CreationIncomplete.Fire();

    private bool IsJustInserted(EmulatedUser user) => timeProvider.GetUtcNow() - user.CreationTime < options.CreationIncompleteWindow;

    private static string EncodeToken(string email) => Convert.ToBase64String(Encoding.UTF8.GetBytes(email));

    private static string? DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return "\uffff";
        }
    }
}
