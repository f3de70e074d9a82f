using Belajar.Abstractions.Accounts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Lifecycle;

/// <summary>
/// At silo start (once the silo is active), with <c>Lifecycle:SignInDiscovery</c> = <c>Activities</c>: makes sure the
/// <see cref="ISignInDiscoveryGrain"/>'s reminder is registered with the current period. With <c>Listing</c> nothing is called; a
/// reminder left from before removes itself at its next tick.
/// </summary>
public sealed partial class SignInDiscoveryStart(
    IGrainFactory grains, IOptions<LifecycleOptions> lifecycle, ILogger<SignInDiscoveryStart> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle observer) =>
        observer.Subscribe(nameof(SignInDiscoveryStart), ServiceLifecycleStage.Active, OnActiveAsync);

    private Task OnActiveAsync(CancellationToken ct)
    {
        if (lifecycle.Value.SignInDiscovery == SignInDiscoveryMode.Activities)
        {
            _ = Task.Run(EnsureAsync, CancellationToken.None); // the start does not wait for the reminder table
        }

        return Task.CompletedTask;
    }

    private async Task EnsureAsync()
    {
        try
        {
            await grains.GetGrain<ISignInDiscoveryGrain>(ISignInDiscoveryGrain.Key).EnsureScheduledAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotScheduled(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in discovery could not be scheduled at start-up (Lifecycle:SignInDiscovery = Activities); the next silo start tries again")]
    private partial void LogNotScheduled(Exception ex);
}
