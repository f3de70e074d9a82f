namespace Belajar.Grains.Quota;

/// <summary>Who is waiting for a Directory call; higher values are served first.</summary>
public enum DirectoryPriority
{
    /// <summary>Bulk provisioning of a national run.</summary>
    Bulk = 0,

    /// <summary>Periodic synchronisation (activation status of a school's accounts).</summary>
    Sync = 1,

    /// <summary>A person waiting on a screen, e.g. an operator resetting a password.</summary>
    Interactive = 2,
}
