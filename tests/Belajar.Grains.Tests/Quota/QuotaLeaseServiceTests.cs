using System.Net;
using System.Reflection;
using Belajar.Abstractions.Quota;
using Belajar.Grains.Quota;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Belajar.Grains.Tests.Quota;

/// <summary>
/// The silo's lease loop outlives a failed call. The quota grain and the grain factory are stand-ins here: a real cluster cannot
/// be made to cancel one lease call on demand, and the loop is all this test is about.
/// </summary>
public class QuotaLeaseServiceTests
{
    [Fact]
    public async Task A_lease_call_cancelled_while_the_silo_runs_does_not_end_the_lease_loop()
    {
        var quota = new CancellingOnceQuota();
        var permits = new PriorityPermitQueue(TimeProvider.System);
        var service = new QuotaLeaseService(
            permits, GrainFactoryOf(quota), new Silo(), Options.Create(new DirectoryQuotaOptions()), TimeProvider.System,
            NullLogger<QuotaLeaseService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            var granted = await permits.AcquireAsync(DirectoryPriority.Bulk).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(granted);
            Assert.True(quota.LeaseCalls >= 2, $"{quota.LeaseCalls} lease calls: the one cancelled and one after it");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static IGrainFactory GrainFactoryOf(IDirectoryQuotaGrain quota)
    {
        var factory = DispatchProxy.Create<IGrainFactory, GrainFactoryProxy>();
        ((GrainFactoryProxy)(object)factory).Quota = quota;
        return factory;
    }

    /// <summary>Answers every <c>GetGrain</c> with the one quota grain; nothing else is called by the service.</summary>
    public class GrainFactoryProxy : DispatchProxy
    {
        public IDirectoryQuotaGrain? Quota { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod?.Name == nameof(IGrainFactory.GetGrain) ? Quota : throw new NotSupportedException(targetMethod?.Name);
    }

    /// <summary>The first lease call is cancelled (as a call that timed out in a burst can be); later ones grant what is wanted.</summary>
    private sealed class CancellingOnceQuota : IDirectoryQuotaGrain
    {
        private int _leaseCalls;

        public int LeaseCalls => Volatile.Read(ref _leaseCalls);

        public Task<QuotaGrant> LeaseAsync(string siloId, int wanted, int queued)
        {
            var call = Interlocked.Increment(ref _leaseCalls);
            var now = DateTimeOffset.UtcNow;
            return call == 1
                ? Task.FromException<QuotaGrant>(new OperationCanceledException("the lease call was cancelled"))
                : Task.FromResult(new QuotaGrant(call, wanted, now.AddMinutes(1), now));
        }

        public Task ReturnAsync(string siloId, IReadOnlyList<QuotaReturn> unused) => Task.CompletedTask;

        public Task ReportClassesAsync(string siloId, IReadOnlyList<QuotaClassUse> classes) => Task.CompletedTask;

        public Task<QuotaUsage> GetUsageAsync() => throw new NotSupportedException();
    }

    private sealed class Silo : ILocalSiloDetails
    {
        public string Name => "silo-test";

        public string ClusterId => "test";

        public string DnsHostName => "localhost";

        public SiloAddress SiloAddress { get; } = SiloAddress.New(IPAddress.Loopback, 11111, 1);

        public SiloAddress GatewayAddress => SiloAddress;
    }
}
