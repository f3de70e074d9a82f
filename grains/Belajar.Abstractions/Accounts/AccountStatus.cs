namespace Belajar.Abstractions.Accounts;

/// <summary>
/// The lifecycle of one account: <c>Pending → Created → Distributed → Activated</c>, <c>Created | Distributed → Deactivated</c>
/// at the deadline, <c>Deactivated → Created</c> when reactivated (a new initial password and its own deadline), and <c>Failed</c>
/// for data that Google refuses for good. Stored: never renumber.
/// </summary>
[GenerateSerializer, Alias("belajar.AccountStatus")]
public enum AccountStatus
{
    Pending = 0,
    Created = 1,
    Distributed = 2,
    Activated = 3,
    Deactivated = 4,
    Failed = 5,
}
