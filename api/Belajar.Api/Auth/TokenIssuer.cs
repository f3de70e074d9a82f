using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Belajar.Api.Auth;

/// <summary>
/// Issues the built-in provider's access tokens (HS256 JWT) with the claims an external authority would send, a token id
/// (<c>jti</c>) and the user's security stamp (<see cref="UserStamp"/>), checked again on every request.
/// </summary>
public sealed class TokenIssuer(SigningKeyProvider keys, IOptions<BelajarIdentityOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>A signed token for the user, how many seconds it lives and its id (<c>jti</c>).</summary>
    public (string AccessToken, int ExpiresIn, string TokenId) Issue(DirectoryUser user)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var tokenId = Guid.NewGuid().ToString("N");
        var claims = new List<Claim>
        {
            new(BelajarClaims.Subject, user.Username),
            new(BelajarClaims.Role, user.Role),
            new(BelajarClaims.TokenId, tokenId),
            new(UserStamp.Claim, UserStamp.Of(user)),
        };
        if (user.Npsn is not null)
        {
            claims.Add(new Claim(BelajarClaims.Npsn, user.Npsn));
        }

        if (user.KodeWilayah is not null)
        {
            claims.Add(new Claim(BelajarClaims.KodeWilayah, user.KodeWilayah));
        }

        if (user.Nama is not null)
        {
            claims.Add(new Claim(BelajarClaims.Name, user.Nama));
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.TokenLifetime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)settings.TokenLifetime.TotalSeconds, tokenId);
    }
}
