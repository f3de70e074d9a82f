using System.Globalization;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Accounts;
using Belajar.Api.Audit;
using Belajar.Api.Auth;
using Belajar.Api.Dashboards;
using Belajar.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Belajar.Api.Schools;

/// <summary>
/// What the operator's app reads of the own school, besides "Unduh Akun": the summary, the account list (never a password) and
/// the printable account cards. Operator of the school or Pusdatin (tenant scope enforced like the download's).
/// </summary>
public static class SchoolPageEndpoints
{
    /// <summary>Maps <c>GET /api/v1/schools/{npsn}/summary</c>, <c>.../accounts/list</c> and <c>.../accounts/cards</c>.</summary>
    public static IEndpointRouteBuilder MapSchoolPageEndpoints(this IEndpointRouteBuilder app)
    {
        var school = app.MapGroup("/api/v1/schools/{npsn}")
            .RequireSchoolScope()
            .WithTags("Unduh Akun")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        school.MapGet("summary", SummaryAsync)
            .WithName("SchoolSummary")
            .WithSummary("The school, its funnel per kind (peserta-didik, ptk, admin), its rombels, the deadline and when it may sync again.");
        school.MapGet("accounts/list", ListAsync)
            .WithName("SchoolAccountList")
            .WithSummary("The school's accounts by name, filtered (q: name, NISN/NUPTK or user id; kind; rombel; status) and paged; never a password.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        school.MapGet("accounts/cards", CardsAsync)
            .WithName("SchoolAccountCards")
            .WithSummary("Printable account cards (HTML) of the whole school, one kind or one rombel; Cache-Control: no-store.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Results<Ok<SchoolSummary>, ProblemHttpResult>> SummaryAsync(string npsn, [AsParameters] SchoolPageServices services)
    {
        if (await services.Schools.GetSchoolAsync(npsn) is not { } info)
        {
            return UnknownSchool(npsn);
        }

        var accounts = await services.Schools.GetAccountsAsync(npsn);
        return TypedResults.Ok(SchoolSummaries.Of(
            info, accounts, services.Deadline.Value, services.Time.GetUtcNow(), services.Sync.WaitFor(npsn), services.Sync.MinimumInterval));
    }

    private static async Task<Results<Ok<AccountListPage>, ProblemHttpResult>> ListAsync(
        string npsn, string? q, string? kind, string? rombel, string? status, int? offset, int? limit, [AsParameters] SchoolPageServices services)
    {
        var accountKind = AccountKindNames.Parse(kind);
        if (!string.IsNullOrWhiteSpace(kind) && accountKind is null)
        {
            return BelajarProblems.BadRequest($"kind '{kind}' tidak sah; gunakan salah satu dari: {AccountKindNames.Valid}, atau kosongkan untuk semua.");
        }

        var stage = status?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(stage) && !AccountStages.All.Contains(stage))
        {
            return BelajarProblems.BadRequest($"status '{status}' tidak sah; gunakan salah satu dari: {string.Join(", ", AccountStages.All)}, atau kosongkan untuk semua.");
        }

        if (offset is < 0 || limit is < 1 or > AccountListQuery.MaxLimit)
        {
            return BelajarProblems.BadRequest($"offset paling kecil 0 dan limit antara 1 dan {AccountListQuery.MaxLimit}.");
        }

        if (await services.Schools.GetSchoolAsync(npsn) is null)
        {
            return UnknownSchool(npsn);
        }

        var accounts = await services.Schools.GetAccountsAsync(npsn);
        return TypedResults.Ok(AccountListing.Page(accounts, new AccountListQuery(q, accountKind, rombel, stage, offset ?? 0, limit ?? 50)));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CardsAsync(
        string npsn, string? kind, string? rombel, HttpContext context, [AsParameters] SchoolPageServices services)
    {
        var accountKind = AccountKindNames.Parse(kind);
        if (!string.IsNullOrWhiteSpace(kind) && accountKind is null)
        {
            return BelajarProblems.BadRequest($"kind '{kind}' tidak sah; gunakan salah satu dari: {AccountKindNames.Valid}, atau kosongkan untuk seluruh sekolah.");
        }

        rombel = string.IsNullOrWhiteSpace(rombel) ? null : rombel.Trim();
        if (rombel is not null && accountKind is not (null or AccountKind.PesertaDidik))
        {
            return BelajarProblems.BadRequest("Rombel hanya ada pada peserta didik: pakai kind=peserta-didik atau kosongkan kind.");
        }

        if (rombel is not null)
        {
            accountKind = AccountKind.PesertaDidik;
        }

        if (await services.Schools.GetSchoolAsync(npsn) is not { } info)
        {
            return UnknownSchool(npsn);
        }

        AccountKind[] kinds = accountKind is { } one ? [one] : [AccountKind.PesertaDidik, AccountKind.Ptk, AccountKind.Admin];
        var rows = new List<AccountCredentialRow>();
        foreach (var k in kinds)
        {
            rows.AddRange(await services.Schools.GetCredentialsAsync(npsn, k, markDistributed: false));
        }

        var cards = AccountCards.Order(rows.Where(r => rombel is null || string.Equals(r.Account.Rombel?.Trim(), rombel, StringComparison.Ordinal)));
        if (rombel is not null && cards.Count == 0)
        {
            return BelajarProblems.NotFound($"Sekolah {npsn} tidak punya akun peserta didik di rombel '{rombel}'; pilih rombel dari daftar sekolah.");
        }

        // Only the school's own operator hands the cards out; Pusdatin looking at them does not mark them distributed.
        var markDistributed = TenantScope.HasRole(context.User, BelajarRoles.Operator);
        var toMark = markDistributed ? cards.Where(c => c.Account.Status == AccountStatus.Created).Select(c => c.Account.AccountKey).ToList() : [];
        await services.Schools.MarkDistributedAsync(npsn, toMark);
        var kindName = accountKind is { } chosen ? AccountKindNames.Name(chosen) : AccountSheetResult.AllKinds;
        var detail = new Dictionary<string, string>
        {
            ["kind"] = kindName,
            ["format"] = "kartu",
            ["rows"] = cards.Count.ToString(CultureInfo.InvariantCulture),
            ["markedDistributed"] = markDistributed ? "true" : "false",
        };
        if (rombel is not null)
        {
            detail["rombel"] = rombel;
        }

        await services.Audit.RecordAsync(context, AuditActions.Download, npsn: npsn, detail: detail);
        AccountsLog.Downloaded(services.Logger, context.User.Actor(), cards.Count, kindName, npsn, "cards");

        var scope = rombel is not null ? $"Rombel {rombel}" : accountKind switch
        {
            AccountKind.PesertaDidik => "Peserta Didik",
            AccountKind.Ptk => "PTK",
            AccountKind.Admin => "Admin",
            _ => "Seluruh sekolah",
        };
        var deadline = SchoolDeadline.Of(await services.Schools.GetAccountsAsync(npsn), services.Deadline.Value);
        PageHeaders.NoStore(context.Response);
        PageHeaders.Secure(context.Response);
        return TypedResults.Content(AccountCards.Render(info, cards, scope, deadline), "text/html; charset=utf-8");
    }

    private static ProblemHttpResult UnknownSchool(string npsn) =>
        BelajarProblems.NotFound($"Sekolah dengan NPSN {npsn} belum dikenal; periksa NPSN-nya, atau tunggu sampai proses penyediaan akun membawanya.");
}
