namespace Belajar.Dapodik;

/// <summary>A school operator from <c>pengguna.csv</c> with the NPSN of the own school (the <c>npsn</c> claim at sign-in).</summary>
/// <param name="Pengguna">The operator's row; <see cref="Pengguna.PasswordHash"/> is the bcrypt hash to check.</param>
/// <param name="Npsn">The NPSN of the operator's school.</param>
public sealed record OperatorAccount(Pengguna Pengguna, string Npsn);
