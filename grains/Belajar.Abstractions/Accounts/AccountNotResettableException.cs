namespace Belajar.Abstractions.Accounts;

/// <summary>The account has no initial password to reset (not created yet, activated or deactivated).</summary>
[GenerateSerializer, Alias("belajar.AccountNotResettableException")]
public sealed class AccountNotResettableException(string message) : Exception(message);
