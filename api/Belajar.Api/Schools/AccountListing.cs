using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Accounts;

namespace Belajar.Api.Schools;

/// <summary>One account in the operator's list: never a password.</summary>
/// <param name="Stage">One of <see cref="AccountStages.All"/>.</param>
/// <param name="CanReset">True while "Atur ulang kata sandi" may give it a new initial password.</param>
/// <param name="PreviousUserId">The address before the learner moved to a school of another jenjang; null when it never changed.</param>
/// <param name="SekolahInduk">The NPSN of the account's home school: another school's for a PTK this school lists as a guest (one person at several schools).</param>
public sealed record AccountListItem(
    string Nama,
    string? NisnNuptk,
    string Kind,
    string Peran,
    int? Tingkat,
    string? Rombel,
    string? UserId,
    string Stage,
    DateTimeOffset? LastSignInAt,
    bool CanReset,
    string? PreviousUserId = null,
    string? SekolahInduk = null);

/// <summary>What <c>GET /api/v1/schools/{npsn}/accounts/list</c> answers: one page of the matching accounts, by name.</summary>
public sealed record AccountListPage(int Total, int Offset, IReadOnlyList<AccountListItem> Items);

/// <summary>The filters of the operator's account list.</summary>
/// <param name="Query">Part of the name, NISN/NUPTK or user id (case-insensitive).</param>
public sealed record AccountListQuery(string? Query, AccountKind? Kind, string? Rombel, string? Stage, int Offset, int Limit)
{
    /// <summary>The most accounts one page holds.</summary>
    public const int MaxLimit = 200;
}

/// <summary>Filters, orders and pages a school's accounts for the operator's list.</summary>
public static class AccountListing
{
    /// <summary>The page of <paramref name="accounts"/> that <paramref name="query"/> asks for.</summary>
    public static AccountListPage Page(IEnumerable<AccountView> accounts, AccountListQuery query)
    {
        var text = query.Query?.Trim();
        var matching = accounts
            .Where(a => query.Kind is null || AccountKinds.Of(a.Role) == query.Kind)
            .Where(a => string.IsNullOrEmpty(query.Rombel) || string.Equals(a.Rombel?.Trim(), query.Rombel.Trim(), StringComparison.Ordinal))
            .Where(a => string.IsNullOrEmpty(query.Stage) || AccountStages.Of(a) == query.Stage)
            .Where(a => string.IsNullOrEmpty(text) || Matches(a, text))
            .OrderBy(a => a.Nama, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.AccountKey, StringComparer.Ordinal)
            .ToList();
        var items = matching.Skip(query.Offset).Take(query.Limit).Select(Item).ToList();
        return new AccountListPage(matching.Count, query.Offset, items);
    }

    private static bool Matches(AccountView account, string text) =>
        account.Nama.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (account.NisnNuptk?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || (account.UserId?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static AccountListItem Item(AccountView a) => new(
        a.Nama, a.NisnNuptk, AccountKindNames.Name(AccountKinds.Of(a.Role)), AccountSheet.Peran(a.Role), a.Tingkat, a.Rombel, a.UserId,
        AccountStages.Of(a), a.LastSignInAt, AccountStages.CanReset(a), a.PreviousUserId, a.Npsn);
}
