using System.Net;
using System.Text;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>Issue 6: "Unduh Akun" does not queue behind the school grain's other work, and marks each account distributed once.</summary>
public sealed class BusySchoolDownloadTests(BusySchoolApp app) : IClassFixture<BusySchoolApp>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_download_is_served_while_the_school_is_held_in_a_sync()
    {
        var (npsn, operatorClient) = await app.SchoolWithOperatorAsync(learners: 4);
        var url = Url(npsn);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync(url)).StatusCode); // the first download marks the accounts
        var pusdatin = await app.PusdatinAsync();
        var school = app.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));

        using var hold = app.Gate.HoldNextSync();
        RequestContext.Set(GatedDirectoryCalls.TagKey, hold.Tag);
        var sync = school.SyncNowAsync();
        RequestContext.Remove(GatedDirectoryCalls.TagKey);
        await hold.Started.Task.WaitAsync(Bound); // the school is now inside SyncNowAsync, a non-interleaved call
        var byOperator = await operatorClient.GetAsync(url).WaitAsync(Bound);
        var byPusdatin = await pusdatin.GetAsync(url).WaitAsync(Bound);
        Assert.False(sync.IsCompleted, "the sync was still held while both downloads were served");

        Assert.Equal(HttpStatusCode.OK, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPusdatin.StatusCode);
        var rows = ParseCsv(await byOperator.Content.ReadAsByteArrayAsync());
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("distributed", r["status"]));
        Assert.All(rows, r => Assert.NotEqual("", r["password"]));
        Assert.Equal(rows, ParseCsv(await byPusdatin.Content.ReadAsByteArrayAsync()));

        hold.Dispose();
        Assert.Equal(0, await sync.WaitAsync(Bound));
    }

    [Fact]
    public async Task Eight_first_downloads_at_once_mark_every_created_account_distributed_and_leave_nothing_to_mark()
    {
        var (npsn, operatorClient) = await app.SchoolWithOperatorAsync(learners: 6);
        var school = app.Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => operatorClient.GetAsync(Url(npsn))));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(ParseCsv(await response.Content.ReadAsByteArrayAsync()), r => Assert.Equal("distributed", r["status"]));
        }

        var accounts = await school.GetAccountsAsync(AccountKind.PesertaDidik);
        Assert.All(accounts, a => Assert.Equal(AccountStatus.Distributed, a.Status));
        Assert.Equal(6, (await school.GetCountersAsync()).Distributed);
        foreach (var account in accounts)
        {
            Assert.Equal(AccountStatus.Distributed, (await app.Grains.GetGrain<IAccountGrain>(account.AccountKey).GetAsync())!.Status);
        }

        Assert.Equal(0, await school.MarkDistributedAsync(accounts.Select(a => a.AccountKey).ToList()));
    }

    private static string Url(string npsn) => $"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv";

    private static List<Dictionary<string, string>> ParseCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a UTF-8 BOM");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        var rows = new List<Dictionary<string, string>>();
        var columns = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                values[column] = row[column].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }
}
