using Belajar.Abstractions;
using Belajar.Abstractions.Admins;

namespace Belajar.Grains.Admins;

/// <summary>The list of nominations for Pusdatin and the sign-in data of active administrators; kept up to date by the regions.</summary>
public sealed class AdminRegistryGrain(
    [PersistentState("adminregistry", StorageNames.Regions)] IPersistentState<AdminRegistryState> state) : Grain, IAdminRegistryGrain
{
    public async Task TrackNominationAsync(NominationView nomination)
    {
        state.State.Nominations[nomination.NominationId] = nomination;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<NominationView>> GetNominationsAsync(NominationState? wanted) =>
        Task.FromResult<IReadOnlyList<NominationView>>([.. state.State.Nominations.Values
            .Where(n => wanted is null || n.State == wanted)
            .OrderBy(n => n.NominatedAt)
            .ThenBy(n => n.NominationId, StringComparer.Ordinal)]);

    public async Task SetSignInAsync(string userId, AdminSignIn? signIn)
    {
        if (signIn is null)
        {
            state.State.SignIns.Remove(KeyOf(userId));
        }
        else
        {
            state.State.SignIns[KeyOf(userId)] = signIn;
        }

        await state.WriteStateAsync();
    }

    public async Task<bool> ChangePasswordAsync(string userId, string newPasswordHash)
    {
        if (!state.State.SignIns.TryGetValue(KeyOf(userId), out var signIn))
        {
            return false;
        }

        state.State.SignIns[KeyOf(userId)] = signIn with { PasswordHash = newPasswordHash, MustChangePassword = false };
        await state.WriteStateAsync();
        return true;
    }

    public Task<AdminSignIn?> FindSignInAsync(string userId) =>
        Task.FromResult(state.State.SignIns.GetValueOrDefault(KeyOf(userId)));

    private static string KeyOf(string userId) => userId.Trim().ToLowerInvariant();
}

/// <summary>The registry's stored state. Stored: never reorder or renumber an <c>[Id]</c>.</summary>
[GenerateSerializer, Alias("belajar.AdminRegistryState")]
public sealed class AdminRegistryState
{
    [Id(0)] public Dictionary<string, NominationView> Nominations { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, AdminSignIn> SignIns { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
