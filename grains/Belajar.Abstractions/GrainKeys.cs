namespace Belajar.Abstractions;

/// <summary>
/// Grain keys. String keys always carry a non-hex prefix: Orleans parses bare hex-looking strings as integers.
/// </summary>
public static class GrainKeys
{
    public static string School(string npsn) => $"npsn-{npsn}";

    public static string Region(string kodeWilayah) => $"wil-{kodeWilayah}";

    public static string Run(string runId) => runId.StartsWith("run-", StringComparison.Ordinal) ? runId : $"run-{runId}";

    public static string Quota(string project) => $"quota-{project}";

    public static string NpsnOf(string schoolKey) => schoolKey.StartsWith("npsn-", StringComparison.Ordinal) ? schoolKey[5..] : schoolKey;
}
