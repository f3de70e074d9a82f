using Belajar.Abstractions.Quota;

namespace Belajar.Grains.Quota;

/// <summary>
/// The silos' latest reports of their use per class, summed over the silos that reported within <see cref="Fresh"/>. Pure
/// logic, not thread-safe (the quota grain holds it).
/// </summary>
public sealed class ClassUseReports(TimeProvider time)
{
    /// <summary>How long a silo's report counts.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(15);

    private readonly Dictionary<string, (DateTimeOffset At, IReadOnlyList<QuotaClassUse> Classes)> _bySilo = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="classes"/> as the silo's latest report.</summary>
    public void Report(string siloId, IReadOnlyList<QuotaClassUse> classes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siloId);
        ArgumentNullException.ThrowIfNull(classes);
        _bySilo[siloId] = (time.GetUtcNow(), classes);
    }

    /// <summary>Use and waiting callers summed per class over fresh reports, the longest wait of any silo; the share as the newest report states it.</summary>
    public IReadOnlyList<QuotaClassUse> Summed()
    {
        var now = time.GetUtcNow();
        foreach (var stale in _bySilo.Where(r => now - r.Value.At > Fresh).Select(r => r.Key).ToList())
        {
            _bySilo.Remove(stale);
        }

        var newest = _bySilo.Values.OrderByDescending(r => r.At).Select(r => r.Classes).FirstOrDefault() ?? [];
        return newest
            .Select(c => c with
            {
                UsedLastMinute = _bySilo.Values.Sum(r => r.Classes.Where(x => x.Class == c.Class).Sum(x => x.UsedLastMinute)),
                Waiting = _bySilo.Values.Sum(r => r.Classes.Where(x => x.Class == c.Class).Sum(x => x.Waiting)),
                LongestWaitMs = _bySilo.Values.SelectMany(r => r.Classes.Where(x => x.Class == c.Class)).Max(x => x.LongestWaitMs),
            })
            .ToList();
    }
}
