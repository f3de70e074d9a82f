using Belajar.Abstractions.Regions;
using Belajar.Hosting;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>Checks <c>Identity</c> at start-up and says what to fix.</summary>
internal sealed class BelajarIdentityOptionsValidator(IConfiguration configuration) : IValidateOptions<BelajarIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BelajarIdentityOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey) && string.IsNullOrWhiteSpace(options.Authority)
            && !BelajarProfile.IsEmbedded(configuration))
        {
            errors.Add("Identity:SigningKey is required in the PostgreSQL profile (ConnectionStrings:Belajar is set): give every api replica the same base64 key of at least 32 bytes (e.g. `openssl rand -base64 32`), or set Identity:Authority.");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKey) && SigningKeyProvider.TryDecode(options.SigningKey) is null)
        {
            errors.Add("Identity:SigningKey must be base64 of at least 32 bytes (e.g. `openssl rand -base64 32`).");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            errors.Add("Identity:TokenLifetime must be positive, e.g. 01:00:00.");
        }
        else if (options.TokenLifetime > BelajarIdentityOptions.MaxTokenLifetime)
        {
            errors.Add($"Identity:TokenLifetime must be at most 12:00:00 (sign in again for a longer session).");
        }

        if (options.MinimumHashCost is < 4 or > 31)
        {
            errors.Add("Identity:MinimumHashCost must be a bcrypt cost between 4 and 31 (10 or more in production).");
        }

        if (options.MaxConcurrentHashChecks < 0)
        {
            errors.Add("Identity:MaxConcurrentHashChecks must be 0 (one per processor) or more.");
        }

        if (options.Throttle.DeviceCookieLifetime <= TimeSpan.Zero)
        {
            errors.Add("Identity:Throttle:DeviceCookieLifetime must be positive, e.g. 180.00:00:00.");
        }

        if (options.HashWorkFactor is < 4 or > 31)
        {
            errors.Add("Identity:HashWorkFactor must be a bcrypt cost between 4 and 31.");
        }

        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var at = $"Identity:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Username))
            {
                errors.Add($"{at}:Username is empty.");
            }

            if (!user.PasswordHash.StartsWith("$2", StringComparison.Ordinal))
            {
                errors.Add($"{at}:PasswordHash must be a bcrypt hash ($2a$/$2b$/$2y$...), never the password itself.");
            }

            if (!BelajarRoles.All.Contains(user.Role) || user.Role == BelajarRoles.Operator)
            {
                errors.Add($"{at}:Role '{user.Role}' is not one of: pusdatin, dinas, admin-wilayah (operators come from pengguna.csv).");
            }
            else if (user.Role != BelajarRoles.Pusdatin && !TenantScope.IsKodeWilayah(user.KodeWilayah))
            {
                errors.Add($"{at}:KodeWilayah must be a 6-digit region code (XX0000, XXYY00 or XXYYZZ) for role '{user.Role}'.");
            }
            else if (user.Role != BelajarRoles.Pusdatin && user.KodeWilayah!.Trim() == IRegionGrain.NationalKode)
            {
                errors.Add($"{at}:KodeWilayah {IRegionGrain.NationalKode} is the nation, not a region: give role '{user.Role}' its province (XX0000), kabupaten/kota (XXYY00) or kecamatan, or make the user pusdatin.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
