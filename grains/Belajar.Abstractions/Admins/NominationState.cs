namespace Belajar.Abstractions.Admins;

/// <summary>Where a nomination stands.</summary>
public enum NominationState
{
    /// <summary>Waiting for Pusdatin.</summary>
    Pending,

    /// <summary>Approved: the administrator account exists.</summary>
    Approved,

    /// <summary>Rejected by Pusdatin, with a reason.</summary>
    Rejected,
}
