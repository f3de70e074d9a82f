using Microsoft.Extensions.Options;

namespace Belajar.Api.Regions;

/// <summary>How administrators' credentials files are locked (section <c>RegionalAdmins</c>).</summary>
public sealed class AdminCredentialOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RegionalAdmins";

    /// <summary>
    /// True (default): the ZIP's password is the NIK followed by a random code that is shown once to the approving Pusdatin user,
    /// who passes it on by phone. False: the NIK alone (the circular's wording; a semi-public number, not recommended).
    /// </summary>
    public bool StrongerZipPassword { get; set; } = true;

    /// <summary>Length of that code (6–16); default 8.</summary>
    public int CodeLength { get; set; } = 8;
}

/// <summary>Refuses an <see cref="AdminCredentialOptions"/> code length out of range, naming the setting.</summary>
public sealed class AdminCredentialOptionsValidator : IValidateOptions<AdminCredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminCredentialOptions options) => options.CodeLength is < 6 or > 16
        ? ValidateOptionsResult.Fail($"RegionalAdmins:CodeLength {options.CodeLength} is out of range; use 6 to 16.")
        : ValidateOptionsResult.Success;
}
