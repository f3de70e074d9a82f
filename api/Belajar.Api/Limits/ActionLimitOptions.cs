namespace Belajar.Api.Limits;

/// <summary>
/// Section <c>Schools</c>: how many interactive actions that spend the Google quota (password resets, on-demand syncs) a school
/// and a signed-in user may ask for per hour, so that an operator's click loop or a script cannot starve a national run.
/// </summary>
public sealed class ActionLimitOptions
{
    /// <summary>Password resets of one school's accounts per hour, whoever asks (default 100; zero turns the limit off).</summary>
    public int ResetsPerSchoolPerHour { get; set; } = 100;

    /// <summary>Password resets and syncs asked for by one signed-in user per hour, any school (default 200; zero turns it off).</summary>
    public int ActionsPerActorPerHour { get; set; } = 200;
}
