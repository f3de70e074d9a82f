namespace Belajar.DevHost;

/// <summary>
/// <c>hash-password [--work-factor N]</c>: reads a password from standard input and prints its bcrypt hash, for
/// <c>Identity:Users:N:PasswordHash</c> (the local cluster's generated Pusdatin user, a configured user).
/// </summary>
public static class HashPasswordCommand
{
    public const string Name = "hash-password";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var workFactor = 11;
        if (args.Length == 3 && args[1] == "--work-factor" && int.TryParse(args[2], out var given) && given is >= 4 and <= 31)
        {
            workFactor = given;
        }
        else if (args.Length != 1)
        {
            error.WriteLine($"Usage: echo PASSWORD | {Name} [--work-factor 4-31]   (prints the bcrypt hash; default work factor 11)");
            return 2;
        }

        var password = input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("No password on standard input.");
            return 2;
        }

        output.WriteLine(BCrypt.Net.BCrypt.HashPassword(password, workFactor));
        return 0;
    }
}
