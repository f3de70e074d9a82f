namespace Belajar.Grains.Accounts;

/// <summary>
/// Which Google Workspace domain each kind of account lives in. Bound from configuration section
/// <see cref="SectionName"/> (<c>Accounts:Domains</c>); the defaults are the ones belajar.id uses.
/// </summary>
/// <remarks>
/// A template may use <c>{jenjang}</c> (lower-case: <c>sd</c>, <c>smp</c>, <c>sma</c>, <c>smk</c>, <c>slb</c>)
/// and <c>{root}</c> (<see cref="RootDomain"/>). Defaults: learners <c>{jenjang}.{root}</c>, teachers
/// <c>guru.{jenjang}.{root}</c>, heads of school and operators <c>admin.{jenjang}.{root}</c>.
/// </remarks>
public sealed class AccountDomainOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Accounts:Domains";

    /// <summary>The root domain, <c>belajar.id</c> by default.</summary>
    public string RootDomain { get; set; } = "belajar.id";

    /// <summary>Domain template for learners (peserta didik).</summary>
    public string LearnerTemplate { get; set; } = "{jenjang}.{root}";

    /// <summary>Domain template for teachers (guru).</summary>
    public string TeacherTemplate { get; set; } = "guru.{jenjang}.{root}";

    /// <summary>Domain template for heads of school and school operators.</summary>
    public string AdminTemplate { get; set; } = "admin.{jenjang}.{root}";
}
