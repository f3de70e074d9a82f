namespace Belajar.Dapodik.Reading;

/// <summary>A valid school held in memory while a snapshot is read, with its bucket and its Dapodik users.</summary>
internal sealed class SchoolEntry(Sekolah sekolah, int index)
{
    public Sekolah Sekolah { get; } = sekolah;

    /// <summary>Position among the valid schools, in file order.</summary>
    public int Index { get; } = index;

    /// <summary>The school's rows of <c>pengguna.csv</c> that passed the row rules, with their line numbers.</summary>
    public List<(Pengguna Pengguna, long Line)> Pengguna { get; } = [];
}
