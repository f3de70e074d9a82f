using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Belajar.Admins.Tests;

[Collection(AdminsCollection.Name)]
public sealed class AdminLimitTests(AdminsApi api)
{
    [Fact]
    public async Task Pending_nominations_count_against_the_limit_two_concurrent_approvals_fill_it_and_a_further_nomination_names_the_holders()
    {
        var first = await api.NominateAsync("dinas-lain", AdminsApi.Foreign,
            ("Agus Salim", "3201011201800011", "agus@example.go.id"), ("Dewi Lestari", "3201015201800012", "dewi@example.go.id"));
        var third = await api.SendAsync("dinas-lain", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Foreign}/admin-nominations",
            new { nominees = new[] { new { fullName = "Rudi Hartono", nik = "3201011201800013", email = "rudi@example.go.id" } } });
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("2 usulan yang menunggu keputusan Pusdatin", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var answers = await Task.WhenAll(first.Select(id => api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{id}/approve")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var admins = await (await api.SendAsync("pusdatin", HttpMethod.Get, $"/api/v1/regions/{AdminsApi.Foreign}/admins")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, admins.EnumerateArray().Count(a => a.GetProperty("active").GetBoolean()));

        var fourth = await api.SendAsync("dinas-lain", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Foreign}/admin-nominations",
            new { nominees = new[] { new { fullName = "Lain Orang", nik = "3201011201800014", email = "lain@example.go.id" } } });
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        var detail = await fourth.Content.ReadAsStringAsync();
        foreach (var admin in admins.EnumerateArray())
        {
            Assert.Contains(admin.GetProperty("fullName").GetString()!, detail, StringComparison.Ordinal);
        }

        var revoked = admins.EnumerateArray().First();
        var revoke = await api.SendAsync("pusdatin", HttpMethod.Delete, $"/api/v1/regions/{AdminsApi.Foreign}/admins/{revoked.GetProperty("adminId").GetString()}");
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.True(api.Emulator.FindUser(revoked.GetProperty("userId").GetString()!)!.Suspended);
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync("dinas-lain", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Foreign}/admin-nominations",
            new { nominees = new[] { new { fullName = "Lain Orang", nik = "3201011201800014", email = "lain@example.go.id" } } })).StatusCode);
    }

    [Fact]
    public async Task The_same_nik_twice_in_a_region_is_refused()
    {
        await api.NominateAsync("dinas-prov", AdminsApi.Province, ("Ani Yudhoyono", "3201014402790021", "ani@example.go.id"));

        var again = await api.SendAsync("dinas-prov", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Province}/admin-nominations",
            new { nominees = new[] { new { fullName = "Ani Lain", nik = "3201014402790021", email = "ani2@example.go.id" } } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var detail = await again.Content.ReadAsStringAsync();
        Assert.Contains("3201********0021", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("3201014402790021", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("320101150885001", "16 angka")]
    [InlineData("32010115088500a1", "16 angka")]
    [InlineData("9901011508850001", "kode provinsi 99")]
    [InlineData("3200011508850001", "tidak boleh 00")]
    [InlineData("3201013202850001", "bukan tanggal yang benar")]
    [InlineData("3201017202850001", "bukan tanggal yang benar")]
    [InlineData("3201011508850000", "nomor urut tidak boleh 0000")]
    public async Task A_bad_nik_is_refused_with_what_is_wrong(string nik, string expected)
    {
        var response = await api.SendAsync("dinas-kab", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Kabupaten}/admin-nominations",
            new { nominees = new[] { new { fullName = "Contoh Nama", nik, email = "contoh@example.go.id" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("")]
    public async Task A_bad_email_is_refused(string email)
    {
        var response = await api.SendAsync("dinas-kab", HttpMethod.Post, $"/api/v1/regions/{AdminsApi.Kabupaten}/admin-nominations",
            new { nominees = new[] { new { fullName = "Contoh Nama", nik = "3201011508850031", email } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("email", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
