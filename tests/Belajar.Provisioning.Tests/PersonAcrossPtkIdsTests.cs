using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.LocalServices;
using Belajar.TestSupport;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// One person, one account, whatever their ptk_ids: through the api's embedded default, the real grains (the person claims among
/// them) and the emulator over HTTP, a teacher whose rows at an SD and an SMP have different ptk_ids but the same NUPTK (or, without
/// a NUPTK, the same NIK) gets one Google user, listed and downloadable at both schools and counted once in the region's funnel,
/// also when the second school adds the teacher in a later run; two people with different NUPTKs get two.
/// </summary>
public sealed class PersonAcrossPtkIdsTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private const string Provinsi = "Prov. Jawa Timur";

    [Theory]
    [InlineData(true, "357101", "Kota Kediri")]
    [InlineData(false, "357201", "Kota Blitar")]
    public async Task Rows_of_one_person_with_different_ptk_ids_at_two_schools_are_one_google_user_listed_at_both(bool byNuptk, string kode, string kabupaten)
    {
        var sd = TestSnapshot.NewSchool(Provinsi, kabupaten, kode);
        var smp = TestSnapshot.NewSchool(Provinsi, kabupaten, kode, bentuk: 6);
        var atSd = TestSnapshot.NewTeacher("Sri Honorer Dua", byNuptk ? TestSnapshot.NewNuptk() : null);
        var atSmp = atSd with { Id = Guid.NewGuid().ToString("D") }; // another ptk_id, the same NUPTK (or NIK without NUPTK)
        if (byNuptk)
        {
            atSmp = atSmp with { Nik = TestSnapshot.NewTeacher("x").Nik }; // the NUPTK decides, not the NIK
        }

        var pusdatin = await app.PusdatinAsync();
        var usersBefore = app.Emulator.Store.UserCount;

        await RunAsync(pusdatin, Snapshot(sd, smp).Add(sd, atSd).Add(smp, atSmp));

        Assert.Equal(usersBefore + 1, app.Emulator.Store.UserCount); // one Google user for the person
        var accounts = new[] { await app.Grains.GetGrain<IAccountGrain>(atSd.AccountKey).GetAsync(), await app.Grains.GetGrain<IAccountGrain>(atSmp.AccountKey).GetAsync() };
        var account = Assert.Single(accounts, a => a is not null)!; // the key of whichever row the run read first
        var home = account.Npsn == sd.Npsn ? sd : smp;
        foreach (var school in new[] { sd, smp })
        {
            var item = Assert.Single((await ListAsync(pusdatin, school.Npsn)).EnumerateArray());
            Assert.Equal(account.UserId, item.GetProperty("userId").GetString());
            Assert.Equal(home.Npsn, item.GetProperty("sekolahInduk").GetString());
            var row = Assert.Single(await DownloadAsync(pusdatin, school.Npsn));
            Assert.Equal(account.UserId, row["user_id"]);
        }

        var region = await Poll.UntilAsync(() => pusdatin.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{kode[..4]}00/stats"),
            r => r.GetProperty("created").GetInt64() == 1, TimeSpan.FromSeconds(30), "the region's funnel to count the person once");
        var children = region.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("kode").GetString()!, c => c.GetProperty("created").GetInt64());
        Assert.Equal(1, children[home.Npsn]);
        Assert.Equal(0, children.GetValueOrDefault(home == sd ? smp.Npsn : sd.Npsn));

        // a later run with the schools the other way round keeps the one account: the claim, not the order, decides
        await RunAsync(pusdatin, Snapshot(smp, sd).Add(smp, atSmp).Add(sd, atSd));
        Assert.Equal(usersBefore + 1, app.Emulator.Store.UserCount);
        foreach (var school in new[] { sd, smp })
        {
            Assert.Equal(account.UserId, Assert.Single((await ListAsync(pusdatin, school.Npsn)).EnumerateArray()).GetProperty("userId").GetString());
        }
    }

    [Fact]
    public async Task A_teacher_added_later_at_a_second_school_under_another_ptk_id_keeps_the_account_and_its_home()
    {
        var sd = TestSnapshot.NewSchool(Provinsi, "Kota Madiun", "357701");
        var smp = TestSnapshot.NewSchool(Provinsi, "Kota Madiun", "357701", bentuk: 6);
        var atSd = TestSnapshot.NewTeacher("Wahyu Guru Honorer"); // no NUPTK: the NIK is the person
        var atSmp = atSd with { Id = Guid.NewGuid().ToString("D") };
        var pusdatin = await app.PusdatinAsync();
        var usersBefore = app.Emulator.Store.UserCount;
        await RunAsync(pusdatin, Snapshot(sd, smp).Add(sd, atSd));
        var account = (await app.Grains.GetGrain<IAccountGrain>(atSd.AccountKey).GetAsync())!;

        await RunAsync(pusdatin, Snapshot(smp, sd).Add(smp, atSmp).Add(sd, atSd)); // the new school first in the snapshot

        Assert.Equal(usersBefore + 1, app.Emulator.Store.UserCount);
        Assert.Null(await app.Grains.GetGrain<IAccountGrain>(atSmp.AccountKey).GetAsync());
        var after = (await app.Grains.GetGrain<IAccountGrain>(atSd.AccountKey).GetAsync())!;
        Assert.Equal(account.GoogleUserId, after.GoogleUserId);
        Assert.Equal(sd.Npsn, after.Npsn); // the account's home stays where it was
        foreach (var school in new[] { sd, smp })
        {
            var item = Assert.Single((await ListAsync(pusdatin, school.Npsn)).EnumerateArray());
            Assert.Equal(account.UserId, item.GetProperty("userId").GetString());
            Assert.Equal(sd.Npsn, item.GetProperty("sekolahInduk").GetString());
        }

        await Poll.UntilAsync(() => pusdatin.GetFromJsonAsync<JsonElement>("/api/v1/regions/357700/stats"),
            r => r.GetProperty("created").GetInt64() == 1, TimeSpan.FromSeconds(30), "the region's funnel to count the person once");
    }

    [Fact]
    public async Task Two_people_with_different_nuptks_at_two_schools_have_two_accounts_each_at_its_own_school()
    {
        var sd = TestSnapshot.NewSchool(Provinsi, "Kota Malang", "357301");
        var smp = TestSnapshot.NewSchool(Provinsi, "Kota Malang", "357301", bentuk: 6);
        var first = TestSnapshot.NewTeacher("Budi Mengajar", TestSnapshot.NewNuptk());
        var second = TestSnapshot.NewTeacher("Budi Mengajar", TestSnapshot.NewNuptk()); // the same name, another person
        var pusdatin = await app.PusdatinAsync();
        var usersBefore = app.Emulator.Store.UserCount;

        await RunAsync(pusdatin, Snapshot(sd, smp).Add(sd, first).Add(smp, second));

        Assert.Equal(usersBefore + 2, app.Emulator.Store.UserCount);
        foreach (var (teacher, school) in new[] { (first, sd), (second, smp) })
        {
            var account = await app.Grains.GetGrain<IAccountGrain>(teacher.AccountKey).GetAsync();
            Assert.NotNull(account);
            Assert.Equal(school.Npsn, account.Npsn);
            Assert.Equal(account.UserId, Assert.Single((await ListAsync(pusdatin, school.Npsn)).EnumerateArray()).GetProperty("userId").GetString());
        }
    }

    [Fact]
    public async Task An_existing_account_of_a_row_whose_nuptk_now_names_another_persons_account_stays_at_its_school()
    {
        var sd = TestSnapshot.NewSchool(Provinsi, "Kota Batu", "357901");
        var smp = TestSnapshot.NewSchool(Provinsi, "Kota Batu", "357901", bentuk: 6);
        var first = TestSnapshot.NewTeacher("Endah Mengajar", TestSnapshot.NewNuptk());
        var second = TestSnapshot.NewTeacher("Endah Mengajar", TestSnapshot.NewNuptk());
        var pusdatin = await app.PusdatinAsync();
        var usersBefore = app.Emulator.Store.UserCount;
        await RunAsync(pusdatin, Snapshot(sd, smp).Add(sd, first).Add(smp, second));
        var own = (await app.Grains.GetGrain<IAccountGrain>(second.AccountKey).GetAsync())!;

        // Dapodik corrects the second row's NUPTK to the first row's: the claim names the first account, yet the second one lives
        await RunAsync(pusdatin, Snapshot(sd, smp).Add(sd, first).Add(smp, second with { Nuptk = first.Nuptk }));

        Assert.Equal(usersBefore + 2, app.Emulator.Store.UserCount);
        var after = (await app.Grains.GetGrain<IAccountGrain>(second.AccountKey).GetAsync())!;
        Assert.Equal(own.GoogleUserId, after.GoogleUserId);
        Assert.Equal(smp.Npsn, after.Npsn);
        Assert.Equal(own.Status, after.Status);
        Assert.Equal(own.UserId, Assert.Single((await ListAsync(pusdatin, smp.Npsn)).EnumerateArray()).GetProperty("userId").GetString());
    }

    private async Task RunAsync(HttpClient pusdatin, TestSnapshot snapshot)
    {
        var run = await app.StartRunAsync(pusdatin, snapshot.Write());
        Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, run)).State);
    }

    private static TestSnapshot Snapshot(School a, School b) => new TestSnapshot().Add(a).Add(b);

    private static async Task<JsonElement> ListAsync(HttpClient client, string npsn) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{npsn}/accounts/list?kind=ptk")).GetProperty("items");

    private static async Task<List<Dictionary<string, string>>> DownloadAsync(HttpClient client, string npsn)
    {
        var bytes = await client.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=ptk&format=csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        return CsvRows.Read(reader);
    }
}
