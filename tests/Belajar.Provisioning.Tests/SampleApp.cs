using Belajar.Api.Runs;
using Belajar.TestSupport;

namespace Belajar.Provisioning.Tests;

/// <summary>The embedded default after a run over the committed sample snapshot (<c>samples/snapshot</c>).</summary>
public sealed class SampleApp : EmbeddedApp
{
    public string Snapshot { get; } = Belajar.DevHost.Embedded.SampleSnapshot.Find() ?? throw new InvalidOperationException("samples/snapshot not found above the test's folder");

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
        return CsvRows.FromFile(Path.Combine(Snapshot, file));
    }
}
