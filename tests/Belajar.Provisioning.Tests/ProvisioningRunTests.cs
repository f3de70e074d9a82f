using Belajar.Domain;
using System.Net;
using System.Net.Http.Json;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Runs;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;

namespace Belajar.Provisioning.Tests;

/// <summary>Runs through the HTTP endpoints of the api's embedded default, checked against the grains and the emulator.</summary>
public sealed class ProvisioningRunTests(EmbeddedApp app) : IClassFixture<EmbeddedApp>
{
    [Fact]
    public async Task Two_learners_with_the_same_name_get_different_addresses_and_one_google_user_each()
    {
        var school = TestSnapshot.NewSchool();
        var first = TestSnapshot.NewLearner("Dewi Lestari Kembar");
        var second = TestSnapshot.NewLearner("Dewi Lestari Kembar");
        var pusdatin = await app.PusdatinAsync();

        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, first).Add(school, second).Write()));

        Assert.Equal(RunState.Completed, status.State);
        var a = await AccountAsync(first);
        var b = await AccountAsync(second);
        Assert.Equal(AccountStatus.Created, a.Status);
        Assert.Equal(AccountStatus.Created, b.Status);
        Assert.NotEqual(a.UserId, b.UserId);
        Assert.StartsWith("dewi", a.UserId, StringComparison.Ordinal);
        Assert.EndsWith("@sd.belajar.id", b.UserId, StringComparison.Ordinal);
        Assert.Equal(a.GoogleUserId, app.Emulator.FindUser(a.UserId!)!.Id);
        Assert.Equal(b.GoogleUserId, app.Emulator.FindUser(b.UserId!)!.Id);
    }

    [Fact]
    public async Task An_address_already_taken_in_google_makes_the_account_take_the_next_candidate()
    {
        var school = TestSnapshot.NewSchool();
        var learner = TestSnapshot.NewLearner("Rahmat Hidayatullah");
        var firstCandidate = UsernameRules.Candidates(learner.Nama, learner.AccountKey, "sd.belajar.id").First();
        var stranger = new EmulatedUser
        {
            Id = app.Emulator.Store.NewId(), PrimaryEmail = firstCandidate, GivenName = "Orang", FamilyName = "Lain", Password = "Rahasia#123",
        };
        Assert.True(app.Emulator.Store.TryAdd(stranger));
        var pusdatin = await app.PusdatinAsync();

        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, learner).Write()));

        var account = await AccountAsync(learner);
        Assert.Equal(AccountStatus.Created, account.Status);
        Assert.NotEqual(firstCandidate, account.UserId);
        Assert.StartsWith("rahmat", account.UserId, StringComparison.Ordinal);
        Assert.Equal("Orang", app.Emulator.FindUser(firstCandidate)!.GivenName);
        Assert.Equal(learner.Id, Assert.Single(app.Emulator.FindUser(account.UserId!)!.ExternalIds).Value);
    }

    [Fact]
    public async Task A_dry_run_counts_per_province_role_and_jenjang_with_sample_addresses_and_writes_nothing()
    {
        var jakarta = TestSnapshot.NewSchool();
        var bali = TestSnapshot.NewSchool("Prov. Bali", "Kota Denpasar", "220101");
        var learners = new[] { TestSnapshot.NewLearner("Putu Ayu Saraswati"), TestSnapshot.NewLearner("Made Wirawan"), TestSnapshot.NewLearner("Andi Kering") };
        var snapshot = new TestSnapshot().Add(jakarta).Add(bali).Add(bali, learners[0]).Add(bali, learners[1]).Add(jakarta, learners[2]).Write();
        var usersBefore = app.Emulator.Store.UserCount;
        var pusdatin = await app.PusdatinAsync();

        var runId = await app.StartRunAsync(pusdatin, snapshot, dryRun: true);
        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, runId);
        var report = await EmbeddedApp.ReportAsync(pusdatin, runId);

        Assert.True(status.DryRun);
        Assert.Equal(RunState.Completed, status.State);
        var baliCount = Assert.Single(report.Counts, c => c.Provinsi.Contains("Bali", StringComparison.Ordinal));
        Assert.Equal(2, baliCount.Accounts);
        Assert.Contains("SD", baliCount.Jenjang, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(baliCount.SampleAddresses);
        Assert.All(baliCount.SampleAddresses, a => Assert.EndsWith("@sd.belajar.id", a, StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(report.Counts, c => c.Provinsi.Contains("Jakarta", StringComparison.Ordinal)).Accounts);
        Assert.Equal(usersBefore, app.Emulator.Store.UserCount);
        foreach (var learner in learners)
        {
            Assert.Null(await app.Grains.GetGrain<IAccountGrain>(learner.AccountKey).GetAsync());
        }
    }

    [Fact]
    public async Task A_delta_run_creates_only_new_persons_moves_a_mover_and_lists_the_gone_without_deleting_them()
    {
        var schoolA = TestSnapshot.NewSchool();
        var schoolB = TestSnapshot.NewSchool("Prov. Jawa Barat", "Kab. Bandung", "020103");
        var mover = TestSnapshot.NewLearner("Siti Pindahan");
        var leaver = TestSnapshot.NewLearner("Joko Lulusan");
        var stayer = TestSnapshot.NewLearner("Agus Tetap");
        var newcomer = TestSnapshot.NewLearner("Rina Baru");
        var pusdatin = await app.PusdatinAsync();
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin,
            new TestSnapshot().Add(schoolA).Add(schoolB).Add(schoolA, mover).Add(schoolA, leaver).Add(schoolB, stayer).Write()));
        var moverBefore = await AccountAsync(mover);
        var stayerBefore = await AccountAsync(stayer);
        var usersBefore = app.Emulator.Store.UserCount;

        var delta = await app.StartRunAsync(pusdatin,
            new TestSnapshot().Add(schoolA).Add(schoolB).Add(schoolB, mover).Add(schoolB, stayer).Add(schoolA, newcomer).Write());
        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, delta);
        var report = await EmbeddedApp.ReportAsync(pusdatin, delta);

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(usersBefore + 1, app.Emulator.Store.UserCount);
        Assert.Equal(AccountStatus.Created, (await AccountAsync(newcomer)).Status);
        var moverAfter = await AccountAsync(mover);
        Assert.Equal(moverBefore.UserId, moverAfter.UserId);
        Assert.Equal(moverBefore.GoogleUserId, moverAfter.GoogleUserId);
        Assert.Equal(schoolB.Npsn, moverAfter.Npsn);
        var moverInGoogle = app.Emulator.FindUser(moverAfter.UserId!)!;
        Assert.Equal(OrgUnitPaths.For(schoolB.Provinsi, schoolB.Kabupaten, schoolB.Npsn), moverInGoogle.OrgUnitPath);
        Assert.Equal(schoolB.Npsn, Assert.Single(moverInGoogle.Organizations).CostCenter);
        Assert.Equal(stayerBefore, await AccountAsync(stayer));
        Assert.Contains(leaver.AccountKey, report.Gone);
        Assert.NotNull(app.Emulator.FindUser((await AccountAsync(leaver)).UserId!));
    }

    [Fact]
    public async Task A_learner_who_moved_school_is_not_listed_as_gone_whichever_school_the_run_reads_first()
    {
        var schoolA = TestSnapshot.NewSchool();
        var schoolB = TestSnapshot.NewSchool("Prov. Jawa Tengah", "Kota Semarang", "030101");
        var toB = TestSnapshot.NewLearner("Sari Pindah Maju");
        var toA = TestSnapshot.NewLearner("Budi Pindah Mundur");
        var leaver = TestSnapshot.NewLearner("Tono Keluar");
        var pusdatin = await app.PusdatinAsync();
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin,
            new TestSnapshot().Add(schoolA).Add(schoolB).Add(schoolA, toB).Add(schoolA, leaver).Add(schoolB, toA).Write()));

        var delta = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(schoolA).Add(schoolB).Add(schoolB, toB).Add(schoolA, toA).Write());
        var status = await EmbeddedApp.WaitForEndAsync(pusdatin, delta);
        var report = await EmbeddedApp.ReportAsync(pusdatin, delta);

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(schoolB.Npsn, (await AccountAsync(toB)).Npsn);
        Assert.Equal(schoolA.Npsn, (await AccountAsync(toA)).Npsn);
        Assert.Equal([leaver.AccountKey], report.Gone);
    }

    [Fact]
    public async Task A_paused_run_stays_paused_and_completes_after_resume()
    {
        var snapshot = new TestSnapshot();
        var learners = new List<Learner>();
        for (var s = 0; s < 30; s++)
        {
            var school = TestSnapshot.NewSchool();
            snapshot.Add(school);
            for (var i = 0; i < 5; i++)
            {
                var learner = TestSnapshot.NewLearner($"Pelajar Jeda {s} {i}");
                learners.Add(learner);
                snapshot.Add(school, learner);
            }
        }

        var pusdatin = await app.PusdatinAsync();
        app.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(50);
        string runId;
        try
        {
            runId = await app.StartRunAsync(pusdatin, snapshot.Write());
            var pause = await pusdatin.PostAsync($"/api/v1/runs/{runId}/pause", null);
            Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
            Assert.Equal(RunState.Paused, (await pause.Content.ReadFromJsonAsync<RunStatus>(EmbeddedApp.Json))!.State);
        }
        finally
        {
            app.Emulator.Faults.Latency = TimeSpan.Zero;
        }

        var whilePaused = await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", EmbeddedApp.Json);
        Assert.Equal(RunState.Paused, whilePaused!.State);
        Assert.True(whilePaused.SchoolsDone < 30, $"{whilePaused.SchoolsDone} schools done before the pause took effect");

        var resume = await pusdatin.PostAsync($"/api/v1/runs/{runId}/resume", null);
        Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        var done = await EmbeddedApp.WaitForEndAsync(pusdatin, runId);

        Assert.Equal(RunState.Completed, done.State);
        Assert.Equal(150, done.AccountsCreated);
        foreach (var learner in learners)
        {
            Assert.Equal(AccountStatus.Created, (await AccountAsync(learner)).Status);
        }
    }

    [Fact]
    public async Task Starting_a_run_over_a_missing_folder_is_a_400_that_names_the_folder()
    {
        var pusdatin = await app.PusdatinAsync();
        var missing = Path.Combine(Path.GetTempPath(), $"tidak-ada-{Guid.NewGuid():N}");

        var response = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = missing, dryRun = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(missing, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/pause")]
    [InlineData("/report")]
    public async Task An_unknown_run_is_a_404(string suffix)
    {
        var pusdatin = await app.PusdatinAsync();

        var response = suffix == "/pause"
            ? await pusdatin.PostAsync($"/api/v1/runs/run-tidak-ada{suffix}", null)
            : await pusdatin.GetAsync($"/api/v1/runs/run-tidak-ada{suffix}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_started_run_is_listed()
    {
        var school = TestSnapshot.NewSchool();
        var pusdatin = await app.PusdatinAsync();
        var runId = await app.StartRunAsync(pusdatin, new TestSnapshot().Add(school).Add(school, TestSnapshot.NewLearner("Listya Daftar")).Write());

        var runs = await pusdatin.GetFromJsonAsync<List<RunStatus>>("/api/v1/runs", EmbeddedApp.Json);

        Assert.Contains(runs!, r => r.RunId == runId);
    }

    [Fact]
    public async Task A_run_brings_its_snapshots_operators_and_the_next_run_removes_those_gone()
    {
        var school = TestSnapshot.NewSchool();
        var (kept, gone) = ($"tetap.{school.Npsn}@sekolah.id", $"pergi.{school.Npsn}@sekolah.id");
        var pusdatin = await app.PusdatinAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(kept, "Tetap#Operator7"));

        var first = new TestSnapshot().Add(school).AddOperator(school, kept, "Tetap#Operator7").AddOperator(school, gone, "Pergi#Operator7");
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, first.Write()));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(kept, "Tetap#Operator7"));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(gone, "Pergi#Operator7"));

        var second = new TestSnapshot().Add(school).AddOperator(school, kept, "Tetap#Operator7");
        await EmbeddedApp.WaitForEndAsync(pusdatin, await app.StartRunAsync(pusdatin, second.Write()));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(kept, "Tetap#Operator7"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(gone, "Pergi#Operator7"));
    }

    private async Task<HttpStatusCode> SignInStatusAsync(string username, string password)
    {
        using var http = app.Factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        return response.StatusCode;
    }

    private async Task<AccountView> AccountAsync(Learner learner) =>
        await app.Grains.GetGrain<IAccountGrain>(learner.AccountKey).GetAsync() ?? throw new InvalidOperationException($"no account {learner.AccountKey}");
}
