using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICSharpCode.SharpZipLib.Zip;
using MimeKit;

namespace Belajar.Admins.Tests;

public sealed class NikOnlyAdminsApi() : AdminsApi(new Dictionary<string, string> { ["RegionalAdmins:StrongerZipPassword"] = "false" });

public sealed class NikOnlyZipPasswordTests(NikOnlyAdminsApi api) : IClassFixture<NikOnlyAdminsApi>
{
    [Fact]
    public async Task With_the_stronger_mode_turned_off_the_zip_opens_with_the_nik_and_no_code_is_shown()
    {
        const string nik = "3201010101700071";
        var ids = await api.NominateAsync("dinas-kab", AdminsApi.Kabupaten, ("Lemah Sekali", nik, "lemah@example.go.id"));

        var approve = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zipPasswordCode").ValueKind);
        using var buffer = new MemoryStream();
        api.Mail.To("lemah@example.go.id")!.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(buffer);
        using var zip = new ZipFile(new MemoryStream(buffer.ToArray())) { Password = nik };
        using var reader = new StreamReader(zip.GetInputStream(zip[0]));
        Assert.StartsWith("user_id,password", reader.ReadToEnd().TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
