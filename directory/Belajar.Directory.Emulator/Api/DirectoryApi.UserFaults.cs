namespace Belajar.Directory.Emulator;

/// <summary>Per-user faults (<see cref="EmulatorFaults.Users"/>): the answer, instead of the call, for a matching user.</summary>
public sealed partial class DirectoryApi
{
    /// <summary>The fault's error for <paramref name="address"/> (its hit counted), or null when no fault matches.</summary>
    private ApiResult? UserFaultFor(string? address)
    {
        if (faults.Users.Match(address) is not { } fault)
        {
            return null;
        }

        fault.Hit();
        return GoogleErrors.Fault(fault.Status, fault.Reason, faults.RetryAfterSeconds);
    }

    /// <summary>As <see cref="UserFaultFor"/> for a user key: an address, or the id of a user whose address is matched.</summary>
    private ApiResult? UserFaultForKey(string key)
    {
        if (faults.Users.All.Count == 0)
        {
            return null;
        }

        return UserFaultFor(key.Contains('@', StringComparison.Ordinal) ? key : store.Find(key)?.PrimaryEmail);
    }
}
