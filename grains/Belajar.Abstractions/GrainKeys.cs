namespace Belajar.Abstractions;

/// <summary>
/// Grain keys. String keys always carry a non-hex prefix: Orleans parses bare hex-looking strings as integers.
/// </summary>
public static class GrainKeys
{
    public static string School(string npsn) => $"npsn-{npsn}";

    /// <summary>A region's key, <c>wil-{kode}</c>: its funnel (<c>IRegionGrain</c>) and its administrators (<c>IRegionAdminsGrain</c>) share it.</summary>
    public static string Region(string kodeWilayah) => $"wil-{kodeWilayah}";

    /// <summary>The kode wilayah of a region's key (<see cref="Region"/>).</summary>
    public static string KodeWilayahOf(string regionKey) => regionKey.StartsWith("wil-", StringComparison.Ordinal) ? regionKey[4..] : regionKey;

    /// <summary>A person claim's key, <c>person-{hash}</c>: the peppered hash of the person's NUPTK or NIK (never the number).</summary>
    public static string Person(string identityHash) => $"person-{identityHash}";

    public static string Run(string runId) => runId.StartsWith("run-", StringComparison.Ordinal) ? runId : $"run-{runId}";

    public static string Quota(string project) => $"quota-{project}";

    public static string NpsnOf(string schoolKey) => schoolKey.StartsWith("npsn-", StringComparison.Ordinal) ? schoolKey[5..] : schoolKey;
}
