using Belajar.Abstractions.Admins;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Regions;

/// <summary>The body of a password change: the address, the current (mailed) password and the new one.</summary>
public sealed record ChangePasswordRequest(string? Username, string? Password, string? NewPassword);

/// <summary>
/// <c>POST /api/v1/auth/change-password</c> (anonymous): a regional administrator replaces the mailed password with an own one,
/// which the sign-in requires first (428). Proven by the current password, under the sign-in's own cluster-wide budgets and
/// bcrypt slots (<see cref="SignInThrottle"/>, <see cref="PasswordVerifier"/>), so that it is no faster a guessing oracle than
/// the sign-in.
/// </summary>
public static class AdminPasswordEndpoints
{
    /// <summary>The least length of a chosen password.</summary>
    public const int MinimumLength = 12;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapAdminPasswordEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/change-password", ChangeAsync)
            .AllowAnonymous()
            .WithTags("Sign-in")
            .WithName("ChangePassword")
            .WithSummary("A regional administrator replaces the mailed password with an own one (required before the first sign-in).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> ChangeAsync(
        ChangePasswordRequest? request, HttpContext context, IGrainFactory grains, [AsParameters] SignInServices signIn,
        IOptions<BelajarIdentityOptions> identity, CancellationToken cancellationToken)
    {
        var username = request?.Username?.Trim() ?? "";
        var (password, newPassword) = (request?.Password ?? "", request?.NewPassword ?? "");
        if (username.Length is 0 or > 256 || password.Length is 0 or > 256 || newPassword.Length > 256)
        {
            return BelajarProblems.BadRequest("Kirim badan JSON {\"username\", \"password\" (dari email), \"newPassword\"} dengan semua isian terisi.");
        }

        if (NewPasswordProblem(username, password, newPassword) is { } problem)
        {
            return BelajarProblems.BadRequest(problem);
        }

        var address = AuditRecorder.ClientAddress(context);
        var device = signIn.Devices.Read(context, username);
        if (await signIn.Throttle.AdmitAsync(username, address, device) is { } wait)
        {
            return AuthEndpoints.Throttled(context, wait);
        }

        var registry = grains.GetGrain<IAdminRegistryGrain>(IAdminRegistryGrain.Key);
        var admin = await registry.FindSignInAsync(username);
        var user = admin is null ? null : new DirectoryUser(admin.UserId, admin.PasswordHash, BelajarRoles.AdminWilayah);
        if (!await signIn.Verifier.VerifyAsync(user, password, identity.Value.HashWorkFactor, cancellationToken))
        {
            await signIn.Audit.RecordAsync(context, AuditActions.SignInFailed, actor: user?.Username ?? AuthEndpoints.UnknownUser(username), actorRole: "");
            return BelajarProblems.Unauthorized(AuthEndpoints.WrongCredentialsDetail);
        }

        await signIn.Throttle.SucceededAsync(username, address, device);
        var hash = BCrypt.Net.BCrypt.HashPassword(newPassword, identity.Value.HashWorkFactor);
        await registry.ChangePasswordAsync(admin!.UserId, hash);
        await signIn.Audit.RecordAsync(context, AdminAuditActions.PasswordChanged, kodeWilayah: admin.KodeWilayah, actor: admin.UserId, actorRole: BelajarRoles.AdminWilayah);
        return Results.NoContent();
    }

    /// <summary>What is wrong with a chosen password, in Bahasa Indonesia; null when it will do.</summary>
    public static string? NewPasswordProblem(string username, string current, string chosen)
    {
        if (chosen.Length < MinimumLength)
        {
            return $"newPassword minimal {MinimumLength} karakter.";
        }

        if (chosen == current)
        {
            return "newPassword harus berbeda dari kata sandi dari email.";
        }

        var local = username.Split('@')[0];
        return local.Length >= 4 && chosen.Contains(local, StringComparison.OrdinalIgnoreCase)
            ? "newPassword tidak boleh memuat nama pengguna."
            : null;
    }
}
