using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Belajar.Hosting;

/// <summary>The <c>Orleans</c> configuration section: cluster identity and endpoints.</summary>
public sealed partial class BelajarOrleansOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string Section = "Orleans";

    /// <summary>Identifies one deployment of the cluster; silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "belajar";

    /// <summary>Identifies the service across deployments; grain state and reminders are keyed by it.</summary>
    public string ServiceId { get; set; } = "belajar";

    /// <summary>Silo-to-silo port; a free port is chosen when not set.</summary>
    public int? SiloPort { get; set; }

    /// <summary>Client gateway port; a free port is chosen when not set.</summary>
    public int? GatewayPort { get; set; }

    /// <summary>The address other silos and clients use to reach this silo; Orleans picks one when not set.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>
    /// Reads the <c>Orleans</c> section and fails with every problem named when it is invalid
    /// (<see cref="BelajarOrleansOptionsValidator"/>). Earlier than start-up: the host needs the ports to be built at all.
    /// </summary>
    public static BelajarOrleansOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<BelajarOrleansOptions>() ?? new();
        var result = new BelajarOrleansOptionsValidator(BelajarProfile.ConnectionString(configuration)).Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Section, typeof(BelajarOrleansOptions), result.Failures);
        }

        return options;
    }
}

/// <summary>
/// Refuses <see cref="BelajarOrleansOptions"/> (and the <c>ConnectionStrings:Belajar</c> they go with) that cannot form a cluster,
/// naming the setting and what to write instead.
/// </summary>
public sealed partial class BelajarOrleansOptionsValidator(string? connectionString) : IValidateOptions<BelajarOrleansOptions>
{
    public ValidateOptionsResult Validate(string? name, BelajarOrleansOptions options)
    {
        var problems = new List<string>();
        CheckId(problems, nameof(options.ClusterId), options.ClusterId);
        CheckId(problems, nameof(options.ServiceId), options.ServiceId);
        CheckPort(problems, nameof(options.SiloPort), options.SiloPort);
        CheckPort(problems, nameof(options.GatewayPort), options.GatewayPort);
        if (options.SiloPort is not null && options.SiloPort == options.GatewayPort)
        {
            problems.Add($"Orleans:SiloPort and Orleans:GatewayPort are both {options.SiloPort}: give them different ports.");
        }

        if (options.AdvertisedIPAddress is not null && !IPAddress.TryParse(options.AdvertisedIPAddress, out _))
        {
            problems.Add($"Orleans:AdvertisedIPAddress '{options.AdvertisedIPAddress}' is not an IP address (e.g. 10.0.0.5).");
        }

        if (connectionString is not null)
        {
            CheckConnectionString(problems, connectionString);
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckId(List<string> problems, string name, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || !IdPattern().IsMatch(value))
        {
            problems.Add($"Orleans:{name} '{value}' must be 1-64 letters, digits, '.', '_' or '-' (e.g. 'belajar').");
        }
    }

    private static void CheckPort(List<string> problems, string name, int? port)
    {
        if (port is < 1 or > 65535)
        {
            problems.Add($"Orleans:{name} {port} is not a TCP port: use 1-65535, or leave it unset for a free port.");
        }
    }

    private static void CheckConnectionString(List<string> problems, string connectionString)
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                problems.Add("ConnectionStrings:Belajar has no Host: write it as 'Host=...;Database=...;Username=...;Password=...'.");
            }
        }
        catch (ArgumentException ex)
        {
            problems.Add($"ConnectionStrings:Belajar is not a PostgreSQL connection string ({ex.Message}): write it as 'Host=...;Database=...;Username=...;Password=...'.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();
}
