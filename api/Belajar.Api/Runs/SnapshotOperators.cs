using Belajar.Api.Auth;
using Belajar.Dapodik;

namespace Belajar.Api.Runs;

/// <summary>
/// Lets the school operators of a snapshot's <c>pengguna.csv</c> sign in (the built-in identity provider stands in for Dapodik's
/// sign-on), and finds a sample operator's demo password in the <c>operator-passwords.csv</c> that the generator writes beside it.
/// </summary>
public sealed partial class SnapshotOperators(OperatorUsers users, ILogger<SnapshotOperators> logger)
{
    private IReadOnlyDictionary<string, string> _npsnByUsername = new Dictionary<string, string>();
    private string? _folder;

    /// <summary>Replaces the operators in the cluster with those of the snapshot in <paramref name="folder"/>.</summary>
    public async Task LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        try
        {
            var operators = new SnapshotReader(folder).ReadOperators(ct: cancellationToken);
            await users.ReplaceAsync(operators.Select(o => (o.Pengguna.Username, o.Pengguna.PasswordHash, o.Npsn, o.Pengguna.Nama)), cancellationToken);
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

    /// <summary>The first operator of the demo password file whose school is in the snapshot; null (and a warning) when the file cannot be used.</summary>
    public SampleOperator? Sample()
    {
        var file = _folder is null ? null : Path.Combine(_folder, SnapshotFiles.OperatorPasswords);
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        try
        {
            foreach (var (username, password) in DemoPasswords.Read(file))
            {
                if (_npsnByUsername.TryGetValue(username, out var npsn))
                {
                    return new SampleOperator(username, password, npsn, file);
                }
            }
        }
        catch (SnapshotUnreadableException ex)
        {
            LogDemoPasswordsUnusable(file, ex.Message);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} school operators of {Folder} can sign in")]
    private partial void LogLoaded(int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operators of {Folder} not loaded: {Reason}")]
    private partial void LogUnreadable(string folder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No sample operator sign-in: {File} cannot be used: {Reason}")]
    private partial void LogDemoPasswordsUnusable(string file, string reason);
}
