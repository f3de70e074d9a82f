using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Belajar.Abstractions;
using Belajar.Abstractions.Regions;
using Belajar.Abstractions.Schools;
using ICSharpCode.SharpZipLib.Zip;
using MimeKit;

namespace Belajar.Admins.Tests;

[Collection(AdminsCollection.Name)]
public sealed class DecisionTests(AdminsApi api)
{
    [Fact]
    public async Task A_rejected_nomination_leaves_the_pending_list_keeps_its_reason_and_cannot_be_approved()
    {
        var ids = await api.NominateAsync("dinas-kab", AdminsApi.Kabupaten, ("Tolak Saja", "3201011010900041", "tolak@example.go.id"));
        var pending = await Nominations("Pending");
        Assert.Contains(pending, n => n.GetProperty("nominationId").GetString() == ids[0] && n.GetProperty("maskedNik").GetString() == "3201********0041");

        var reject = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/reject", new { reason = "bukan staf Dinas" });

        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        Assert.DoesNotContain(await Nominations("Pending"), n => n.GetProperty("nominationId").GetString() == ids[0]);
        var rejected = Assert.Single(await Nominations("Rejected"), n => n.GetProperty("nominationId").GetString() == ids[0]);
        Assert.Equal("bukan staf Dinas", rejected.GetProperty("rejectReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.SendAsync("pusdatin", HttpMethod.Get, "/api/v1/admin-nominations?state=Maybe")).StatusCode);
    }

    [Fact]
    public async Task Nomination_approval_rejection_and_revocation_are_audited_with_the_nik_masked()
    {
        const string nik = "3201012303880051";
        var ids = await api.NominateAsync("dinas-kab", AdminsApi.Kabupaten,
            ("Audit Satu", nik, "audit1@example.go.id"), ("Audit Dua", "3201012303880052", "audit2@example.go.id"));
        await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[1]}/reject", new { reason = "cukup satu" });
        var approved = await (await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve")).Content.ReadFromJsonAsync<JsonElement>();
        var adminId = approved.GetProperty("adminId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync("pusdatin", HttpMethod.Delete, $"/api/v1/regions/{AdminsApi.Kabupaten}/admins/{adminId}")).StatusCode);

        var log = await (await api.SendAsync("pusdatin", HttpMethod.Get, "/api/v1/audit?limit=1000")).Content.ReadAsStringAsync();

        foreach (var action in new[] { "admin-nominated", "admin-approved", "admin-rejected", "admin-revoked" })
        {
            Assert.Contains($"\"{action}\"", log, StringComparison.Ordinal);
        }

        Assert.Contains("3201********0051", log, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reissue_sends_a_new_password_in_a_new_mail_and_the_old_one_stops_working()
    {
        const string nik = "3201011111910061";
        var ids = await api.NominateAsync("dinas-prov", AdminsApi.Province, ("Lupa Berkas", nik, "lupa@example.go.id"));
        var approved = await (await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve")).Content.ReadFromJsonAsync<JsonElement>();
        var (userId, first) = Credentials(api.Mail.To("lupa@example.go.id")!, nik + approved.GetProperty("zipPasswordCode").GetString());
        var mails = api.Mail.Messages.Count;

        var wrongNik = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Province}/admins/{approved.GetProperty("adminId").GetString()}/reissue", new { nik = "3201011111910062" });
        var reissue = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Province}/admins/{approved.GetProperty("adminId").GetString()}/reissue", new { nik });

        Assert.Equal(HttpStatusCode.Conflict, wrongNik.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reissue.StatusCode);
        Assert.Equal(mails + 1, api.Mail.Messages.Count);
        var code = (await reissue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zipPasswordCode").GetString();
        var (sameUser, second) = Credentials(api.Mail.To("lupa@example.go.id")!, nik + code);
        Assert.Equal(userId, sameUser);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/token", new { username = userId, password = first })).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/token", new { username = userId, password = second })).StatusCode); // right, but mailed
    }

    [Fact]
    public async Task Region_administrators_see_the_schools_of_their_region_and_a_province_those_of_its_kabupaten()
    {
        var region = api.Grains.GetGrain<IRegionGrain>(GrainKeys.Region("020400"));
        await region.ReportChildAsync(new RegionChild("20400001", "SD Negeri Contoh", new FunnelCounters(10, 9, 8, 7, 6, 0, 1)), "Kab. Contoh", "Prov. Jawa Barat");

        var own = await (await api.SendAsync("dinas-prov", HttpMethod.Get, "/api/v1/regions/020000/schools")).Content.ReadFromJsonAsync<JsonElement>();

        var school = Assert.Single(own.EnumerateArray(), s => s.GetProperty("npsn").GetString() == "20400001");
        Assert.Equal("020400", school.GetProperty("kodeWilayah").GetString());
        Assert.Equal(6, school.GetProperty("counters").GetProperty("activated").GetInt64());
        var other = await (await api.SendAsync("admin-kab", HttpMethod.Get, $"/api/v1/regions/{AdminsApi.Kabupaten}/schools")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(other.EnumerateArray(), s => s.GetProperty("npsn").GetString() == "20400001");
    }

    private async Task<JsonElement[]> Nominations(string state) =>
        [.. (await (await api.SendAsync("pusdatin", HttpMethod.Get, $"/api/v1/admin-nominations?state={state}")).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];

    private static (string UserId, string Password) Credentials(MimeMessage message, string nik)
    {
        using var buffer = new MemoryStream();
        message.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(buffer);
        using var zip = new ZipFile(new MemoryStream(buffer.ToArray())) { Password = nik };
        using var reader = new StreamReader(zip.GetInputStream(zip[0]));
        var row = reader.ReadToEnd().Split("\r\n")[1].Split(',');
        return (row[0], row[1]);
    }
}
