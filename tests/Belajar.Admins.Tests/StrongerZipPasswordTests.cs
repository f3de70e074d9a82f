using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICSharpCode.SharpZipLib.Zip;
using MimeKit;

namespace Belajar.Admins.Tests;

public sealed class StrongerAdminsApi() : AdminsApi(new Dictionary<string, string> { ["RegionalAdmins:StrongerZipPassword"] = "true" });

public sealed class StrongerZipPasswordTests(StrongerAdminsApi api) : IClassFixture<StrongerAdminsApi>
{
    [Fact]
    public async Task In_the_stronger_mode_the_zip_opens_only_with_the_nik_followed_by_the_code_shown_once_to_pusdatin()
    {
        const string nik = "3201010101700071";
        var ids = await api.NominateAsync("dinas-kab", AdminsApi.Kabupaten, ("Kuat Sekali", nik, "kuat@example.go.id"));

        var approve = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var code = (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zipPasswordCode").GetString()!;
        Assert.Equal(8, code.Length);
        using var buffer = new MemoryStream();
        api.Mail.To("kuat@example.go.id")!.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(buffer);
        var zip = buffer.ToArray();
        Assert.Throws<ZipException>(() => Read(zip, nik));
        Assert.StartsWith("user_id,password", Read(zip, nik + code), StringComparison.Ordinal);
    }

    private static string Read(byte[] bytes, string password)
    {
        using var zip = new ZipFile(new MemoryStream(bytes)) { Password = password };
        using var reader = new StreamReader(zip.GetInputStream(zip[0]));
        return reader.ReadToEnd().TrimStart('\uFEFF');
    }
}
