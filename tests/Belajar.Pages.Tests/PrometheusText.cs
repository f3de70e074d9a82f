using System.Globalization;

namespace Belajar.Pages.Tests;

/// <summary>Reads sample values out of the Prometheus text format.</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of metric <paramref name="name"/> whose labels contain <paramref name="label"/> (all when null).</summary>
    public static double Sum(string text, string name, string? label = null) =>
        text.Split('\n')
            .Where(line => line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + "{", StringComparison.Ordinal))
            .Where(line => label is null || line.Contains(label, StringComparison.Ordinal))
            .Sum(line => double.Parse(line.Split(' ')[^1].Trim(), CultureInfo.InvariantCulture));

    /// <summary>Whether any sample's name starts with <paramref name="prefix"/>.</summary>
    public static bool HasMetricStartingWith(string text, string prefix) =>
        text.Split('\n').Any(line => line.StartsWith(prefix, StringComparison.Ordinal));
}
