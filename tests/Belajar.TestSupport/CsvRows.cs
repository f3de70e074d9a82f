using nietras.SeparatedValues;

namespace Belajar.TestSupport;

/// <summary>CSV rows as column name → value, for tests that read the sample snapshot or a downloaded file.</summary>
public static class CsvRows
{
    /// <summary>Every row of the CSV file at <paramref name="path"/>.</summary>
    public static List<Dictionary<string, string>> FromFile(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        return Read(reader);
    }

    /// <summary>Every remaining row of <paramref name="reader"/> (its header already read, e.g. to assert it).</summary>
    public static List<Dictionary<string, string>> Read(SepReader reader)
    {
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
