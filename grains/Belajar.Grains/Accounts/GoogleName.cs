namespace Belajar.Grains.Accounts;

/// <summary>The <c>name</c> of a Google user: both parts required, each at most 60 characters.</summary>
/// <param name="GivenName">Google's <c>name.givenName</c>.</param>
/// <param name="FamilyName">Google's <c>name.familyName</c>.</param>
public sealed record GoogleName(string GivenName, string FamilyName);
