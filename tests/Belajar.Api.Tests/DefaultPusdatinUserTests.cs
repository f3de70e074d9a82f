using System.Net;
using Belajar.Api.Auth;

namespace Belajar.Api.Tests;

public sealed class DefaultPusdatinUserTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"belajar-api-data-{Guid.NewGuid():N}");

    [Fact]
    public async Task Without_configured_users_a_pusdatin_is_created_printed_once_and_kept_in_the_data_folder()
    {
        await using var first = await TestApi.StartAsync(null, users: false);
        var printed = new StringWriter();

        var file = first.App.Services.EnsureDefaultPusdatinUser(_dataFolder, printed);

        var password = File.ReadAllText(file!).Trim();
        Assert.Equal(20, password.Length);
        Assert.Contains(password, printed.ToString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file!));
        }

        Assert.Equal(HttpStatusCode.OK, (await first.SignInAsync(DefaultPusdatinUser.Username, password)).StatusCode);

        await using var restarted = await TestApi.StartAsync(null, users: false);
        var printedAgain = new StringWriter();
        restarted.App.Services.EnsureDefaultPusdatinUser(_dataFolder, printedAgain);

        Assert.DoesNotContain(password, printedAgain.ToString());
        Assert.Contains(file!, printedAgain.ToString());
        Assert.Equal(HttpStatusCode.OK, (await restarted.SignInAsync(DefaultPusdatinUser.Username, password)).StatusCode);
    }

    [Fact]
    public async Task With_configured_users_no_default_user_is_made()
    {
        await using var api = await TestApi.StartAsync();
        var printed = new StringWriter();

        var file = api.App.Services.EnsureDefaultPusdatinUser(_dataFolder, printed);

        Assert.Null(file);
        Assert.Equal("", printed.ToString());
        Assert.False(System.IO.Directory.Exists(_dataFolder));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync(DefaultPusdatinUser.Username, "anything-at-all")).StatusCode);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_dataFolder))
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
