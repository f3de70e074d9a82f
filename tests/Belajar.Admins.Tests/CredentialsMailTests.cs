using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ICSharpCode.SharpZipLib.Zip;
using MimeKit;

namespace Belajar.Admins.Tests;

[Collection(AdminsCollection.Name)]
public sealed class CredentialsMailTests(AdminsApi api)
{
    private const string Nik = "3201011508850001";

    [Fact]
    public async Task Approval_mails_an_aes_zip_that_opens_with_the_nik_and_the_code_only_and_whose_credentials_sign_in_at_google_and_here_after_a_change()
    {
        var ids = await api.NominateAsync("dinas-kab2", "020200", ("Budi Santoso", Nik, "budi@dinas.example.go.id"));

        var approve = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var sent = await approve.Content.ReadFromJsonAsync<JsonElement>();
        var userId = sent.GetProperty("userId").GetString()!;
        var code = sent.GetProperty("zipPasswordCode").GetString()!; // the stronger ZIP password is the default
        Assert.Equal(8, code.Length);
        Assert.EndsWith("@dikbud.belajar.id", userId, StringComparison.Ordinal);
        var zip = Attachment(api.Mail.To("budi@dinas.example.go.id")!);
        Assert.Throws<ZipException>(() => ReadCsv(zip, "3201011508850002" + code));
        Assert.Throws<ZipException>(() => ReadCsv(zip, Nik)); // the NIK alone does not open it
        var csv = ReadCsv(zip, Nik + code);
        var row = csv.Split("\r\n")[1].Split(',');
        Assert.Equal(userId, row[0]);
        using var google = new HttpClient();
        var signIn = await google.PostAsJsonAsync(new Uri(api.Emulator.BaseUri, "emulator/signin"), new { email = row[0], password = row[1] });
        Assert.Equal((HttpStatusCode)428, signIn.StatusCode);
        var wrong = await google.PostAsJsonAsync(new Uri(api.Emulator.BaseUri, "emulator/signin"), new { email = row[0], password = row[1] + "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var mailed = await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/token", new { username = row[0], password = row[1] });
        Assert.Equal((HttpStatusCode)428, mailed.StatusCode); // the mailed password must be changed before any token
        Assert.Contains("/api/v1/auth/change-password", await mailed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooShort = await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/change-password", new { username = row[0], password = row[1], newPassword = "pendek" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var wrongCurrent = await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/change-password", new { username = row[0], password = row[1] + "x", newPassword = "Sandi-Pilihan-Sendiri-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCurrent.StatusCode);
        var change = await api.SendAsync(null, HttpMethod.Post, "/api/v1/auth/change-password", new { username = row[0], password = row[1], newPassword = "Sandi-Pilihan-Sendiri-1" });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Null(await api.SignInAsync(row[0], row[1]));
        var token = await api.SignInAsync(row[0], "Sandi-Pilihan-Sendiri-1");
        Assert.NotNull(token);
        Assert.Equal(HttpStatusCode.OK, (await api.SendWithTokenAsync(token, HttpMethod.Get, "/api/v1/regions/020200/admins")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.SendWithTokenAsync(token, HttpMethod.Get, "/api/v1/regions/020100/admins")).StatusCode);
        Assert.Single(api.Emulator.Store.Assignments, a => a.AssignedTo == api.Emulator.FindUser(userId)!.Id && a.ScopeType == "ORG_UNIT");
    }

    [Fact]
    public async Task A_failed_mail_is_audited_and_a_resend_mails_a_new_password_that_works_then_the_nik_is_dropped()
    {
        const string nik = "3201014107900005";
        var ids = await api.NominateAsync("dinas-kab2", "020200", ("Rina Wati", nik, "rina@dinas.example.go.id"));
        api.Mail.Refusing = true;
        HttpResponseMessage approve;
        try
        {
            approve = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");
        }
        finally
        {
            api.Mail.Refusing = false;
        }

        Assert.Equal(HttpStatusCode.BadGateway, approve.StatusCode);
        Assert.Contains($"/api/v1/admin-nominations/{ids[0]}/resend", await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var log = await (await api.SendAsync("pusdatin", HttpMethod.Get, "/api/v1/audit?limit=1000")).Content.ReadAsStringAsync();
        Assert.Contains("admin-credentials-mail-failed", log, StringComparison.Ordinal);
        Assert.Null(api.Mail.To("rina@dinas.example.go.id"));
        Assert.Equal(HttpStatusCode.Forbidden, (await api.SendAsync("dinas-kab2", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/resend")).StatusCode);

        var resend = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/resend");

        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        var code = (await resend.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zipPasswordCode").GetString()!;
        var row = ReadCsv(Attachment(api.Mail.To("rina@dinas.example.go.id")!), nik + code).Split("\r\n")[1].Split(',');
        using var google = new HttpClient();
        var signIn = await google.PostAsJsonAsync(new Uri(api.Emulator.BaseUri, "emulator/signin"), new { email = row[0], password = row[1] });
        Assert.Equal((HttpStatusCode)428, signIn.StatusCode); // the resent password is the one Google has
        var again = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/resend");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // mailed: the NIK is no longer kept, a reissue asks for it
        Assert.Contains("reissue", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retried_approval_that_adopts_the_user_an_earlier_attempt_made_sets_the_mailed_password_on_it()
    {
        const string nik = "3201015007900006";
        var ids = await api.NominateAsync("dinas-kab3", "020300", ("Ulang Coba", nik, "ulang@dinas.example.go.id"));
        var address = Belajar.Grains.Admins.AdminAddresses.For("Ulang Coba", "020300", "dikbud.belajar.id", 1);
        Assert.True(api.Emulator.Store.TryAdd(new Belajar.Directory.Emulator.EmulatedUser
        {
            Id = api.Emulator.Store.NewId(), PrimaryEmail = address, GivenName = "Ulang", FamilyName = "Coba",
            Password = "Sandi-Percobaan-Lama-1", ChangePasswordAtNextLogin = true, // an earlier attempt's password, never mailed
            ExternalIds = [new Belajar.Directory.Emulator.ExternalIdResource { Type = "organization", Value = $"admin-{ids[0]}" }],
        }));

        var approve = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");

        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var sent = await approve.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(address, sent.GetProperty("userId").GetString());
        var row = ReadCsv(Attachment(api.Mail.To("ulang@dinas.example.go.id")!), nik + sent.GetProperty("zipPasswordCode").GetString()).Split("\r\n")[1].Split(',');
        using var google = new HttpClient();
        var signIn = await google.PostAsJsonAsync(new Uri(api.Emulator.BaseUri, "emulator/signin"), new { email = row[0], password = row[1] });
        Assert.Equal((HttpStatusCode)428, signIn.StatusCode); // the mailed password is the one Google has (must change)
    }

    [Fact]
    public async Task The_credentials_zip_is_aes_256_and_7z_opens_it_with_the_nik_and_not_with_another()
    {
        if (!File.Exists("/usr/bin/7z"))
        {
            Assert.Fail("7z is absent: install Debian's p7zip-full (test.sh does) to run this test.");
        }

        const string nik = "3201015508850003";
        var ids = await api.NominateAsync("dinas-kab3", "020300", ("Siti Aminah", nik, "siti@dinas.example.go.id"));
        var approved = await api.SendAsync("pusdatin", HttpMethod.Post, $"/api/v1/admin-nominations/{ids[0]}/approve");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var secret = nik + (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("zipPasswordCode").GetString();
        var path = Path.Combine(Path.GetTempPath(), $"admin-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, Attachment(api.Mail.To("siti@dinas.example.go.id")!));
        try
        {
            var (listed, technical) = await SevenZipAsync($"l -slt -p{secret} {path}");
            Assert.Equal(0, listed);
            Assert.Contains("AES-256", technical, StringComparison.Ordinal);
            Assert.Equal(0, (await SevenZipAsync($"t -p{secret} {path}")).ExitCode);
            Assert.NotEqual(0, (await SevenZipAsync($"t -p{nik} {path}")).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Attachment(MimeMessage message)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("akun-admin-wilayah.zip", part.FileName);
        using var buffer = new MemoryStream();
        part.Content!.DecodeTo(buffer);
        return buffer.ToArray();
    }

    private static string ReadCsv(byte[] zip, string password)
    {
        using var file = new ZipFile(new MemoryStream(zip)) { Password = password };
        var entry = Assert.Single(file.Cast<ZipEntry>());
        Assert.Equal(256, entry.AESKeySize);
        using var reader = new StreamReader(file.GetInputStream(entry), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<(int ExitCode, string Output)> SevenZipAsync(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("7z", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true })!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
