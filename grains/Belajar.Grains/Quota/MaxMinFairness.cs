namespace Belajar.Grains.Quota;

/// <summary>Max-min fair division ("water filling"): nobody gets more than asked, and a share nobody needs goes to the others.</summary>
internal static class MaxMinFairness
{
    /// <summary>The level every demand is filled to: each party gets <c>min(demand, level)</c>, and those sum to the budget (or to all demands).</summary>
    public static double Level(IReadOnlyList<int> demands, int budget)
    {
        var sorted = demands.Where(d => d > 0).OrderBy(d => d).ToList();
        double remaining = budget;
        for (var i = 0; i < sorted.Count; i++)
        {
            var left = sorted.Count - i;
            if (sorted[i] * (double)left >= remaining)
            {
                return remaining / left;
            }

            remaining -= sorted[i];
        }

        return double.PositiveInfinity;
    }
}
