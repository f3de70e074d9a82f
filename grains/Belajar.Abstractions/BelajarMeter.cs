namespace Belajar.Abstractions;

/// <summary>
/// The project's own meter, shared by silos and the api: its name, and the instruments one host counts and another reads.
/// Exported by OpenTelemetry; Prometheus names end in <c>_total</c> (e.g. <c>belajar_directory_calls_total</c>).
/// </summary>
public static class BelajarMeter
{
    /// <summary>The meter name to create instruments on and to subscribe to.</summary>
    public const string Name = "Belajar";

    /// <summary>The counter of Google Directory calls a silo made, tagged with <see cref="ResultTag"/>.</summary>
    public const string DirectoryCallsName = "belajar.directory.calls";

    /// <summary>The tag of <see cref="DirectoryCallsName"/> that holds the call's result.</summary>
    public const string ResultTag = "result";
}
