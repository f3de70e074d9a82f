using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Schools;

/// <summary>The rows of the operator's download, built from a snapshot of the school's account records.</summary>
public static class CredentialRows
{
    /// <summary>
    /// The records of <paramref name="kind"/>, by name (ordinal), with their initial passwords decrypted; none for an account that is
    /// not created (pending, failed: Google has no such user) or no longer has it (activated, deactivated). With <paramref name="showDistributed"/>, a created account is shown distributed (it is being marked).
    /// Pure: safe to run off the grain's activation on a snapshot.
    /// </summary>
    public static IReadOnlyList<AccountCredentialRow> Build(
        IReadOnlyCollection<KeyValuePair<string, AccountRecord>> records, AccountKind kind, bool showDistributed, PasswordProtector protector)
    {
        var rows = new List<AccountCredentialRow>(records.Count);
        using var passwords = protector.BeginUnprotect();
        foreach (var (key, record) in records.Where(r => AccountKinds.Of(r.Value.View.Role) == kind).OrderBy(r => r.Value.View.Nama, StringComparer.Ordinal))
        {
            var view = showDistributed && record.View.Status == AccountStatus.Created ? record.View with { Status = AccountStatus.Distributed, WasDistributed = true } : record.View;
            var password = record.ProtectedPassword is null || view.Status is not (AccountStatus.Created or AccountStatus.Distributed) // none for an account Google does not have
                ? null
                : passwords.Unprotect(record.ProtectedPassword, key);
            rows.Add(new AccountCredentialRow(view, password));
        }

        return rows;
    }

    /// <summary>The keys of the records of <paramref name="kind"/> that are created and not yet marked distributed.</summary>
    public static List<string> ToMark(IEnumerable<KeyValuePair<string, AccountRecord>> records, AccountKind kind) =>
        records.Where(r => r.Value.View.Status == AccountStatus.Created && AccountKinds.Of(r.Value.View.Role) == kind).Select(r => r.Key).ToList();
}
