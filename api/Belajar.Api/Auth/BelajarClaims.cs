namespace Belajar.Api.Auth;

/// <summary>Claim types of a Belajar access token, the same from the built-in provider and from an external authority.</summary>
public static class BelajarClaims
{
    /// <summary>The user name (JWT <c>sub</c>).</summary>
    public const string Subject = "sub";

    /// <summary>The role, one of <see cref="BelajarRoles"/>.</summary>
    public const string Role = "role";

    /// <summary>The operator's own school.</summary>
    public const string Npsn = "npsn";

    /// <summary>The region of a Dinas or a regional administrator (<c>XX0000</c>, <c>XXYY00</c> or <c>XXYYZZ</c>).</summary>
    public const string KodeWilayah = "kodeWilayah";

    /// <summary>The token's own id (JWT <c>jti</c>), written to the audit of its sign-in.</summary>
    public const string TokenId = "jti";

    /// <summary>The display name.</summary>
    public const string Name = "name";
}
