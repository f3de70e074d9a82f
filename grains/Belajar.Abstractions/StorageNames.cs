namespace Belajar.Abstractions;

/// <summary>
/// Names of the grain storage providers. The embedded and the PostgreSQL profile register the same names,
/// so that grains never know which profile they run on.
/// </summary>
public static class StorageNames
{
    public const string Accounts = "accounts";
    public const string Schools = "schools";
    public const string Usernames = "usernames";
    public const string Regions = "regions";
    public const string Runs = "runs";
    public const string Quota = "quota";
    public const string Identity = "identity";

    public static readonly IReadOnlyList<string> All = [Accounts, Schools, Usernames, Regions, Runs, Quota, Identity];
}
