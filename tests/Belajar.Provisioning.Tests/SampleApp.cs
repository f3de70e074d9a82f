using Belajar.Api.Runs;
using nietras.SeparatedValues;

namespace Belajar.Provisioning.Tests;

/// <summary>The embedded default after a run over the committed sample snapshot (<c>samples/snapshot</c>).</summary>
public sealed class SampleApp : EmbeddedApp
{
    public string Snapshot { get; } = StartupRunOptions.FindSampleSnapshot() ?? throw new InvalidOperationException("samples/snapshot not found above the test's folder");

    public string RunId { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var pusdatin = await PusdatinAsync();
        RunId = await StartRunAsync(pusdatin, Snapshot);
        await WaitForEndAsync(pusdatin, RunId, TimeSpan.FromSeconds(120));
    }

    /// <summary>The rows of one of the sample's CSV files, column name → value.</summary>
    public List<Dictionary<string, string>> Read(string file)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(Snapshot, file));
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in reader.Header.ColNames)
            {
                values[column] = row[column].ToString();
            }

            rows.Add(values);
        }

        return rows;
    }
}
