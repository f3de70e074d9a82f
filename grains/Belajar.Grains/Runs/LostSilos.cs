namespace Belajar.Grains.Runs;

/// <summary>
/// Which silos the cluster has declared dead since a run activation first looked (pure logic over the names of the dead
/// silos in the membership snapshot). A school in flight on a dead silo never reports back; the run sends its roster again
/// as soon as the silo is declared dead instead of waiting for <see cref="ProvisioningOptions.SchoolTimeout"/>.
/// </summary>
public sealed class LostSilos
{
    private HashSet<string>? _known;

    /// <summary>
    /// The silos in <paramref name="deadNow"/> not seen dead before. The first call only notes the silos already dead (their
    /// schools were sent again by the pass that started after them) and returns none.
    /// </summary>
    public IReadOnlyList<string> Since(IEnumerable<string> deadNow)
    {
        ArgumentNullException.ThrowIfNull(deadNow);
        if (_known is null)
        {
            _known = new HashSet<string>(deadNow, StringComparer.Ordinal);
            return [];
        }

        return deadNow.Where(_known.Add).ToList();
    }
}
