namespace Belajar.Grains.Quota;

/// <summary>
/// Decides which class of waiting callers gets the next permit, by the classes' guaranteed shares (start-time fair queueing over
/// the four <see cref="DirectoryPriority"/> classes). Pure logic, not thread-safe (<see cref="PriorityPermitQueue"/> holds its lock).
/// </summary>
/// <remarks>
/// <para>Each class <c>c</c> with share <c>s_c</c> has a tag <c>F_c</c>; serving it moves <c>F_c</c> to <c>max(V, F_c) + 1/s_c</c> and the
/// virtual time <c>V</c> to <c>max(V, F_c)</c>. The next permit goes to the waiting class with the smallest <c>max(V, F_c)</c>; ties go
/// in the order of <see cref="Classes"/> (Interactive first), so a lone interactive call is served at the next permit.</para>
/// <para><b>Operators first, within their share:</b> <see cref="DirectoryPriority.Interactive"/> starts from <c>V − b/s_i</c> instead
/// of <c>V</c> (<c>b</c> = <see cref="InteractiveBurst"/> permits of credit), so an operator's few calls in a row (a reset reads the
/// user, then patches it) each take the next permit instead of waiting <c>1/s_i</c> of virtual time behind the run; over time the
/// class still gets no more than its share plus <c>b + 1</c> permits while the others wait.</para>
/// <para><b>Guarantee:</b> over any stretch of time in which class <c>c</c> has callers waiting throughout and <c>N</c> permits are
/// handed out, <c>c</c> gets at least <c>s_c·N − ((4 + b)·s_c + 1)</c> of them (at most 9 short of its share, whatever the other
/// classes do). In particular, when the silo receives the whole quota <c>Q</c> in a 60 s window, a waiting class gets at least
/// <c>s_c·Q − 9</c> permits of that window. Proof sketch: while <c>c</c> waits, no class <c>d</c> is served with a tag above
/// <c>F_c</c>, so <c>n_d/s_d ≤ n_c/s_c + 1/s_c + 1/s_d</c> (plus <c>b/s_i</c> for Interactive); summing <c>n_d</c> over the classes
/// gives <c>N ≤ (n_c + 1)/s_c + 4 + b</c>.</para>
/// <para><b>Work-conserving:</b> only waiting classes compete; a class that is idle keeps no permits, and an idle class does not save
/// up credit (its tag restarts at <c>V</c>), so its return cannot starve the others either.</para>
/// </remarks>
public sealed class ShareScheduler
{
    /// <summary>The classes in the order that breaks ties: Interactive, Sync, Deadline, Bulk.</summary>
    public static readonly IReadOnlyList<DirectoryPriority> Classes =
        [DirectoryPriority.Interactive, DirectoryPriority.Sync, DirectoryPriority.Deadline, DirectoryPriority.Bulk];

    /// <summary>The permits of credit <see cref="DirectoryPriority.Interactive"/> starts with (<c>b</c> above).</summary>
    public const int InteractiveBurst = 4;

    private readonly double[] _cost = new double[4];
    private readonly double[] _finish = new double[4];
    private double _virtual;

    /// <summary>A scheduler for <paramref name="shares"/> (each share above 0; they need not sum to 1).</summary>
    public ShareScheduler(QuotaSharesOptions shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        Shares = shares;
        foreach (var c in Classes)
        {
            var share = shares.Of(c);
            if (share <= 0)
            {
                throw new ArgumentException($"The share of {c} must be above 0 (Directory:Shares:{c}).", nameof(shares));
            }

            _cost[(int)c] = 1 / share;
        }
    }

    /// <summary>The shares it divides by.</summary>
    public QuotaSharesOptions Shares { get; }

    /// <summary>The waiting class to serve next, or null when none waits.</summary>
    public DirectoryPriority? Next(Func<DirectoryPriority, bool> waiting)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        DirectoryPriority? best = null;
        var bestTag = double.PositiveInfinity;
        foreach (var c in Classes)
        {
            var tag = Start(c);
            if (tag < bestTag && waiting(c))
            {
                best = c;
                bestTag = tag;
            }
        }

        return best;
    }

    /// <summary>Records that a permit went to <paramref name="priority"/> (whether chosen by <see cref="Next"/> or taken at once).</summary>
    public void Served(DirectoryPriority priority)
    {
        var start = Start(priority);
        _finish[(int)priority] = start + _cost[(int)priority];
        _virtual = Math.Max(_virtual, start);
    }

    // the virtual time a permit of the class would start at: its tag, or now (Interactive: now less its credit) when idle
    private double Start(DirectoryPriority c)
    {
        var credit = c == DirectoryPriority.Interactive ? InteractiveBurst * _cost[(int)c] : 0;
        return Math.Max(_virtual - credit, _finish[(int)c]);
    }
}
