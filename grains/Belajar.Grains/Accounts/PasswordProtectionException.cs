namespace Belajar.Grains.Accounts;

/// <summary>
/// A password could not be protected or read back: a key is missing or malformed, or the stored value was
/// changed or belongs to another account. The message says what to fix and never contains a key or password.
/// </summary>
public sealed class PasswordProtectionException : Exception
{
    /// <summary>Creates the exception with a message that says what to fix.</summary>
    public PasswordProtectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public PasswordProtectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
