using Belajar.Domain;
using System.Collections.Concurrent;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Accounts;
using Belajar.Dapodik;

namespace Belajar.Api.Tests;

/// <summary>
/// Stands in for <see cref="ISchoolGrain"/> until the cluster is wired into these tests: schools and their accounts in memory,
/// with the grain's observable behaviour (marking created accounts distributed, refusing to reset an activated account).
/// </summary>
public sealed class InMemorySchoolAccounts : ISchoolAccounts
{
    private readonly ConcurrentDictionary<string, SchoolInfo> _schools = new();
    private readonly ConcurrentDictionary<string, List<AccountCredentialRow>> _rows = new();

    public List<(string Npsn, AccountKind Kind, bool MarkDistributed)> CredentialCalls { get; } = [];

    public void AddSchool(string npsn, params AccountCredentialRow[] rows)
    {
        _schools[npsn] = new SchoolInfo(npsn, $"SD Negeri {npsn}", 5, "026001", "Kec. Contoh", "Kab. Contoh", "Prov. Jawa Barat");
        _rows[npsn] = [.. rows];
    }

    public IReadOnlyList<AccountCredentialRow> Rows(string npsn) => _rows[npsn];

    public Task<SchoolInfo?> GetSchoolAsync(string npsn) => Task.FromResult(_schools.GetValueOrDefault(npsn));

    public Task<IReadOnlyList<AccountView>> GetAccountsAsync(string npsn) =>
        Task.FromResult<IReadOnlyList<AccountView>>((_rows.GetValueOrDefault(npsn) ?? []).Select(r => r.Account).ToList());

    public Task<IReadOnlyList<AccountCredentialRow>> GetCredentialsAsync(string npsn, AccountKind kind, bool markDistributed)
    {
        lock (CredentialCalls)
        {
            CredentialCalls.Add((npsn, kind, markDistributed));
        }

        var rows = _rows.GetValueOrDefault(npsn) ?? [];
        IReadOnlyList<AccountCredentialRow> selected = rows.Where(r => KindOf(r.Account.Role) == kind).ToList();
        if (markDistributed)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (KindOf(rows[i].Account.Role) == kind && rows[i].Account.Status == AccountStatus.Created)
                {
                    rows[i] = rows[i] with { Account = rows[i].Account with { Status = AccountStatus.Distributed } };
                }
            }
        }

        return Task.FromResult(selected);
    }

    public Task<int> MarkDistributedAsync(string npsn, IReadOnlyList<string> accountKeys)
    {
        var rows = _rows.GetValueOrDefault(npsn) ?? [];
        var changed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (accountKeys.Contains(rows[i].Account.AccountKey) && rows[i].Account.Status == AccountStatus.Created)
            {
                rows[i] = rows[i] with { Account = rows[i].Account with { Status = AccountStatus.Distributed, WasDistributed = true } };
                changed++;
            }
        }

        return Task.FromResult(changed);
    }

    public Task<string?> ResetPasswordAsync(string npsn, string userId)
    {
        var rows = _rows.GetValueOrDefault(npsn) ?? [];
        var index = rows.FindIndex(r => r.Account.UserId == userId);
        if (index < 0)
        {
            return Task.FromResult<string?>(null);
        }

        var status = rows[index].Account.Status;
        if (status is not (AccountStatus.Created or AccountStatus.Distributed))
        {
            throw new AccountNotResettableException(userId, status);
        }

        var password = "Baru-" + Guid.NewGuid().ToString("N")[..8];
        rows[index] = rows[index] with { InitialPassword = password };
        return Task.FromResult<string?>(password);
    }

    public static AccountKind KindOf(AccountRole role) => role switch
    {
        AccountRole.PesertaDidik => AccountKind.PesertaDidik,
        AccountRole.Guru => AccountKind.Ptk,
        _ => AccountKind.Admin,
    };

    public static AccountCredentialRow Account(
        string npsn, AccountRole role, string nama, string? nisn, string userId, string? password,
        AccountStatus status = AccountStatus.Created, int? tingkat = null, string? rombel = null) =>
        new(new AccountView($"key-{userId}", role, Jenjang.SD, npsn, nama, nisn, tingkat, rombel, userId, status, null, null, null, null), password);
}
