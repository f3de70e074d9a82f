using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Grains.Accounts;
using Belajar.TestSupport;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>
/// Learners who move between schools in a delta run, through the api's embedded default, the real grains and the emulator over
/// HTTP: to a school of another jenjang (new domain's address, the old one an alias) and to a school of the same jenjang (address kept).
/// </summary>
public sealed class JenjangMoverTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    [Fact]
    public async Task A_learner_moving_from_sd_to_smp_gets_the_smp_address_keeps_the_old_one_as_alias_and_the_download_marks_it()
    {
        var sd = TestSnapshot.NewSchool();
        var sd2 = TestSnapshot.NewSchool("Prov. Jawa Barat", "Kab. Bogor", "020201");
        var smp = TestSnapshot.NewSchool("Prov. Jawa Barat", "Kab. Bogor", "020201", bentuk: 6);
        var upMover = TestSnapshot.NewLearner("Dewi Naikkelas");
        var sideMover = TestSnapshot.NewLearner("Bayu Pindahsd");
        var pusdatin = await app.PusdatinAsync();
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin,
            new TestSnapshot().Add(sd).Add(sd2).Add(smp).Add(sd, upMover).Add(sd, sideMover).Write()));
        var upBefore = await AccountAsync(upMover);
        var sideBefore = await AccountAsync(sideMover);
        var usersBefore = app.Emulator.Store.UserCount;
        Assert.EndsWith("@sd.belajar.id", upBefore.UserId);

        var delta = await app.StartRunAsync(pusdatin,
            new TestSnapshot().Add(sd).Add(sd2).Add(smp).Add(smp, upMover).Add(sd2, sideMover).Write());
        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, delta);
        var report = await EmbeddedApp.ReportAsync(pusdatin, delta);

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(usersBefore, app.Emulator.Store.UserCount); // no second Google user for anyone
        Assert.Empty(report.Gone);

        // SD → SMP: the SMP domain's address, the same Google user, answering under both addresses
        var up = await AccountAsync(upMover);
        Assert.Equal(smp.Npsn, up.Npsn);
        Assert.EndsWith("@smp.belajar.id", up.UserId);
        Assert.Equal(upBefore.UserId![..upBefore.UserId!.IndexOf('@')], up.UserId![..up.UserId!.IndexOf('@')]); // same candidate rules
        Assert.Equal(upBefore.UserId, up.PreviousUserId);
        Assert.Equal(upBefore.GoogleUserId, up.GoogleUserId);
        var inGoogle = app.Emulator.FindUser(up.UserId)!;
        Assert.Equal(up.GoogleUserId, inGoogle.Id);
        Assert.Equal(up.UserId, inGoogle.PrimaryEmail);
        Assert.Equal([upBefore.UserId], inGoogle.Aliases);
        Assert.Equal(inGoogle.Id, app.Emulator.FindUser(upBefore.UserId)!.Id);
        Assert.Equal(OrgUnitPaths.For(smp.Provinsi, smp.Kabupaten, smp.Npsn), inGoogle.OrgUnitPath);
        Assert.Equal(upMover.AccountKey, await app.Grains.GetGrain<IUsernameGrain>(up.UserId).GetOwnerAsync());
        Assert.Equal(upMover.AccountKey, await app.Grains.GetGrain<IUsernameGrain>(upBefore.UserId).GetOwnerAsync()); // the alias stays held

        var smpRows = await DownloadAsync(pusdatin, smp.Npsn);
        var row = Assert.Single(smpRows);
        Assert.Equal(up.UserId, row["user_id"]);
        Assert.Equal(upBefore.UserId, await PreviousUserIdInListAsync(pusdatin, smp.Npsn)); // the operator's list marks the change
        Assert.Empty(await DownloadAsync(pusdatin, sd.Npsn));
        using var google = app.EmulatorHttp;
        foreach (var address in new[] { up.UserId, upBefore.UserId })
        {
            var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = address, password = row["password"] });
            Assert.True(signIn.StatusCode == (HttpStatusCode)428, $"{address}: {signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
        }

        // SD → SD: the address stays, the org unit and cost centre move
        var side = await AccountAsync(sideMover);
        Assert.Equal(sideBefore.UserId, side.UserId);
        Assert.Null(side.PreviousUserId);
        var sideInGoogle = app.Emulator.FindUser(side.UserId!)!;
        Assert.Equal(sideBefore.GoogleUserId, sideInGoogle.Id);
        Assert.Empty(sideInGoogle.Aliases);
        Assert.Equal(OrgUnitPaths.For(sd2.Provinsi, sd2.Kabupaten, sd2.Npsn), sideInGoogle.OrgUnitPath);
        var sideRow = Assert.Single(await DownloadAsync(pusdatin, sd2.Npsn));
        Assert.Equal(side.UserId, sideRow["user_id"]);
        Assert.Null(await PreviousUserIdInListAsync(pusdatin, sd2.Npsn));
    }

    [Fact]
    public async Task A_taken_smp_address_makes_the_mover_take_the_next_candidate_and_a_rerun_changes_nothing()
    {
        var sd = TestSnapshot.NewSchool();
        var smp = TestSnapshot.NewSchool(bentuk: 6);
        var mover = TestSnapshot.NewLearner("Wulan Naikjenjang");
        var pusdatin = await app.PusdatinAsync();
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, new TestSnapshot().Add(sd).Add(smp).Add(sd, mover).Write()));
        var before = await AccountAsync(mover);
        var wanted = before.UserId!.Replace("@sd.", "@smp.", StringComparison.Ordinal);
        app.Emulator.Store.TryAdd(app.Emulator.FindUser(before.UserId)! with { Id = app.Emulator.Store.NewId(), PrimaryEmail = wanted, ExternalIds = [] });

        var snapshot = new TestSnapshot().Add(sd).Add(smp).Add(smp, mover).Write();
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, snapshot));
        var after = await AccountAsync(mover);
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, snapshot));
        var again = await AccountAsync(mover);

        Assert.EndsWith("@smp.belajar.id", after.UserId);
        Assert.NotEqual(wanted, after.UserId);
        Assert.Equal(before.GoogleUserId, app.Emulator.FindUser(after.UserId!)!.Id);
        Assert.Equal(after, again);
        Assert.Equal([before.UserId], app.Emulator.FindUser(after.UserId!)!.Aliases);
    }

    private async Task<AccountView> AccountAsync(Learner learner) =>
        await app.Grains.GetGrain<IAccountGrain>(learner.AccountKey).GetAsync() ?? throw new InvalidOperationException($"no account {learner.AccountKey}");

    /// <summary>The <c>previousUserId</c> of the single account in the operator's list of the school.</summary>
    private static async Task<string?> PreviousUserIdInListAsync(HttpClient pusdatin, string npsn)
    {
        var page = await pusdatin.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{npsn}/accounts/list");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        return item.GetProperty("previousUserId").GetString();
    }

    private static async Task<List<Dictionary<string, string>>> DownloadAsync(HttpClient pusdatin, string npsn)
    {
        var bytes = await pusdatin.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        return CsvRows.Read(reader);
    }
}
