using Belajar.Integration.Tests.Grains;
using Belajar.LocalServices;
using Belajar.TestSupport;

namespace Belajar.Integration.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ReminderTests(PostgresFixture postgres) : PostgresClusterTest(postgres)
{
    [Fact]
    public async Task A_reminder_registered_on_a_silo_that_dies_fires_on_the_survivor()
    {
        var grain = Cluster.Client.GetGrain<IReminderProbeGrain>("probe-reminder");
        var registeredOn = await grain.GetSiloAsync();
        await grain.StartAsync(TimeSpan.FromSeconds(5));

        await Cluster.KillSiloAsync(Cluster.Silos.Single(s => s.SiloAddress.Equals(registeredOn)));

        var firedOn = await Poll.UntilAsync(grain.GetFiredOnAsync, s => s is not null, TimeSpan.FromSeconds(90), "the reminder to fire");
        Assert.Equal(Cluster.Silos.Single().SiloAddress.ToString(), firedOn);
        Assert.NotEqual(registeredOn.ToString(), firedOn);
    }
}
