namespace Belajar.Benchmarks;

/// <summary>The schools of a generated snapshot, read straight from its <c>sekolah.csv</c> (the NPSN is its second column).</summary>
internal static class SnapshotSchools
{
    public static async IAsyncEnumerable<string> NpsnsAsync(string snapshot)
    {
        var header = true;
        await foreach (var line in File.ReadLinesAsync(Path.Combine(snapshot, "sekolah.csv")))
        {
            if (!header)
            {
                yield return line.Split(',')[1];
            }

            header = false;
        }
    }
}
