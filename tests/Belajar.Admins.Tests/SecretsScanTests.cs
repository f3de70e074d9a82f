using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Belajar.Abstractions.Runs;
using Belajar.LocalServices;
using Belajar.TestSupport;
using ICSharpCode.SharpZipLib.Zip;
using MimeKit;
using nietras.SeparatedValues;
using Npgsql;

namespace Belajar.Admins.Tests;

/// <summary>
/// After a run of the sample snapshot, the operator's downloads, a password reset and an administrator's approval in the
/// PostgreSQL profile, no secret seen during the test (initial and reset passwords, the administrator's password and ZIP
/// code, NIKs, access tokens, the configured keys and passwords) is in the silo's or the api's log, in any text, json or
/// bytea column of any table of the database, or in <c>/metrics</c>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SecretsScanTests(PostgresFixture postgres)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task No_password_nik_token_or_key_seen_in_the_test_is_in_the_logs_the_database_or_the_metrics()
    {
        await using var app = await PostgresProfileApp.StartAsync(postgres);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal); // secret → what it is
        void Add(string kind, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                secrets.TryAdd(value, kind);
            }
        }

        foreach (var secret in app.ConfiguredSecrets)
        {
            Add("a configured key or password", secret);
        }

        var sample = Belajar.DevHost.Embedded.SampleSnapshot.Find()!;
        foreach (var file in new[] { "peserta_didik.csv", "ptk.csv" })
        {
            CsvRows.FromFile(Path.Combine(sample, file)).ForEach(r => Add($"a NIK of {file}", r["nik"]));
        }

        var operatorPasswords = CsvRows.FromFile(Path.Combine(sample, "operator-passwords.csv")).ToDictionary(r => r["username"], r => r["password"]);
        operatorPasswords.Values.ToList().ForEach(p => Add("an operator's password", p));

        // a run
        var (pusdatin, pusdatinToken) = await app.SignedInAsync(PostgresProfileApp.Pusdatin, PostgresProfileApp.Password);
        Add("Pusdatin's token", pusdatinToken);
        var start = await pusdatin.PostAsJsonAsync("/api/v1/runs", new { snapshotPath = sample, dryRun = false });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var runId = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        var run = await Poll.UntilAsync(
            async () => (await pusdatin.GetFromJsonAsync<RunStatus>($"/api/v1/runs/{runId}", Json))!,
            s => s.State is not (RunState.Running or RunState.Paused), TimeSpan.FromSeconds(120), $"run {runId} to end");
        Assert.Equal(RunState.Completed, run.State);

        // the operator's downloads
        var (user, npsn) = FirstOperator(sample, operatorPasswords);
        var (operatorClient, operatorToken) = await app.SignedInAsync(user, operatorPasswords[user]);
        Add("an operator's token", operatorToken);
        var learners = new List<Dictionary<string, string>>();
        foreach (var kind in new[] { "peserta-didik", "ptk", "admin" })
        {
            var rows = Csv(await operatorClient.GetByteArrayAsync($"/api/v1/schools/{npsn}/accounts?kind={kind}&format=csv"));
            rows.ForEach(r => Add("an initial password", r["password"]));
            if (kind == "peserta-didik")
            {
                learners = rows;
            }
        }

        Assert.NotEmpty(learners);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync($"/api/v1/schools/{npsn}/accounts/all")).StatusCode);

        // a reset
        var reset = await operatorClient.PostAsync($"/api/v1/schools/{npsn}/accounts/{learners[0]["user_id"]}/reset-password", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Add("a reset password", (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString());

        // an administrator's nomination and approval
        const string nik = "3201011505800099";
        Add("the nominee's NIK", nik);
        var (dinas, dinasToken) = await app.SignedInAsync(PostgresProfileApp.Dinas, PostgresProfileApp.Password);
        Add("the Dinas' token", dinasToken);
        var nominated = await dinas.PostAsJsonAsync($"/api/v1/regions/{PostgresProfileApp.Kabupaten}/admin-nominations",
            new { nominees = new[] { new { fullName = "Rahasia Terjaga", nik, email = "rahasia@example.go.id" } } });
        Assert.True(nominated.IsSuccessStatusCode, await nominated.Content.ReadAsStringAsync());
        var nominationId = (await nominated.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("nominationId").GetString();
        var approved = await pusdatin.PostAsync($"/api/v1/admin-nominations/{nominationId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var code = (await approved.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("zipPasswordCode", out var c) ? c.GetString() : null;
        Add("the ZIP code shown to Pusdatin", code);
        Add("the administrator's password", AdminPassword(app.Mail.To("rahasia@example.go.id")!, nik + code));

        var places = new Dictionary<string, string>
        {
            ["the api's log"] = app.ApiLogs.Text,
            ["the silo's log"] = PostgresProfileApp.SiloLogs.Text,
            ["/metrics"] = await app.Api.CreateClient().GetStringAsync("/metrics"),
        };
        foreach (var (column, text) in await DatabaseTextAsync(app.Database))
        {
            places[column] = text;
        }

        Assert.Contains(places.Keys, k => k.StartsWith("public.orleans_storage.", StringComparison.Ordinal)); // grain state is scanned
        Assert.Contains(places.Keys, k => k.StartsWith("public.belajar_audit_log.", StringComparison.Ordinal));
        var found = (from place in places
                     from secret in secrets
                     where Forms(secret.Key).Any(f => place.Value.Contains(f, StringComparison.Ordinal))
                     select $"{secret.Value} ({secret.Key[..Math.Min(4, secret.Key.Length)]}…) in {place.Key}: {Around(place.Value, secret.Key)}").ToList();
        Assert.True(found.Count == 0, "Secrets found:\n" + string.Join("\n", found));
        Assert.True(secrets.Count > 400, $"the test saw the sample's secrets ({secrets.Count})");
    }

    /// <summary>The text around a found secret (the secret itself masked), to tell where it leaked from.</summary>
    private static string Around(string text, string secret)
    {
        var at = Forms(secret).Select(f => text.IndexOf(f, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).First();
        var start = Math.Max(0, at - 300);
        return text[start..Math.Min(text.Length, at + secret.Length + 100)].Replace(secret, "«secret»", StringComparison.Ordinal);
    }

    /// <summary>A secret as written raw and as a JSON string escapes it.</summary>
    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        var escaped = JsonSerializer.Serialize(secret)[1..^1];
        if (escaped != secret)
        {
            yield return escaped;
        }
    }

    /// <summary>Every text, json and bytea column of every table (bytea read byte for byte as Latin-1), by <c>table.column</c>.</summary>
    private static async Task<Dictionary<string, string>> DatabaseTextAsync(string connectionString)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        var columns = new List<(string Schema, string Table, string Column, string Type)>();
        await using (var list = source.CreateCommand("""
            select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema not in ('pg_catalog', 'information_schema')
              and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
            """))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (schema, table, column, type) in columns)
        {
            var text = new StringBuilder();
            var cast = type is "json" or "jsonb" ? "::text" : "";
            await using var select = source.CreateCommand($"select \"{column}\"{cast} from \"{schema}\".\"{table}\" where \"{column}\" is not null");
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(type == "bytea" ? Encoding.Latin1.GetString((byte[])reader.GetValue(0)) : reader.GetString(0)).Append('\n');
            }

            texts[$"{schema}.{table}.{column}"] = text.ToString();
        }

        return texts;
    }

    private static (string User, string Npsn) FirstOperator(string sample, Dictionary<string, string> passwords)
    {
        var schools = CsvRows.FromFile(Path.Combine(sample, "sekolah.csv")).ToDictionary(r => r["sekolah_id"], r => r["npsn"]);
        var withLearners = CsvRows.FromFile(Path.Combine(sample, "peserta_didik.csv")).Select(r => r["sekolah_id"]).ToHashSet();
        var row = CsvRows.FromFile(Path.Combine(sample, "pengguna.csv"))
            .First(r => r["peran"] == "operator" && passwords.ContainsKey(r["username"]) && withLearners.Contains(r["sekolah_id"]));
        return (row["username"], schools[row["sekolah_id"]]);
    }

    private static List<Dictionary<string, string>> Csv(byte[] bytes)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        return CsvRows.Read(reader);
    }

    /// <summary>The password in the credentials ZIP of the mail (opened with the NIK and the code, or the NIK alone).</summary>
    private static string AdminPassword(MimeMessage mail, string zipPassword)
    {
        using var buffer = new MemoryStream();
        mail.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(buffer);
        using var zip = new ZipFile(new MemoryStream(buffer.ToArray())) { Password = zipPassword };
        using var entry = new StreamReader(zip.GetInputStream(zip[0]));
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(entry.ReadToEnd().TrimStart('\uFEFF'));
        return CsvRows.Read(reader).Single()["password"];
    }
}
