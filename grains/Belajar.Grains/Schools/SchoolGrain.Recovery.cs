using Belajar.Abstractions.Accounts;

namespace Belajar.Grains.Schools;

/// <summary>Accounts that come back: reactivation and help after activation, for a user of this school (the rules: <see cref="Accounts.AccountGrain"/>).</summary>
public sealed partial class SchoolGrain
{
    public async Task<Reactivation?> ReactivateAsync(string userId)
    {
        if (KeyOfUser(userId) is not { } key)
        {
            return null;
        }

        var reactivation = await GrainFactory.GetGrain<IAccountGrain>(key).ReactivateAsync();
        if (ApplyKnown(reactivation.Record))
        {
            await SaveAsync();
            await ReportToRegionAsync(); // deactivated → created: the funnel moves
        }

        return reactivation;
    }

    public async Task<string?> SetPasswordAfterActivationAsync(string userId)
    {
        if (KeyOfUser(userId) is not { } key)
        {
            return null;
        }

        var help = await GrainFactory.GetGrain<IAccountGrain>(key).SetPasswordAfterActivationAsync();
        if (ApplyKnown(help.Record))
        {
            await SaveAsync();
        }

        return help.InitialPassword;
    }

    /// <summary>The key of the account on this school's roster whose address is <paramref name="userId"/>, or null.</summary>
    private string? KeyOfUser(string userId) =>
        S.Accounts.FirstOrDefault(a => string.Equals(a.Value.View.UserId, userId, StringComparison.OrdinalIgnoreCase)).Key;
}
