namespace Belajar.Api.Accounts;

/// <summary>The answer of a password reset: the new initial password, shown once.</summary>
public sealed record ResetPasswordResponse(string UserId, string Password);
