namespace Belajar.Dapodik;

/// <summary>A row that broke a rule of the snapshot format and is not provisioned.</summary>
/// <param name="File">The file name, e.g. <c>peserta_didik.csv</c>.</param>
/// <param name="Line">1-based line number of the row in the file (the header is line 1).</param>
/// <param name="Column">The column that broke the rule (or <c>row</c> for the row as a whole).</param>
/// <param name="Reason">What is wrong and what is expected; never a full NIK.</param>
public sealed record RejectedRow(string File, long Line, string Column, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Column}: {Reason}";
}
