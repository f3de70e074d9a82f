namespace Belajar.Grains.Quota;

/// <summary>The Directory budget (section <c>Directory</c>): <c>Directory:QueriesPerMinute</c>, shared by the whole cluster.</summary>
public sealed class DirectoryQuotaOptions
{
    public const string Section = "Directory";

    /// <summary>Google's queries per minute for the project; 0 or less turns the cluster's limiter off.</summary>
    public int QueriesPerMinute { get; set; } = 2400;

    /// <summary>The Google project whose budget this is (one quota grain per project).</summary>
    public string Project { get; set; } = "default";

    /// <summary>How often an idle silo looks for callers waiting on permits.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromMilliseconds(50);
}
