using System.Net;
using System.Net.Http.Json;

namespace Belajar.Directory.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task A_wrong_password_or_unknown_email_is_401()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(h, "a@belajar.id", "Salah-12345", "Baru-12345", true));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(h, "nobody@belajar.id", "Rahasia-123", "Baru-12345", true));
    }

    [Fact]
    public async Task A_suspended_user_is_403()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        await h.Gateway.PatchUserAsync("a@belajar.id", new User { Suspended = true }, default);

        Assert.Equal(HttpStatusCode.Forbidden, await SignInAsync(h, "a@belajar.id", "Rahasia-123", "Baru-12345", true));
    }

    [Fact]
    public async Task Without_the_required_new_password_or_terms_it_is_428_and_not_a_sign_in()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        Assert.Equal((HttpStatusCode)428, await SignInAsync(h, "a@belajar.id", "Rahasia-123", null, true));
        Assert.Equal((HttpStatusCode)428, await SignInAsync(h, "a@belajar.id", "Rahasia-123", "Baru-12345", false));

        var user = (await h.Gateway.GetUserAsync("a@belajar.id", default))!;
        Assert.Equal("1970-01-01T00:00:00.000Z", user.LastLoginTime);
        Assert.False(user.AgreedToTerms);
        Assert.True(user.ChangePasswordAtNextLogin);
    }

    [Fact]
    public async Task Signing_in_with_a_new_password_and_terms_activates_the_account()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        h.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.OK, await SignInAsync(h, "a@belajar.id", "Rahasia-123", "Baru-12345", true));

        var user = (await h.Gateway.GetUserAsync("a@belajar.id", default))!;
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), user.LastLoginTime);
        Assert.True(user.AgreedToTerms);
        Assert.False(user.ChangePasswordAtNextLogin);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(h, "a@belajar.id", "Rahasia-123", null, false));
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(h, "a@belajar.id", "Baru-12345", null, false));
    }

    [Theory]
    [InlineData("crypt", "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1", "Hello world!")]
    [InlineData("crypt", "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5", "Hello world!")]
    [InlineData("crypt", "$1$abcdefgh$rx.vbJhFQNv3ETyduXAWl/", "Rahasia123")]
    [InlineData("crypt", "$6$rounds=1000$abc$uZziTnlrEM9hBHUTpneVPMiUpHqct.ioseQNcb7Q39eQK4m2fG.noEh0KQKeicPsoYeMARci2sU2lad3MoKeh1", "Rahasia123")]
    [InlineData("SHA-1", "8c3d0dc49b1d1bd6ad2bd1ad8e8d2c9bf8fd5b6f", null)]
    public async Task A_hashed_password_signs_in_with_the_clear_password(string function, string hash, string? clear)
    {
        await using var h = await DirectoryHarness.StartAsync();
        if (function == "SHA-1")
        {
            clear = "Rahasia-123";
            hash = Convert.ToHexString(System.Security.Cryptography.SHA1.HashData("Rahasia-123"u8)).ToLowerInvariant();
        }

        var user = DirectoryHarness.NewUser("a", "pd-1");
        user.Password = hash;
        user.HashFunction = function;
        user.ChangePasswordAtNextLogin = false;
        await h.Gateway.CreateUserAsync(user, default);

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(h, "a@belajar.id", clear + "x", null, true));
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(h, "a@belajar.id", clear!, null, true));
    }

    private static async Task<HttpStatusCode> SignInAsync(DirectoryHarness h, string email, string password, string? newPassword, bool acceptTerms)
    {
        using var response = await h.Http.PostAsJsonAsync(new Uri(h.Emulator.BaseUri, "emulator/signin"), new { email, password, newPassword, acceptTerms });
        return response.StatusCode;
    }
}
