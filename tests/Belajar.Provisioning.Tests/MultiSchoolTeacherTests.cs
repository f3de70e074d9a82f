using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Grains.Accounts;
using Belajar.LocalServices;
using Belajar.TestSupport;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// One person, one account, several schools, through the api's embedded default, the real grains and the emulator over HTTP: a
/// teacher registered at an SD and an SMP (the same ptk_id and NIK) gets one Google user, in the home school's org unit, listed
/// and downloadable at both schools and counted by both schools' own counters, but once in the region's funnel; when the home
/// school drops the teacher the account moves to the other school instead of leaving, and a guest that drops it just stops
/// listing it.
/// </summary>
public sealed class MultiSchoolTeacherTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    private const string Kabupaten = "357800";
    private const string OperatorPassword = "Operator#Ganda7";

    [Fact]
    public async Task A_teacher_at_two_schools_has_one_google_user_listed_at_both_and_counted_once_in_the_region()
    {
        var sd = TestSnapshot.NewSchool("Prov. Jawa Timur", "Kota Surabaya", "357801");
        var smp = TestSnapshot.NewSchool("Prov. Jawa Timur", "Kota Surabaya", "357801", bentuk: 6);
        var teacher = TestSnapshot.NewTeacher("Sri Mengajar Dua");
        var pusdatin = await app.PusdatinAsync();
        var usersBefore = app.Emulator.Store.UserCount;

        var run = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(sd).Add(smp).Add(sd, teacher).Add(smp, teacher)
            .AddOperator(sd, Operator(sd), OperatorPassword, Id(sd)).AddOperator(smp, Operator(smp), OperatorPassword, Id(smp)).Write());
        Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, run)).State);

        Assert.Equal(usersBefore + 3, app.Emulator.Store.UserCount); // the teacher once, and each school's operator
        var account = await AccountAsync(teacher);
        Assert.Contains(account.Npsn, new[] { sd.Npsn, smp.Npsn });
        var home = account.Npsn == sd.Npsn ? sd : smp;
        var guest = home == sd ? smp : sd;
        var user = app.Emulator.FindUser(account.UserId!)!;
        Assert.Equal(OrgUnitPaths.For(home.Provinsi, home.Kabupaten, home.Npsn), user.OrgUnitPath); // the home school owns its org unit
        Assert.EndsWith(home == sd ? "@guru.sd.belajar.id" : "@guru.smp.belajar.id", account.UserId);

        // listed, downloadable and counted at both schools, with the home school in the list
        foreach (var school in new[] { sd, smp })
        {
            var item = Assert.Single((await ListAsync(pusdatin, school.Npsn)).EnumerateArray());
            Assert.Equal(account.UserId, item.GetProperty("userId").GetString());
            Assert.Equal(home.Npsn, item.GetProperty("sekolahInduk").GetString());
            Assert.Equal(2, (await SchoolStatsAsync(pusdatin, school.Npsn)).GetProperty("created").GetInt64()); // the operator and the teacher
        }

        // the guest school's operator downloads the teacher (and so distributes the account); the home school's file has the same row
        var guestOperator = await app.SignedInAsync(Operator(guest), OperatorPassword);
        var guestRow = Assert.Single(await DownloadAsync(guestOperator, guest.Npsn));
        var homeRow = Assert.Single(await DownloadAsync(pusdatin, home.Npsn));
        Assert.Equal(account.UserId, guestRow["user_id"]);
        Assert.Equal(homeRow["password"], guestRow["password"]);
        Assert.False(string.IsNullOrEmpty(guestRow["password"]));
        Assert.Contains(guestRow["password"], await guestOperator.GetStringAsync($"/api/v1/schools/{guest.Npsn}/accounts/cards?kind=ptk"), StringComparison.Ordinal);
        Assert.Equal(2, (await guestOperator.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{guest.Npsn}/summary")).GetProperty("total").GetProperty("created").GetInt64()); // the school's summary counts the teacher it shares
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await guestOperator.GetAsync($"/api/v1/schools/{home.Npsn}/accounts/list")).StatusCode); // still its own school only

        // the guest's download marked it distributed: the home school's records follow (fed by the account)
        await Poll.UntilAsync(() => SchoolStatsAsync(pusdatin, home.Npsn), s => s.GetProperty("distributed").GetInt64() == 1,
            TimeSpan.FromSeconds(30), "the home school to hear that the guest's download distributed the account");

        // once in the region: the kabupaten counts one account, at the home school
        var region = await Poll.UntilAsync(() => RegionStatsAsync(pusdatin), r => r.GetProperty("distributed").GetInt64() == 1,
            TimeSpan.FromSeconds(30), "the region's funnel");
        Assert.Equal(3, region.GetProperty("created").GetInt64()); // two operators and one teacher
        var children = region.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("kode").GetString()!, c => c.GetProperty("created").GetInt64());
        Assert.Equal(2, children[home.Npsn]);
        Assert.Equal(1, children[guest.Npsn]);

        // the home school drops the teacher, the other still lists them: the account moves home, it does not leave
        var moved = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(sd).Add(smp).Add(guest, teacher)
            .AddOperator(sd, Operator(sd), OperatorPassword, Id(sd)).AddOperator(smp, Operator(smp), OperatorPassword, Id(smp)).Write());
        Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, moved)).State);
        Assert.Empty((await EmbeddedApp.ReportAsync(pusdatin, moved)).Gone);
        var after = await AccountAsync(teacher);
        Assert.Equal(guest.Npsn, after.Npsn);
        Assert.Equal(account.GoogleUserId, after.GoogleUserId);
        Assert.Equal(OrgUnitPaths.For(guest.Provinsi, guest.Kabupaten, guest.Npsn), app.Emulator.FindUser(after.UserId!)!.OrgUnitPath);
        Assert.Empty((await ListAsync(pusdatin, home.Npsn)).EnumerateArray());
        await Poll.UntilAsync(() => ListAsync(pusdatin, guest.Npsn), items => items.EnumerateArray().Single().GetProperty("sekolahInduk").GetString() == guest.Npsn,
            TimeSpan.FromSeconds(30), "the account to tell the school that still lists it that it is its home now");
        Assert.Equal(usersBefore + 3, app.Emulator.Store.UserCount);
        region = await Poll.UntilAsync(() => RegionStatsAsync(pusdatin),
            r => r.GetProperty("children").EnumerateArray().Any(c => c.GetProperty("kode").GetString() == guest.Npsn && c.GetProperty("created").GetInt64() == 2),
            TimeSpan.FromSeconds(30), "the region to count the account at its new home");
        Assert.Equal(3, region.GetProperty("created").GetInt64());
        Assert.Equal(1, region.GetProperty("distributed").GetInt64());

        // listed by both again, the new home stays home; then the other school (a guest now) drops the teacher: it only stops listing
        foreach (var snapshot in new[] { Snapshot(sd, smp).Add(sd, teacher).Add(smp, teacher), Snapshot(sd, smp).Add(guest, teacher) })
        {
            var next = await app.StartRunAsync(pusdatin, snapshot.Write());
            Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, next)).State);
            Assert.Empty((await EmbeddedApp.ReportAsync(pusdatin, next)).Gone);
            Assert.Equal(guest.Npsn, (await AccountAsync(teacher)).Npsn);
        }

        Assert.Empty((await ListAsync(pusdatin, home.Npsn)).EnumerateArray());
        Assert.Single((await ListAsync(pusdatin, guest.Npsn)).EnumerateArray());
        Assert.Equal(OrgUnitPaths.For(guest.Provinsi, guest.Kabupaten, guest.Npsn), app.Emulator.FindUser(after.UserId!)!.OrgUnitPath);
        Assert.Equal(usersBefore + 3, app.Emulator.Store.UserCount);
    }

    [Fact]
    public async Task Teachers_moving_between_two_schools_in_opposite_directions_move_home_whichever_school_the_run_reads_first()
    {
        var a = TestSnapshot.NewSchool("Prov. Jawa Timur", "Kabupaten Sidoarjo", "351501");
        var b = TestSnapshot.NewSchool("Prov. Jawa Timur", "Kabupaten Sidoarjo", "351501", bentuk: 6);
        var (toB, toA) = (TestSnapshot.NewTeacher("Agus Pindah Ke SMP"), TestSnapshot.NewTeacher("Bunga Pindah Ke SD"));
        var pusdatin = await app.PusdatinAsync();
        var first = await app.StartRunAsync(pusdatin, Snapshot(a, b).Add(a, toB).Add(b, toA).Write());
        Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, first)).State);

        var second = await app.StartRunAsync(pusdatin, Snapshot(a, b).Add(b, toB).Add(a, toA).Write());
        Assert.Equal(RunState.Completed, (await EmbeddedApp.WaitForEndAsync(pusdatin, second)).State);

        Assert.Empty((await EmbeddedApp.ReportAsync(pusdatin, second)).Gone);
        foreach (var (teacher, now) in new[] { (toB, b), (toA, a) })
        {
            var account = await AccountAsync(teacher);
            Assert.Equal(now.Npsn, account.Npsn); // a mover, not a guest of the school it left
            Assert.Equal(OrgUnitPaths.For(now.Provinsi, now.Kabupaten, now.Npsn), app.Emulator.FindUser(account.UserId!)!.OrgUnitPath);
            var item = Assert.Single((await ListAsync(pusdatin, now.Npsn)).EnumerateArray());
            Assert.Equal(now.Npsn, item.GetProperty("sekolahInduk").GetString());
        }

        var region = await Poll.UntilAsync(() => pusdatin.GetFromJsonAsync<JsonElement>("/api/v1/regions/351500/stats"),
            r => r.GetProperty("children").EnumerateArray().All(c => c.GetProperty("created").GetInt64() == 2),
            TimeSpan.FromSeconds(30), "each school to count its operator and the teacher who moved in");
        Assert.Equal(4, region.GetProperty("created").GetInt64());
    }

    private static TestSnapshot Snapshot(School sd, School smp) => new TestSnapshot().Add(sd).Add(smp)
        .AddOperator(sd, Operator(sd), OperatorPassword, Id(sd)).AddOperator(smp, Operator(smp), OperatorPassword, Id(smp));

    private static string Operator(School school) => $"operator.{school.Npsn}@sekolah.id";

    /// <summary>The school's operator's pengguna_id, the same in every snapshot of the test.</summary>
    private static string Id(School school) => new Guid(Convert.ToHexString(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(school.Id)))).ToString("D");

    private async Task<AccountView> AccountAsync(Teacher teacher) =>
        await app.Grains.GetGrain<IAccountGrain>(teacher.AccountKey).GetAsync() ?? throw new InvalidOperationException($"no account {teacher.AccountKey}");

    private static async Task<JsonElement> ListAsync(HttpClient client, string npsn) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{npsn}/accounts/list?kind=ptk")).GetProperty("items");

    private static Task<JsonElement> SchoolStatsAsync(HttpClient client, string npsn) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{npsn}/stats");

    private static Task<JsonElement> RegionStatsAsync(HttpClient client) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/regions/{Kabupaten}/stats");

    private static async Task<List<Dictionary<string, string>>> DownloadAsync(HttpClient client, string npsn)
    {
        var bytes = await client.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=ptk&format=csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal("nama,nisn_nuptk,peran,tingkat,rombel,user_id,password,status", string.Join(',', reader.Header.ColNames));
        return CsvRows.Read(reader);
    }
}
