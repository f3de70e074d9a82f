using Belajar.Abstractions.Accounts;

namespace Belajar.Abstractions.Schools;

/// <summary>A school's roster from one run: every eligible account of the school.</summary>
[GenerateSerializer, Immutable, Alias("belajar.SchoolProvisioning")]
public sealed record SchoolProvisioning(
    [property: Id(0)] string RunId,
    [property: Id(1)] SchoolInfo School,
    [property: Id(2)] IReadOnlyList<AccountSpec> Accounts);

/// <summary>What a school reports to its run when its roster is done.</summary>
/// <param name="Gone">Accounts of the previous roster that are missing from this one (left Dapodik or no longer eligible).</param>
[GenerateSerializer, Immutable, Alias("belajar.SchoolResult")]
public sealed record SchoolResult(
    [property: Id(0)] string Npsn,
    [property: Id(1)] int Eligible,
    [property: Id(2)] int Created,
    [property: Id(3)] int Failed,
    [property: Id(4)] IReadOnlyList<string> Gone,
    [property: Id(5)] IReadOnlyList<string> FailureReasons);
