using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Belajar.Api.Auth;

/// <summary>
/// The security stamp of a built-in token (claim <c>stamp</c>): a digest of what the user's sign-in rests on (username, role,
/// school, region, password hash). Every request looks the user up again, in the cluster where the operators and regional
/// administrators live; a user who is gone (an operator no longer in pengguna.csv, a revoked administrator) or whose password,
/// role or school changed no longer matches, and the token is refused at once on every replica.
/// </summary>
public static class UserStamp
{
    /// <summary>The claim type.</summary>
    public const string Claim = "stamp";

    /// <summary>The stamp of <paramref name="user"/> as it is now.</summary>
    public static string Of(DirectoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var text = string.Join('\n', user.Username.Trim().ToLowerInvariant(), user.Role, user.Npsn ?? "", user.KodeWilayah ?? "", user.PasswordHash);
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)).TrimEnd('=');
    }

    /// <summary>Refuses a validated built-in token whose user is gone or changed (JWT bearer <c>OnTokenValidated</c>).</summary>
    public static async Task CheckAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var subject = principal?.FindFirstValue(BelajarClaims.Subject);
        var stamp = principal?.FindFirstValue(Claim);
        if (subject is null || stamp is null)
        {
            context.Fail("The token carries no sub or stamp.");
            return;
        }

        var directories = context.HttpContext.RequestServices.GetServices<IUserDirectory>();
        foreach (var directory in directories)
        {
            if (await directory.FindAsync(subject, context.HttpContext.RequestAborted) is { } user)
            {
                if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(user)), Encoding.ASCII.GetBytes(stamp)))
                {
                    context.Fail("The user's sign-in changed since the token was issued.");
                }

                return;
            }
        }

        context.Fail("The user can no longer sign in.");
    }
}
