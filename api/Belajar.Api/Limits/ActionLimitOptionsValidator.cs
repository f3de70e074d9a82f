using Microsoft.Extensions.Options;

namespace Belajar.Api.Limits;

/// <summary>Checks the action limits of section <c>Schools</c> at start-up and says what to fix.</summary>
internal sealed class ActionLimitOptionsValidator : IValidateOptions<ActionLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, ActionLimitOptions options)
    {
        var errors = new List<string>();
        if (options.ResetsPerSchoolPerHour < 0)
        {
            errors.Add("Schools:ResetsPerSchoolPerHour must be zero (no limit) or a positive count, e.g. 100.");
        }

        if (options.ActionsPerActorPerHour < 0)
        {
            errors.Add("Schools:ActionsPerActorPerHour must be zero (no limit) or a positive count, e.g. 200.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
