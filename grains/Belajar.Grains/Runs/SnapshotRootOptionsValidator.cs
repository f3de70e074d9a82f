using Microsoft.Extensions.Options;

namespace Belajar.Grains.Runs;

/// <summary>Refuses a <see cref="SnapshotRootOptions.SnapshotRoot"/> that is not an absolute path of an existing folder.</summary>
public sealed class SnapshotRootOptionsValidator : IValidateOptions<SnapshotRootOptions>
{
    public ValidateOptionsResult Validate(string? name, SnapshotRootOptions options)
    {
        var problems = new SettingProblems();
        const string setting = $"{SnapshotRootOptions.Section}:{nameof(SnapshotRootOptions.SnapshotRoot)}";
        if (options.SnapshotRoot is { } root && (!Path.IsPathFullyQualified(root) || !System.IO.Directory.Exists(root)))
        {
            problems.Add(setting, "the absolute path of an existing folder that every silo mounts (e.g. /srv/belajar/snapshots)", root);
        }

        return problems.Result();
    }
}
