namespace Belajar.Dapodik;

/// <summary>A Dapodik user row of <c>pengguna.csv</c> that passed validation.</summary>
/// <param name="PenggunaId">Dapodik's user id.</param>
/// <param name="Username">The Dapodik sign-in name (an email address).</param>
/// <param name="Nama">Full name.</param>
/// <param name="SekolahId">The user's school.</param>
/// <param name="Peran">The role; only <c>operator</c> is provisioned.</param>
/// <param name="PtkId">The user's own PTK row, when the operator is also a PTK of the school.</param>
/// <param name="PasswordHash">bcrypt hash of the Dapodik password (never log it).</param>
public sealed record Pengguna(Guid PenggunaId, string Username, string Nama, Guid SekolahId, string Peran, Guid? PtkId,
    string PasswordHash)
{
    /// <summary>The one <c>peran</c> that gets an account.</summary>
    public const string OperatorPeran = "operator";

    /// <summary>True when this user is a school operator.</summary>
    public bool IsOperator => string.Equals(Peran, OperatorPeran, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => $"Pengguna {{ PenggunaId = {PenggunaId}, Username = {Username}, SekolahId = {SekolahId}, Peran = {Peran} }}";
}
