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

    /// <summary>Reads the <c>Orleans</c> section and fails start-up with every problem named when it is invalid.</summary>
    public static BelajarOrleansOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<BelajarOrleansOptions>() ?? new();
        var problems = options.Validate(BelajarProfile.ConnectionString(configuration));
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(BelajarOrleansOptions), problems);
        }

        return options;
    }

    /// <summary>Every problem with these options and the connection string, each saying what to fix.</summary>
    public IReadOnlyList<string> Validate(string? connectionString)
    {
        var problems = new List<string>();
        CheckId(problems, nameof(ClusterId), ClusterId);
        CheckId(problems, nameof(ServiceId), ServiceId);
        CheckPort(problems, nameof(SiloPort), SiloPort);
        CheckPort(problems, nameof(GatewayPort), GatewayPort);
        if (SiloPort is not null && SiloPort == GatewayPort)
        {
            problems.Add($"Orleans:SiloPort and Orleans:GatewayPort are both {SiloPort}: give them different ports.");
        }

        if (AdvertisedIPAddress is not null && !IPAddress.TryParse(AdvertisedIPAddress, out _))
        {
            problems.Add($"Orleans:AdvertisedIPAddress '{AdvertisedIPAddress}' is not an IP address (e.g. 10.0.0.5).");
        }

        if (connectionString is not null)
        {
            CheckConnectionString(problems, connectionString);
        }

        return problems;
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
