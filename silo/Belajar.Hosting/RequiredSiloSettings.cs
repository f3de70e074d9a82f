using Belajar.Directory;
using Belajar.Grains.Accounts;
using Belajar.Grains.Admins;
using Belajar.Grains.Quota;
using Belajar.Grains.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Belajar.Hosting;

/// <summary>
/// What a silo of the PostgreSQL profile must be given, checked before the host is built: the keys that encrypt initial
/// passwords (<c>Secrets:PasswordKeys:*</c>, <c>Secrets:ActivePasswordKeyId</c>), the pepper of NIK hashes and person claims
/// (<c>Secrets:NikPepper</c>), the Directory service account
/// (<c>Directory:ServiceAccountKeyPath</c> or <c>ServiceAccountKeyJson</c>, <c>Directory:AdminEmail</c>) and the shared
/// snapshot folder (<c>Runs:SnapshotRoot</c>). No secret is ever generated here: only the embedded default
/// (<c>dev/Belajar.DevHost</c>) makes its own. Every problem names the setting, never a secret's value.
/// </summary>
public static class RequiredSiloSettings
{
    /// <summary>What is missing or unusable, one sentence per setting; empty when a PostgreSQL-profile silo may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var keys = new PasswordProtectionOptions();
        configuration.GetSection(PasswordProtectionOptions.SectionName).Bind(keys);
        if (new PasswordProtectionOptionsValidator().Validate(null, keys) is { Failed: true } refused)
        {
            problems.AddRange(refused.Failures);
        }

        var pepper = new NikHashOptions();
        configuration.GetSection(NikHashOptions.Section).Bind(pepper);
        if (new NikHashOptionsValidator().Validate(null, pepper) is { Failed: true } noPepper)
        {
            problems.AddRange(noPepper.Failures);
        }

        var directory = new DirectoryOptions();
        configuration.GetSection(DirectoryQuotaOptions.Section).Bind(directory);
        try
        {
            directory.Validate();
        }
        catch (ArgumentException ex)
        {
            problems.Add(ex.Message);
        }

        const string root = $"{SnapshotRootOptions.Section}:{nameof(SnapshotRootOptions.SnapshotRoot)}";
        if (string.IsNullOrWhiteSpace(configuration[root]))
        {
            problems.Add($"{root} must be the folder every silo mounts that holds the snapshots (e.g. /srv/belajar/snapshots); it is not set.");
        }

        return problems;
    }

    /// <summary>Throws, naming every missing setting, when a PostgreSQL-profile silo lacks one; nothing in the embedded profile.</summary>
    public static void Require(IConfiguration configuration)
    {
        if (BelajarProfile.IsEmbedded(configuration))
        {
            return;
        }

        var problems = Problems(configuration);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(
                "Secrets",
                typeof(PasswordProtectionOptions),
                problems.Select(p => $"PostgreSQL profile (ConnectionStrings:Belajar is set), so this is required configuration: {p}"));
        }
    }
}
