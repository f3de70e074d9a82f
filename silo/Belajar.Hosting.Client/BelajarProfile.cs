using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Belajar.Hosting;

/// <summary>
/// Chooses the profile from configuration: the embedded profile (localhost clustering, in-memory storage and
/// reminders) unless <c>ConnectionStrings:Belajar</c> is set, which selects the PostgreSQL profile.
/// </summary>
public static class BelajarProfile
{
    /// <summary>The ADO.NET invariant of PostgreSQL, for clustering, storage and reminders.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>The name of the connection string that selects the PostgreSQL profile.</summary>
    public const string ConnectionStringName = "Belajar";

    /// <summary>True when no PostgreSQL connection string is configured.</summary>
    public static bool IsEmbedded(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>How many statements each pooled connection keeps prepared (Npgsql's automatic preparation), unless configured.</summary>
    public const int AutoPreparedStatements = 32;

    /// <summary>The PostgreSQL connection string, or null in the embedded profile; tuned with <see cref="Tune"/>.</summary>
    public static string? ConnectionString(IConfiguration configuration) =>
        IsEmbedded(configuration) ? null : Tune(configuration.GetConnectionString(ConnectionStringName)!);

    /// <summary>
    /// The settings every connection of the cluster uses unless the connection string says otherwise: statements prepared once
    /// per connection (the storage, reminder and membership statements repeat millions of times: PostgreSQL then neither parses
    /// nor plans them again) and no session reset when a connection goes back to the pool (nothing here keeps session state;
    /// the reset would be one more statement per storage call). A string that does not parse is answered unchanged, for the
    /// options' validation to explain.
    /// </summary>
    public static string Tune(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            return connectionString;
        }

        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
