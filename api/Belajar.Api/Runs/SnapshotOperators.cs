using Belajar.Api.Auth;
using Belajar.Dapodik;

namespace Belajar.Api.Runs;

/// <summary>
/// Lets the school operators of a snapshot's <c>pengguna.csv</c> sign in (the built-in identity provider stands in for Dapodik's
/// sign-on), and finds a sample operator's demo password in the <c>operator-passwords.csv</c> that the generator writes beside it.
/// </summary>
public sealed partial class SnapshotOperators(OperatorUsers users, ILogger<SnapshotOperators> logger)
{
    public const string DemoPasswordsFile = "operator-passwords.csv";

    private IReadOnlyDictionary<string, string> _npsnByUsername = new Dictionary<string, string>();
    private string? _folder;

    /// <summary>Replaces the operators with those of the snapshot in <paramref name="folder"/>.</summary>
    public void Load(string folder)
    {
        try
        {
            var operators = new SnapshotReader(folder).ReadOperators();
            users.Replace(operators.Select(o => (o.Pengguna.Username, o.Pengguna.PasswordHash, o.Npsn, o.Pengguna.Nama)));
            _npsnByUsername = operators.GroupBy(o => o.Pengguna.Username, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().Npsn, StringComparer.OrdinalIgnoreCase);
            _folder = folder;
            LogLoaded(operators.Count, folder);
        }
        catch (SnapshotUnreadableException ex)
        {
            LogUnreadable(folder, ex.Message);
        }
    }

    /// <summary>The first operator of the demo password file whose school is in the snapshot.</summary>
    public SampleOperator? Sample()
    {
        if (_folder is null || !File.Exists(Path.Combine(_folder, DemoPasswordsFile)))
        {
            return null;
        }

        var file = Path.Combine(_folder, DemoPasswordsFile);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length >= 2 && _npsnByUsername.TryGetValue(parts[0].Trim(), out var npsn))
            {
                return new SampleOperator(parts[0].Trim(), parts[1].Trim(), npsn, file);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} school operators of {Folder} can sign in")]
    private partial void LogLoaded(int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operators of {Folder} not loaded: {Reason}")]
    private partial void LogUnreadable(string folder, string reason);
}
