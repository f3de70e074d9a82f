using Belajar.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Belajar.Integration.Tests;

/// <summary>The Orleans categories never log at Trace (message bodies), and otherwise log what the configuration says.</summary>
public sealed class OrleansTraceCapTests
{
    private const string Messaging = "Orleans.Runtime.Messaging.MessageCenter";

    [Fact]
    public void At_the_default_level_orleans_logs_information_and_not_its_debug_records()
    {
        using var logs = Logs(new() { ["Logging:LogLevel:Default"] = "Information" });

        Assert.True(logs.CreateLogger(Messaging).IsEnabled(LogLevel.Information));
        Assert.False(logs.CreateLogger(Messaging).IsEnabled(LogLevel.Debug));
    }

    [Fact]
    public void A_configured_warning_level_for_orleans_holds()
    {
        using var logs = Logs(new() { ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Orleans"] = "Warning" });

        Assert.False(logs.CreateLogger(Messaging).IsEnabled(LogLevel.Information));
        Assert.True(logs.CreateLogger("Belajar.Grains.Schools.SchoolGrain").IsEnabled(LogLevel.Debug));
    }

    [Theory]
    [InlineData("Logging:LogLevel:Default")]
    [InlineData("Logging:LogLevel:Orleans")]
    [InlineData("Logging:LogLevel:Orleans.Runtime.Messaging")]
    [InlineData("Logging:Console:LogLevel:Default")]
    public void Trace_asked_anywhere_gives_orleans_debug_at_most_and_the_rest_trace(string key)
    {
        using var logs = Logs(new() { [key] = "Trace" });

        Assert.False(logs.CreateLogger(Messaging).IsEnabled(LogLevel.Trace));
        Assert.True(logs.CreateLogger(Messaging).IsEnabled(LogLevel.Debug));
        if (key.EndsWith("Default", StringComparison.Ordinal))
        {
            Assert.True(logs.CreateLogger("Belajar.Grains.Schools.SchoolGrain").IsEnabled(LogLevel.Trace));
        }
    }

    private static ILoggerFactory Logs(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        services.AddOrleansTraceCap();
        return services.BuildServiceProvider().GetRequiredService<ILoggerFactory>();
    }
}
