using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Belajar.Api.Audit;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Auth;

/// <summary><c>POST /api/v1/auth/token</c>: the built-in identity provider's sign-in.</summary>
public static class AuthEndpoints
{
    /// <summary>The same answer for an unknown user and a wrong password.</summary>
    public const string WrongCredentialsDetail =
        "Nama pengguna atau kata sandi salah. Periksa keduanya lalu coba lagi; setelah beberapa kali gagal, masuk dijeda sebentar.";

    /// <summary>The answer to a right but mailed password (a regional administrator's first sign-in).</summary>
    public const string MustChangePasswordDetail =
        "Kata sandi dari email harus diganti dulu. Kirim POST /api/v1/auth/change-password dengan {\"username\", \"password\" (dari email), \"newPassword\" (minimal 12 karakter)}, lalu masuk dengan kata sandi baru.";

    private const int MaxFieldLength = 256;

    /// <summary>
    /// The answer when the sign-in budgets of the account or the address are spent (<see cref="SignInThrottle"/>): 429 with
    /// <c>Retry-After</c> in whole seconds. Every endpoint that proves a password answers so.
    /// </summary>
    public static ProblemHttpResult Throttled(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return BelajarProblems.TooManyRequests($"Terlalu banyak percobaan masuk yang gagal untuk akun atau alamat ini. Tunggu {seconds} detik, lalu coba lagi.");
    }

    /// <summary>Maps the sign-in endpoint (anonymous).</summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", SignInAsync)
            .AllowAnonymous()
            .WithTags("Sign-in")
            .WithName("SignIn")
            .WithSummary("Exchanges a username and password for a bearer token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> SignInAsync(
        SignInRequest? request, HttpContext context, [AsParameters] SignInServices services, CancellationToken cancellationToken)
    {
        var username = request?.Username?.Trim();
        var password = request?.Password;
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            return BelajarProblems.BadRequest("Kirim badan JSON {\"username\": \"...\", \"password\": \"...\"} dengan kedua isian terisi.");
        }

        if (username.Length > MaxFieldLength || password.Length > MaxFieldLength)
        {
            return BelajarProblems.BadRequest($"username dan password paling banyak {MaxFieldLength} karakter.");
        }

        var address = AuditRecorder.ClientAddress(context);
        var user = await FindAsync(services.Directories, username, cancellationToken);
        var who = user?.Username ?? UnknownUser(username);
        var device = services.Devices.Read(context, username);
        if (await services.Throttle.AdmitAsync(username, address, device) is { } wait)
        {
            AuthLog.SignInThrottled(services.Logger, who, address, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            await services.Audit.RecordAsync(context, AuditActions.SignInThrottled, actor: who, actorRole: "");
            return Throttled(context, wait);
        }

        var dummyCost = services.Operators.HashCost;
        if (!await services.Verifier.VerifyAsync(user, password, dummyCost, cancellationToken))
        {
            AuthLog.SignInFailed(services.Logger, who, address);
            await services.Audit.RecordAsync(context, AuditActions.SignInFailed, actor: who, actorRole: "");
            return BelajarProblems.Unauthorized(WrongCredentialsDetail);
        }

        await services.Throttle.SucceededAsync(username, address, device);
        services.Devices.Issue(context, user!.Username, device);
        if (user.MustChangePassword)
        {
            // a mailed password proves the mail was read, not who reads it: no token until the person has chosen an own one
            return BelajarProblems.Problem(StatusCodes.Status428PreconditionRequired, MustChangePasswordDetail);
        }

        var (token, expiresIn, tokenId) = services.Issuer.Issue(user);
        AuthLog.SignedIn(services.Logger, user.Username, user.Role, address);
        await services.Audit.RecordAsync(
            context, AuditActions.SignIn, npsn: user.Npsn, kodeWilayah: user.KodeWilayah,
            detail: new() { ["jti"] = tokenId, ["device"] = device is null ? "baru" : "dikenal" },
            actor: user.Username, actorRole: user.Role);
        return TypedResults.Ok(new TokenResponse(token, expiresIn));
    }

    /// <summary>
    /// How an unknown username appears in logs and the audit: never as typed (it may be a password typed in the wrong field),
    /// but as a short digest that ties repeated attempts together.
    /// </summary>
    public static string UnknownUser(string username) =>
        "tidak-dikenal:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(username.Trim().ToLowerInvariant())))[..12];

    private static async Task<DirectoryUser?> FindAsync(IEnumerable<IUserDirectory> directories, string username, CancellationToken cancellationToken)
    {
        foreach (var directory in directories)
        {
            if (await directory.FindAsync(username, cancellationToken) is { } user)
            {
                return user;
            }
        }

        return null;
    }
}
