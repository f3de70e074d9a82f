namespace Belajar.Api.Runs;

/// <summary>A sample operator's demo sign-in, from the <c>operator-passwords.csv</c> that the generator writes beside a snapshot.</summary>
public sealed record SampleOperator(string Username, string Password, string Npsn, string PasswordsFile);

/// <summary>Finds one sample operator of the start-up snapshot, for the newcomer's guide.</summary>
public sealed class SampleOperators(Func<SampleOperator?> find)
{
    public SampleOperator? First() => find();
}
