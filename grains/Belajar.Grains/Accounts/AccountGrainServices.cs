using Belajar.Abstractions;
using Belajar.Grains.Directory;
using Belajar.Grains.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Belajar.Grains.Accounts;

/// <summary>
/// What every <see cref="AccountGrain"/> needs, resolved once per silo, so that an activation keeps one reference instead of
/// one per service (an idle account is the most numerous activation of the cluster: every byte counts 50 million times).
/// </summary>
public sealed class AccountGrainServices(
    IServiceProvider services,
    IDirectoryCalls directory,
    AccountDomains domains,
    PasswordProtector protector,
    TimeProvider time,
    IOptions<LifecycleOptions> lifecycle,
    ILogger<AccountGrain> logger)
{
    private IGrainStorage? _storage;

    /// <summary>The <c>accounts</c> grain storage (the one the <c>[PersistentState]</c> facet would use).</summary>
    public IGrainStorage Storage => _storage ??= services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Accounts);

    public IDirectoryCalls Directory { get; } = directory;

    public AccountDomains Domains { get; } = domains;

    public PasswordProtector Protector { get; } = protector;

    public TimeProvider Time { get; } = time;

    public LifecycleOptions Lifecycle => lifecycle.Value;

    public ILogger<AccountGrain> Logger { get; } = logger;
}
