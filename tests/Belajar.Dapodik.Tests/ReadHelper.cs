namespace Belajar.Dapodik.Tests;

internal static class ReadHelper
{
    public static async Task<(List<SchoolRoster> Rosters, SnapshotReport Report)> ReadAllAsync(string folder, SnapshotReaderOptions? options = null)
    {
        var report = new SnapshotReport();
        var rosters = new List<SchoolRoster>();
        await foreach (var roster in new SnapshotReader(folder, options).ReadAsync(report))
        {
            rosters.Add(roster);
        }

        return (rosters, report);
    }
}
