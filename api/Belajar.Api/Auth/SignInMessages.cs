namespace Belajar.Api.Auth;

/// <summary>The body of <c>POST /api/v1/auth/token</c>.</summary>
public sealed record SignInRequest(string? Username, string? Password);

/// <summary>A bearer token and its lifetime in seconds.</summary>
public sealed record TokenResponse(string AccessToken, int ExpiresIn);
