using System.Globalization;
using Microsoft.Extensions.Options;

namespace Belajar.Grains;

/// <summary>
/// How every options validator of the grains words a problem: the setting as it is written in configuration, what it must be,
/// and what it is (<c>Provisioning:AccountsPerSchool must be at least 1; it is 0.</c>), so that whoever starts the silo reads
/// which setting to fix and how. Collects every problem, so that one start-up names them all.
/// </summary>
public sealed class SettingProblems
{
    private readonly List<string> _problems = [];

    /// <summary>Adds a problem: <paramref name="setting"/> must be <paramref name="requirement"/>; it is <paramref name="value"/>.</summary>
    public void Add(string setting, string requirement, object? value) =>
        _problems.Add($"{setting} must be {requirement}; it is {Shown(value)}.");

    public void AtLeast(string setting, int value, int minimum)
    {
        if (value < minimum)
        {
            Add(setting, $"at least {minimum}", value);
        }
    }

    /// <summary>A time span of at least <paramref name="minimum"/>; <paramref name="why"/>, when given, says why in brackets.</summary>
    public void AtLeast(string setting, TimeSpan value, TimeSpan minimum, string? why = null)
    {
        if (value < minimum)
        {
            Add(setting, why is null ? $"at least {Shown(minimum)}" : $"at least {Shown(minimum)} ({why})", value);
        }
    }

    public void NotNegative(string setting, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            Add(setting, "zero or more", value);
        }
    }

    public void Positive(string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            Add(setting, "a positive time span, e.g. 00:00:30", value);
        }
    }

    public ValidateOptionsResult Result() => _problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_problems);

    private static string Shown(object? value) => value switch
    {
        null => "missing",
        "" => "empty",
        string text => $"'{text}'",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "missing",
    };
}
