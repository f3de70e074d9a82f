namespace Belajar.Directory.Emulator;

/// <summary>The body of <c>POST /emulator/faults/users</c>.</summary>
public sealed class UserFaultRequest
{
    /// <summary>The start of the local part of the addresses to answer, e.g. <c>fail-</c>.</summary>
    public string? AddressPrefix { get; set; }

    /// <summary>The status to answer with: 400, 403, 404, 409, 412, 429, 500 or 503.</summary>
    public int? Status { get; set; }

    /// <summary>Google's reason; by default the usual one for the status.</summary>
    public string? Reason { get; set; }
}

/// <summary>One per-user fault as <c>/emulator/faults/users</c> lists it.</summary>
public sealed class UserFaultEntry
{
    /// <summary>The start of the local part of the addresses it answers.</summary>
    public string AddressPrefix { get; set; } = "";

    /// <summary>The status it answers with.</summary>
    public int Status { get; set; }

    /// <summary>Google's reason in the body.</summary>
    public string Reason { get; set; } = "";

    /// <summary>Calls it has answered.</summary>
    public long Hits { get; set; }

    /// <summary>The entry of <paramref name="fault"/>.</summary>
    public static UserFaultEntry Of(UserFault fault) =>
        new() { AddressPrefix = fault.AddressPrefix, Status = fault.Status, Reason = fault.Reason, Hits = fault.Hits };
}
