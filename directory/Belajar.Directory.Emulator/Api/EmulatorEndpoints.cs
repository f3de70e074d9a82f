using System.Text.Json;

namespace Belajar.Directory.Emulator;

/// <summary>The emulator's own paths (not Google's): sign-in, users dump, stats, faults, reset.</summary>
public static class EmulatorEndpoints
{
    /// <summary>Maps <c>/emulator/*</c>.</summary>
    public static void MapEmulatorEndpoints(this WebApplication app, EmulatorState state)
    {
        var group = app.MapGroup("/emulator");
        group.MapPost("/signin", (SignInRequest request, HttpContext context) =>
            SignIn(state, request, context.Connection.RemoteIpAddress?.MapToIPv4().ToString() ?? "127.0.0.1"));
        group.MapGet("/users", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/x-ndjson; charset=utf-8";
            foreach (var user in state.Store.Users.OrderBy(u => u.PrimaryEmail, StringComparer.Ordinal))
            {
                await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(user.ToResource(state.Options.CustomerId), EmulatorJsonContext.Default.UserResource));
                await context.Response.Body.WriteAsync("\n"u8.ToArray());
            }
        });
        group.MapGet("/stats", () => Results.Json(state.Stats(), EmulatorJsonContext.Default.EmulatorStats));
        group.MapGet("/faults", () => Results.Json(Faults(state), EmulatorJsonContext.Default.FaultSettings));
        group.MapPost("/faults", (FaultSettings settings) =>
        {
            try
            {
                state.Faults.Apply(settings);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                return Results.Problem(detail: ex.Message, statusCode: 400);
            }

            if (settings.QueriesPerMinute is { } qpm)
            {
                state.Quota.QueriesPerMinute = qpm;
            }

            return Results.Json(Faults(state), EmulatorJsonContext.Default.FaultSettings);
        });
        group.MapGet("/faults/users", () => UserFaultList(state));
        group.MapPost("/faults/users", (UserFaultRequest request) => AddUserFault(state, request));
        group.MapDelete("/faults/users", () =>
        {
            state.Faults.Users.Clear();
            return Results.NoContent();
        });
        group.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });
    }

    private static FaultSettings Faults(EmulatorState state)
    {
        var snapshot = state.Faults.Snapshot();
        snapshot.QueriesPerMinute = state.Quota.QueriesPerMinute;
        return snapshot;
    }

    private static IResult AddUserFault(EmulatorState state, UserFaultRequest request)
    {
        if (request.Status is not { } status)
        {
            return Results.Problem(detail: $"Set status to one of {string.Join(", ", UserFaults.AllowedStatuses)}.", statusCode: 400);
        }

        try
        {
            state.Faults.Users.Add(request.AddressPrefix ?? "", status, request.Reason);
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(detail: ex.Message, statusCode: 400);
        }

        return UserFaultList(state);
    }

    private static IResult UserFaultList(EmulatorState state) =>
        Results.Json(state.Faults.Users.All.Select(UserFaultEntry.Of).ToList(), EmulatorJsonContext.Default.ListUserFaultEntry);

    /// <summary>A person signing in: a success records <c>login_success</c>, a wrong password of a known user <c>login_failure</c>.</summary>
    private static IResult SignIn(EmulatorState state, SignInRequest request, string ipAddress)
    {
        var user = request.Email is null ? null : state.Store.Find(request.Email);
        if (user is null || request.Password is null || !PasswordCheck.Matches(user, request.Password))
        {
            if (user is not null)
            {
                state.Activities.Record(user, "login_failure", state.TimeProvider.GetUtcNow(), ipAddress);
            }

            return Results.Problem(detail: "Wrong email or password.", statusCode: 401);
        }

        if (user.Suspended)
        {
            return Results.Problem(detail: "This account is suspended.", statusCode: 403);
        }

        var mustChange = user.ChangePasswordAtNextLogin && string.IsNullOrEmpty(request.NewPassword);
        var mustAccept = !user.AgreedToTerms && !request.AcceptTerms;
        if (mustChange || mustAccept)
        {
            var what = mustChange && mustAccept ? "a new password (newPassword) and accepting the terms (acceptTerms)"
                : mustChange ? "a new password (newPassword)" : "accepting the terms (acceptTerms)";
            return Results.Problem(detail: $"Sign-in needs {what}.", statusCode: 428);
        }

        if (!string.IsNullOrEmpty(request.NewPassword) && PasswordCheck.Problem(request.NewPassword, null) is not null)
        {
            return Results.Problem(detail: "The new password must be 8 to 100 ASCII characters.", statusCode: 400);
        }

        var now = state.TimeProvider.GetUtcNow();
        var signedIn = state.Store.Update(user.Id, u => u with
        {
            LastLoginTime = now,
            AgreedToTerms = u.AgreedToTerms || request.AcceptTerms,
            Password = string.IsNullOrEmpty(request.NewPassword) ? u.Password : request.NewPassword,
            HashFunction = string.IsNullOrEmpty(request.NewPassword) ? u.HashFunction : null,
            ChangePasswordAtNextLogin = string.IsNullOrEmpty(request.NewPassword) && u.ChangePasswordAtNextLogin,
        });
        state.Activities.Record(signedIn!, "login_success", now, ipAddress);
        return Results.Json(signedIn!.ToResource(state.Options.CustomerId), EmulatorJsonContext.Default.UserResource);
    }
}
