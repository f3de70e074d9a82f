using Belajar.Grains.Runs;

namespace Belajar.Grains.Tests.Runs;

public sealed class LostSilosTests
{
    [Fact]
    public void The_first_look_notes_the_silos_already_dead_and_reports_none()
    {
        var lost = new LostSilos();

        Assert.Empty(lost.Since(["S127.0.0.1:11111:1"]));
        Assert.Empty(lost.Since(["S127.0.0.1:11111:1"]));
    }

    [Fact]
    public void A_silo_declared_dead_after_the_first_look_is_reported_once()
    {
        var lost = new LostSilos();
        lost.Since([]);

        Assert.Equal(["S127.0.0.1:11112:2"], lost.Since(["S127.0.0.1:11112:2"]));
        Assert.Empty(lost.Since(["S127.0.0.1:11112:2"]));
        Assert.Equal(["S127.0.0.1:11113:3"], lost.Since(["S127.0.0.1:11112:2", "S127.0.0.1:11113:3"]));
    }
}
