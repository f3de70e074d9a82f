namespace Belajar.Api.Runs;

/// <summary>A sample operator's demo sign-in, from the <c>operator-passwords.csv</c> that the generator writes beside a snapshot.</summary>
public sealed record SampleOperator(string Username, string Password, string Npsn, string PasswordsFile);
