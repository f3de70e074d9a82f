namespace Belajar.Directory.Emulator;

/// <summary>Google's field rules for users: address in a configured domain, names of 1–60 characters, password, org unit, external ids.</summary>
public sealed class UserRules(EmulatorOptions options, DirectoryStore store)
{
    private static readonly HashSet<string> ExternalIdTypes = new(StringComparer.Ordinal)
        { "account", "custom", "customer", "login_id", "network", "organization" };

    /// <summary>The first broken rule of an insert, or null.</summary>
    public ApiResult? CheckInsert(UserResource user)
    {
        if (string.IsNullOrWhiteSpace(user.PrimaryEmail))
        {
            return GoogleErrors.Required("Invalid Input: primary_user_email");
        }

        if (user.Name is null)
        {
            return GoogleErrors.Required("Missing required field: name");
        }

        if (user.Password is null)
        {
            return GoogleErrors.Required("Missing required field: password");
        }

        return CheckChange(user);
    }

    /// <summary>The first broken rule among the fields present in <paramref name="user"/>, or null.</summary>
    public ApiResult? CheckChange(UserResource user)
    {
        if (user.PrimaryEmail is { } email && CheckEmail(email) is { } emailError)
        {
            return emailError;
        }

        if (user.Name is { } name)
        {
            if (name.GivenName is null || name.GivenName.Trim().Length is < 1 or > 60)
            {
                return GoogleErrors.Invalid("Invalid Given/Family Name: GivenName");
            }

            if (name.FamilyName is null || name.FamilyName.Trim().Length is < 1 or > 60)
            {
                return GoogleErrors.Invalid("Invalid Given/Family Name: FamilyName");
            }
        }

        if (user.Password is not null && PasswordCheck.Problem(user.Password, user.HashFunction) is { } passwordError)
        {
            return GoogleErrors.Invalid(passwordError);
        }

        if (user.OrgUnitPath is { } path && store.FindOrgUnit(path) is null)
        {
            return GoogleErrors.Invalid("Invalid Input: INVALID_OU_ID");
        }

        foreach (var id in user.ExternalIds ?? [])
        {
            if (string.IsNullOrEmpty(id.Value) || id.Type is null || !ExternalIdTypes.Contains(id.Type)
                || (id.Type == "custom" && string.IsNullOrEmpty(id.CustomType)))
            {
                return GoogleErrors.Invalid("Invalid Input: externalIds (each needs a value and a type: account, custom (with customType), customer, login_id, network or organization)");
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="domain"/> is one of the configured domains (<c>*.x</c> matches subdomains of x).</summary>
    public bool IsOurDomain(string domain) => options.Domains.Any(d => d.StartsWith("*.", StringComparison.Ordinal)
        ? domain.EndsWith(d[1..], StringComparison.OrdinalIgnoreCase) && domain.Length > d.Length - 1
        : string.Equals(d, domain, StringComparison.OrdinalIgnoreCase));

    private ApiResult? CheckEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Length > 254
            || email.Any(c => c <= ' ' || c > '~'))
        {
            return GoogleErrors.Invalid("Invalid Input: primary_user_email");
        }

        return IsOurDomain(email[(at + 1)..]) ? null : GoogleErrors.Invalid("Domain not found.");
    }
}
