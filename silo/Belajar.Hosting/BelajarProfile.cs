using Microsoft.Extensions.Configuration;

namespace Belajar.Hosting;

/// <summary>
/// Chooses the profile from configuration: the embedded profile (localhost clustering, in-memory storage and
/// reminders) unless <c>ConnectionStrings:Belajar</c> is set, which selects the PostgreSQL profile.
/// </summary>
public static class BelajarProfile
{
    /// <summary>The name of the connection string that selects the PostgreSQL profile.</summary>
    public const string ConnectionStringName = "Belajar";

    /// <summary>True when no PostgreSQL connection string is configured.</summary>
    public static bool IsEmbedded(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>The PostgreSQL connection string, or null in the embedded profile.</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        IsEmbedded(configuration) ? null : configuration.GetConnectionString(ConnectionStringName);
}
