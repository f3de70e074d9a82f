using System.Net;
using System.Net.Http.Json;
using System.Text;
using Belajar.Abstractions.Runs;
using Belajar.TestSupport;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>Issue 6 end to end over the sample: an operator downloads the school's accounts and every person signs in to Google.</summary>
public sealed class SampleEndToEndTests(SampleApp app) : IClassFixture<SampleApp>
{
    [Fact]
    public async Task Every_downloaded_account_signs_in_at_google_must_change_its_password_and_a_reset_password_works()
    {
        var secrets = new List<string>();
        var (username, password, npsn) = FirstOperatorWithLearners();
        secrets.Add(password);
        var operatorClient = await app.SignedInAsync(username, password);
        secrets.Add(operatorClient.DefaultRequestHeaders.Authorization!.Parameter!);

        var download = await operatorClient.GetAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var rows = ParseCsv(bytes);
        Assert.NotEmpty(rows);
        using var google = app.EmulatorHttp;
        foreach (var row in rows)
        {
            Assert.False(string.IsNullOrEmpty(row["password"]), $"{row["user_id"]} has no initial password");
            secrets.Add(row["password"]);
            var signIn = await google.PostAsJsonAsync("/emulator/signin", new { email = row["user_id"], password = row["password"] });
            Assert.True(signIn.StatusCode == (HttpStatusCode)428, $"{row["user_id"]}: {signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
        }

        var first = rows[0];
        var changed = await google.PostAsJsonAsync("/emulator/signin", new { email = first["user_id"], password = first["password"], newPassword = "PasswordBaru#2026", acceptTerms = true });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var target = rows[^1];
        var reset = await operatorClient.PostAsync($"/api/v1/schools/{npsn}/accounts/{target["user_id"]}/reset-password", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var newPassword = (await reset.Content.ReadFromJsonAsync<ResetAnswer>())!.Password;
        secrets.Add(newPassword);
        Assert.NotEqual(target["password"], newPassword);
        var again = ParseCsv(await operatorClient.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv"));
        Assert.Equal(newPassword, again.Single(r => r["user_id"] == target["user_id"])["password"]); // the reset reaches the next download
        Assert.Equal(rows.Count, again.Count);
        var oldOne = await google.PostAsJsonAsync("/emulator/signin", new { email = target["user_id"], password = target["password"] });
        var newOne = await google.PostAsJsonAsync("/emulator/signin", new { email = target["user_id"], password = newPassword, newPassword = "PasswordBaru#2027", acceptTerms = true });
        Assert.Equal(HttpStatusCode.Unauthorized, oldOne.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newOne.StatusCode);

        AssertNoSecretInLogs(secrets);
    }

    [Fact]
    public async Task A_reset_is_refused_with_409_once_the_person_has_signed_in_at_google_before_any_sync_saw_it()
    {
        var (username, password, npsn) = OperatorsWithLearners().Skip(1).First();
        var operatorClient = await app.SignedInAsync(username, password);
        var rows = ParseCsv(await operatorClient.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv"));
        var learner = rows[0];
        using var google = app.EmulatorHttp;
        var changed = await google.PostAsJsonAsync("/emulator/signin", new { email = learner["user_id"], password = learner["password"], newPassword = "PasswordSendiri#2026", acceptTerms = true });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var reset = await operatorClient.PostAsync($"/api/v1/schools/{npsn}/accounts/{learner["user_id"]}/reset-password", null);

        Assert.Equal(HttpStatusCode.Conflict, reset.StatusCode);
        var problem = await reset.Content.ReadAsStringAsync();
        Assert.Contains("sudah masuk", problem, StringComparison.Ordinal);
        var own = await google.PostAsJsonAsync("/emulator/signin", new { email = learner["user_id"], password = "PasswordSendiri#2026" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode); // the person's own password still works
        var again = ParseCsv(await operatorClient.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind=peserta-didik&format=csv"));
        var stored = again.Single(r => r["user_id"] == learner["user_id"]);
        Assert.Equal("activated", stored["status"]); // what Google said is stored: the account is activated, its initial password gone
        Assert.Equal("", stored["password"]);
    }

    [Fact]
    public async Task The_sample_run_provisions_every_eligible_person_once()
    {
        var pusdatin = await app.PusdatinAsync();

        var status = await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{app.RunId}", EmbeddedApp.Json);

        Assert.Equal(RunState.Completed, status!.State);
        Assert.True(status.AccountsEligible > 100, $"{status.AccountsEligible} eligible");
        Assert.Equal(status.AccountsEligible, status.AccountsCreated + status.AccountsFailed);
        var ours = app.Emulator.Users.Where(u => u.ExternalIds.Count > 0).ToList();
        Assert.Equal(status.AccountsCreated, ours.Count);
        // one Google user per account: a PTK who is also the school's operator has a teacher's and an admin's account, told
        // apart by the external id's custom type (dapodik-guru, dapodik-adm) with the same Dapodik id as value
        Assert.All(ours, u => Assert.Equal("custom", u.ExternalIds[0].Type));
        Assert.All(ours.GroupBy(u => (u.ExternalIds[0].CustomType, u.ExternalIds[0].Value)), account => Assert.Single(account));
        Assert.All(ours.GroupBy(u => u.ExternalIds[0].Value), person =>
            Assert.Equal(person.Count(), person.Select(u => u.PrimaryEmail.Split('@')[1].Split('.')[0]).Distinct().Count()));
    }

    private void AssertNoSecretInLogs(List<string> secrets)
    {
        var logs = app.Logs.Text;
        Assert.Contains("Belajar", logs, StringComparison.Ordinal);
        foreach (var secret in secrets.Append(EmbeddedApp.PusdatinPassword))
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"a secret of {secret.Length} characters is in the log");
        }

        foreach (var nik in app.Read("peserta_didik.csv").Concat(app.Read("ptk.csv")).Select(r => r["nik"]).Where(n => n.Length == 16))
        {
            Assert.False(logs.Contains(nik, StringComparison.Ordinal), $"the NIK {nik[..4]}******** is in the log");
        }
    }

    private (string Username, string Password, string Npsn) FirstOperatorWithLearners() => OperatorsWithLearners().First();

    private IEnumerable<(string Username, string Password, string Npsn)> OperatorsWithLearners()
    {
        var passwords = app.Read("operator-passwords.csv").ToDictionary(r => r["username"], r => r["password"]);
        var npsnBySchool = app.Read("sekolah.csv").ToDictionary(r => r["sekolah_id"], r => r["npsn"]);
        var schoolsWithLearners = app.Read("peserta_didik.csv").Select(r => r["sekolah_id"]).ToHashSet();
        return app.Read("pengguna.csv")
            .Where(r => r["peran"] == "operator" && passwords.ContainsKey(r["username"]) && schoolsWithLearners.Contains(r["sekolah_id"])
                && npsnBySchool.ContainsKey(r["sekolah_id"]))
            .Select(op => (Username: op["username"], Password: passwords[op["username"]], Npsn: npsnBySchool[op["sekolah_id"]]))
            .DistinctBy(op => op.Npsn); // one operator per school, so that tests on different schools do not meet
    }

    private static List<Dictionary<string, string>> ParseCsv(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a UTF-8 BOM");
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.Equal("nama,nisn_nuptk,peran,tingkat,rombel,user_id,password,status", string.Join(',', reader.Header.ColNames));
        return CsvRows.Read(reader);
    }

    private sealed record ResetAnswer(string UserId, string Password);
}
