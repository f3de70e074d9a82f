using System.Globalization;
using Belajar.Api.Auth;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Limits;

/// <summary>
/// The hourly limits of <see cref="ActionLimitOptions"/> for password resets (per school and per actor) and on-demand syncs (per
/// actor; a school's syncs are coalesced by its grain, cluster-wide). Counted in this api process's memory: with several api
/// replicas each one counts on its own, so a deployment's limit is the setting times the replicas.
/// </summary>
public sealed class ActionLimiter(IOptions<ActionLimitOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private readonly FixedWindowCounts _counts = new();

    /// <summary>A password reset of a school's account by the signed-in user: null when allowed, else the 429 problem (Retry-After set).</summary>
    public ProblemHttpResult? TryReset(HttpContext context, string npsn)
    {
        var now = time.GetUtcNow();
        var actorKey = ActorKey(context);
        if (!_counts.TryTake(actorKey, options.Value.ActionsPerActorPerHour, Hour, now, out var wait))
        {
            return TooMany(context, wait, $"Anda sudah meminta terlalu banyak atur ulang kata sandi dan sinkronisasi dalam satu jam");
        }

        if (!_counts.TryTake($"reset:{npsn}", options.Value.ResetsPerSchoolPerHour, Hour, now, out wait))
        {
            _counts.GiveBack(actorKey);
            return TooMany(context, wait, $"Sekolah {npsn} sudah mencapai batas {options.Value.ResetsPerSchoolPerHour} atur ulang kata sandi per jam");
        }

        return null;
    }

    /// <summary>An on-demand sync asked for by the signed-in user: null when allowed, else the 429 problem (Retry-After set).</summary>
    public ProblemHttpResult? TrySync(HttpContext context) =>
        _counts.TryTake(ActorKey(context), options.Value.ActionsPerActorPerHour, Hour, time.GetUtcNow(), out var wait)
            ? null
            : TooMany(context, wait, "Anda sudah meminta terlalu banyak atur ulang kata sandi dan sinkronisasi dalam satu jam");

    /// <summary>The 429 answer: <c>Retry-After</c> in whole seconds and a message that says when to try again.</summary>
    public static ProblemHttpResult TooMany(HttpContext context, TimeSpan wait, string reason)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = (seconds + 59) / 60;
        var when = seconds < 120 ? $"{seconds} detik" : $"{minutes} menit";
        return BelajarProblems.TooManyRequests($"{reason}; coba lagi dalam {when}. Batas ini menjaga kuota Google untuk penyediaan akun nasional.");
    }

    private static string ActorKey(HttpContext context) => $"actor:{context.User.Actor()}";
}
