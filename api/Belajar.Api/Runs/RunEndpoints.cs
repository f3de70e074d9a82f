using Belajar.Abstractions;
using Belajar.Abstractions.Runs;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Runs;

/// <summary>
/// National provisioning runs (role <c>pusdatin</c>): start, list, watch, pause, resume, report, retry the failed accounts, and
/// approve or cancel a run that awaits approval of its mass changes.
/// </summary>
public static class RunEndpoints
{
    public static RouteGroupBuilder MapRunEndpoints(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("api/v1/runs").WithTags("Runs").RequireAuthorization(BelajarPolicies.Pusdatin);
        runs.MapPost("", StartAsync);
        runs.MapGet("", ListAsync);
        runs.MapGet("{runId}", GetAsync);
        runs.MapPost("{runId}/pause", PauseAsync);
        runs.MapPost("{runId}/resume", ResumeAsync);
        runs.MapGet("{runId}/report", ReportAsync);
        runs.MapPost("{runId}/retry-failed", RetryFailedAsync);
        runs.MapPost("{runId}/approve", ApproveAsync).WithSummary("Lets a run awaiting approval make its mass changes (a Pusdatin user other than its starter).");
        runs.MapPost("{runId}/cancel", CancelAsync).WithSummary("Ends a run awaiting approval with nothing changed.");
        return runs;
    }

    /// <summary>
    /// Starts a run over <c>snapshotPath</c>: checked by the silo that reads it (inside <c>Runs:SnapshotRoot</c>, absolute or
    /// relative to it), not on the api's disk; a refused path is a 400 that says what to give instead.
    /// </summary>
    public static async Task<Results<Accepted<StartRunResponse>, ProblemHttpResult>> StartAsync(StartRunRequest request, RunStarter starter, ClaimsPrincipal user)
    {
        if (string.IsNullOrWhiteSpace(request.SnapshotPath))
        {
            return BelajarProblems.BadRequest("Berikan \"snapshotPath\": folder yang berisi sekolah.csv, peserta_didik.csv, ptk.csv dan pengguna.csv.");
        }

        try
        {
            var status = await starter.StartAsync(new RunRequest(request.SnapshotPath.Trim(), request.DryRun, user.Actor()));
            return TypedResults.Accepted($"/api/v1/runs/{status.RunId}", new StartRunResponse(status.RunId));
        }
        catch (SnapshotPathRefusedException ex)
        {
            return BelajarProblems.BadRequest(ex.Message);
        }
    }

    public static async Task<Ok<List<RunStatus>>> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.Key).ListAsync();
        var statuses = await Task.WhenAll(ids.Select(id => grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(id)).GetStatusAsync()));
        return TypedResults.Ok(statuses.OfType<RunStatus>().ToList());
    }

    public static async Task<Results<Ok<RunStatus>, ProblemHttpResult>> GetAsync(string runId, IGrainFactory grains) =>
        await Run(grains, runId).GetStatusAsync() is { } status ? TypedResults.Ok(status) : NotFound(runId);

    public static async Task<Results<Ok<RunStatus>, ProblemHttpResult>> PauseAsync(string runId, IGrainFactory grains) =>
        await Run(grains, runId).GetStatusAsync() is null ? NotFound(runId) : TypedResults.Ok(await Run(grains, runId).PauseAsync());

    public static async Task<Results<Ok<RunStatus>, ProblemHttpResult>> ResumeAsync(string runId, IGrainFactory grains) =>
        await Run(grains, runId).GetStatusAsync() is null ? NotFound(runId) : TypedResults.Ok(await Run(grains, runId).ResumeAsync());

    public static async Task<Results<Ok<RunReport>, ProblemHttpResult>> ReportAsync(string runId, IGrainFactory grains) =>
        await Run(grains, runId).GetReportAsync() is { } report ? TypedResults.Ok(report) : NotFound(runId);

    /// <summary>Provisions the failed accounts of a completed run again; the run is running until its schools have reported.</summary>
    public static async Task<Results<Accepted<RunStatus>, ProblemHttpResult>> RetryFailedAsync(string runId, IGrainFactory grains)
    {
        try
        {
            return await Run(grains, runId).RetryFailedAsync() is { } status
                ? TypedResults.Accepted($"/api/v1/runs/{runId}", status)
                : NotFound(runId);
        }
        catch (RunNotRetryableException ex)
        {
            return BelajarProblems.Conflict(ex.Message);
        }
    }

    /// <summary>Approves the mass changes of a run awaiting approval: 403 for the user who started it, 409 for a run not awaiting it.</summary>
    public static async Task<Results<Ok<RunStatus>, ProblemHttpResult>> ApproveAsync(string runId, IGrainFactory grains, ClaimsPrincipal user)
    {
        try
        {
            return await Run(grains, runId).ApproveAsync(user.Actor()) is { } status ? TypedResults.Ok(status) : NotFound(runId);
        }
        catch (RunApproverIsStarterException ex)
        {
            return BelajarProblems.Forbidden(ex.Message);
        }
        catch (RunApprovalRefusedException ex)
        {
            return BelajarProblems.Conflict(ex.Message);
        }
    }

    /// <summary>Cancels a run awaiting approval (nothing changed); 409 for a run not awaiting it.</summary>
    public static async Task<Results<Ok<RunStatus>, ProblemHttpResult>> CancelAsync(string runId, IGrainFactory grains, ClaimsPrincipal user)
    {
        try
        {
            return await Run(grains, runId).CancelAsync(user.Actor()) is { } status ? TypedResults.Ok(status) : NotFound(runId);
        }
        catch (RunApprovalRefusedException ex)
        {
            return BelajarProblems.Conflict(ex.Message);
        }
    }

    private static IProvisioningRunGrain Run(IGrainFactory grains, string runId) => grains.GetGrain<IProvisioningRunGrain>(GrainKeys.Run(runId));

    private static ProblemHttpResult NotFound(string runId) =>
        BelajarProblems.NotFound($"Tidak ada proses '{runId}': GET /api/v1/runs menampilkan daftar proses.");
}

/// <summary>The body of <c>POST /api/v1/runs</c>.</summary>
public sealed record StartRunRequest(string? SnapshotPath, bool DryRun);

/// <summary>The answer of <c>POST /api/v1/runs</c>.</summary>
public sealed record StartRunResponse(string RunId);
