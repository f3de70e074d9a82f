using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Belajar.Directory;
using Belajar.Directory.Emulator;
using Google.Apis.Auth.OAuth2;

namespace Belajar.Benchmarks;

/// <summary>
/// Users inserted per second through the emulator's batch endpoint (1,000 calls per request, 4 requests in flight),
/// sent by the project's client (<see cref="DirectoryGateway.InsertUsersBatchAsync"/>) and, side by side, by a raw
/// <see cref="HttpClient"/> posting pre-built batch bodies of the same shape: the raw figure is the emulator's capacity,
/// the difference per call is the client's overhead.
/// </summary>
public sealed class DirectoryBatchBenchmark : IBenchmark
{
    private const int Concurrency = 4;
    private const int BatchSize = 1000;

    public string Name => "directory-batch";

    public async Task RunAsync(BenchmarkContext context)
    {
        var users = context.Smoke ? 2_000 : 40_000;
        var rounds = context.Smoke ? 1 : 3;
        await using var emulator = await DirectoryEmulator.StartAsync(new EmulatorOptions());
        var options = new DirectoryOptions
        {
            BaseUri = emulator.BaseUri.ToString(),
            ServiceAccountKeyJson = emulator.ServiceAccountKeyJson,
            AdminEmail = emulator.AdminEmail,
            BatchSize = int.TryParse(Environment.GetEnvironmentVariable("BENCH_BATCH"), out var b) ? b : 1000,
        };
        using var service = DirectoryServiceFactory.Create(options);
        var gateway = new DirectoryGateway(service, options);
        var token = await ((ITokenAccess)service.HttpClientInitializer).GetAccessTokenForRequestAsync();
        using var raw = new HttpClient();
        raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await RunClientAsync(gateway, Users("warm", 2_000));
        await RunRawAsync(raw, emulator.BaseUri, Bodies(emulator.BaseUri, Users("warmraw", 2_000)));
        double rawBest = 0, clientBest = 0;
        for (var round = 0; round < rounds; round++)
        {
            emulator.Reset();
            var bodies = Bodies(emulator.BaseUri, Users($"r{round}", users));
            var rawTime = await RunRawAsync(raw, emulator.BaseUri, bodies);
            emulator.Reset();
            var clientUsers = Users($"c{round}", users);
            var clientTime = await RunClientAsync(gateway, clientUsers);
            if (emulator.Users.Count != users)
            {
                throw new InvalidOperationException($"Expected {users} users, the emulator holds {emulator.Users.Count}.");
            }

            rawBest = Math.Max(rawBest, users / rawTime.TotalSeconds);
            clientBest = Math.Max(clientBest, users / clientTime.TotalSeconds);
            context.Output.WriteLine($"round {round}: raw {users / rawTime.TotalSeconds:N0}/s, client {users / clientTime.TotalSeconds:N0}/s");
        }

        // Google.Apis' own BatchRequest, on fewer users: its answer parsing re-copies the rest of the body for every part.
        var googleUsers = context.Smoke ? 1_000 : 3_000;
        emulator.Reset();
        var googleTime = await RunGoogleBatchAsync(service, Users("g", googleUsers));
        var googleRate = googleUsers / googleTime.TotalSeconds;

        context.Report($"emulator batch inserts, raw HttpClient ({users:N0} users, best of {rounds})", rawBest, "users/s");
        context.Report("same through DirectoryGateway (DirectoryBatch, 4 in flight)", clientBest, "users/s");
        context.Report("client / raw throughput", clientBest / rawBest, "x");
        context.Report("client overhead per call", (1 / clientBest - 1 / rawBest) * 1e6, "µs");
        context.Report($"Google.Apis BatchRequest, 1,000 calls a request ({googleUsers:N0} users, sequential)", googleRate, "users/s");
        context.Report("BatchRequest overhead per call", (1 / googleRate - 1 / rawBest) * 1e6, "µs");
    }

    private static List<User> Users(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new User
        {
            PrimaryEmail = $"{prefix}.{i}@belajar.id",
            Name = new UserName { GivenName = "Siti", FamilyName = "Rahma" },
            Password = "Rahasia-123",
            ChangePasswordAtNextLogin = true,
            OrgUnitPath = "/",
            ExternalIds = [new UserExternalId { Value = $"{prefix}-{i}", Type = "organization" }],
            Organizations = [new UserOrganization { Name = "SDN 1 Contoh", CostCenter = "20100001", Primary = true }],
        }).ToList();

    private static async Task<TimeSpan> RunClientAsync(DirectoryGateway gateway, List<User> users)
    {
        var watch = Stopwatch.StartNew();
        var slices = users.Chunk(BatchSize).Select((chunk, i) => (chunk, i)).GroupBy(x => x.i % Concurrency, x => x.chunk);
        await Task.WhenAll(slices.Select(async slice =>
        {
            foreach (var chunk in slice)
            {
                var results = await gateway.InsertUsersBatchAsync(chunk, default);
                if (results.Any(r => !r.Succeeded))
                {
                    throw new InvalidOperationException(results.First(r => !r.Succeeded).Error?.Message);
                }
            }
        }));
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RunGoogleBatchAsync(DirectoryService service, List<User> users)
    {
        var watch = Stopwatch.StartNew();
        foreach (var chunk in users.Chunk(BatchSize))
        {
            var failed = 0;
            var batch = new Google.Apis.Requests.BatchRequest(service, service.BatchUri);
            foreach (var user in chunk)
            {
                batch.Queue<User>(service.Users.Insert(user), (_, error, _, _) => failed += error is null ? 0 : 1);
            }

            await batch.ExecuteAsync();
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} calls of a Google.Apis batch failed.");
            }
        }

        return watch.Elapsed;
    }

    private static List<(string Boundary, byte[] Body)> Bodies(Uri baseUri, List<User> users)
    {
        var serializer = Google.Apis.Json.NewtonsoftJsonSerializer.Instance;
        return users.Chunk(BatchSize).Select(chunk =>
        {
            var boundary = Guid.NewGuid().ToString();
            var sb = new StringBuilder();
            foreach (var user in chunk)
            {
                var json = serializer.Serialize(user);
                sb.Append("--").Append(boundary).Append("\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nPOST ")
                    .Append(baseUri).Append("admin/directory/v1/users\nContent-Type: application/json; charset=utf-8\nContent-Length: ")
                    .Append(Encoding.UTF8.GetByteCount(json)).Append("\n\n").Append(json).Append('\n');
            }

            sb.Append("--").Append(boundary).Append("--");
            return (boundary, Encoding.UTF8.GetBytes(sb.ToString()));
        }).ToList();
    }

    private static async Task<TimeSpan> RunRawAsync(HttpClient http, Uri baseUri, List<(string Boundary, byte[] Body)> bodies)
    {
        var batchUri = new Uri(baseUri, "batch/admin/directory_v1");
        var watch = Stopwatch.StartNew();
        var slices = bodies.Select((body, i) => (body, i)).GroupBy(x => x.i % Concurrency, x => x.body);
        await Task.WhenAll(slices.Select(async slice =>
        {
            foreach (var (boundary, body) in slice)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary=\"{boundary}\"");
                using var response = await http.PostAsync(batchUri, content);
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || text.Contains("HTTP/1.1 4", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Raw batch failed: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
                }
            }
        }));
        return watch.Elapsed;
    }
}
