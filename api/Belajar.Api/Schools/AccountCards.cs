using System.Net;
using System.Text;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Accounts;

namespace Belajar.Api.Schools;

/// <summary>
/// "Cetak Kartu Akun": the printable account cards of a school as one HTML document (styled by <c>/assets/cards.css</c> for
/// screen and print: A4, cards that never break across pages, dashed cut lines). One card per account Google has (a user id),
/// learners first by grade, rombel and name, then PTK and admin by name. An activated or deactivated account's card carries no
/// password. The text of the cards is Bahasa Indonesia: they are handed to learners and teachers.
/// </summary>
public static class AccountCards
{
    /// <summary>The accounts that get a card, in the cards' order.</summary>
    public static IReadOnlyList<AccountCredentialRow> Order(IEnumerable<AccountCredentialRow> rows) => rows
        .Where(r => !string.IsNullOrEmpty(r.Account.UserId))
        .OrderBy(r => AccountKinds.Of(r.Account.Role))
        .ThenBy(r => r.Account.Tingkat ?? int.MaxValue)
        .ThenBy(r => r.Account.Rombel, RombelOrder.Instance)
        .ThenBy(r => r.Account.Nama, StringComparer.OrdinalIgnoreCase)
        .ThenBy(r => r.Account.UserId, StringComparer.Ordinal)
        .ToList();

    /// <summary>The whole document. <paramref name="scope"/> says which cards these are (e.g. "Rombel 3C", "Seluruh sekolah").</summary>
    public static string Render(SchoolInfo school, IReadOnlyList<AccountCredentialRow> cards, string scope, DateTimeOffset deadline)
    {
        var html = new StringBuilder(4096 + cards.Count * 1600);
        var title = $"Kartu Akun belajar.id · {school.Nama} ({school.Npsn}) · {scope}";
        html.Append("<!doctype html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/cards.css\">\n")
            .Append("</head>\n<body>\n")
            .Append("<div class=\"toolbar\">\n<h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p>").Append(cards.Count).Append(" kartu. Cetak di kertas A4 lalu gunting mengikuti garis putus-putus; ")
            .Append("simpan sebagai PDF bila perlu. Kata sandi awal bersifat rahasia: berikan setiap kartu hanya kepada pemiliknya.</p>\n")
            .Append("<p><button type=\"button\" id=\"print\">Cetak kartu</button></p>\n</div>\n")
            .Append("<main class=\"cards\">\n");
        var due = IndonesianDates.DateAndTime(deadline);
        foreach (var row in cards)
        {
            Card(html, school, row, due);
        }

        html.Append("</main>\n<script src=\"/assets/cards.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Card(StringBuilder html, SchoolInfo school, AccountCredentialRow row, string due)
    {
        var account = row.Account;
        var activated = account.Status is AccountStatus.Activated or AccountStatus.Deactivated;
        var password = activated ? null : row.InitialPassword;
        var isLearner = AccountKinds.Of(account.Role) == AccountKind.PesertaDidik;
        html.Append("<article class=\"card\" data-user-id=\"").Append(E(account.UserId)).Append("\">\n")
            .Append("<header><b>Akun belajar.id</b><span>").Append(E(school.Nama)).Append(" · NPSN ").Append(E(school.Npsn)).Append("</span></header>\n")
            .Append("<h2>").Append(E(account.Nama)).Append("</h2>\n<dl>\n")
            .Append("<dt>").Append(isLearner ? "NISN" : "NUPTK").Append("</dt><dd>").Append(E(Or(account.NisnNuptk))).Append("</dd>\n");
        if (isLearner)
        {
            html.Append("<dt>Rombel</dt><dd>").Append(E(Or(account.Rombel))).Append("</dd>\n");
        }
        else
        {
            html.Append("<dt>Peran</dt><dd>").Append(E(Role(account))).Append("</dd>\n");
        }

        html.Append("<dt>ID pengguna</dt><dd class=\"mono\">").Append(E(account.UserId)).Append("</dd>\n");
        if (password is { Length: > 0 })
        {
            html.Append("<dt>Kata sandi awal</dt><dd class=\"mono password\">").Append(E(password)).Append("</dd>\n</dl>\n")
                .Append("<ol>\n<li>Buka <b>mail.google.com</b> di peramban.</li>\n")
                .Append("<li>Masuk dengan ID pengguna dan kata sandi awal di atas.</li>\n")
                .Append("<li>Baca dan setujui persyaratan layanan Google.</li>\n")
                .Append("<li>Ganti kata sandi awal dengan kata sandi baru yang hanya Anda ketahui.</li>\n</ol>\n")
                .Append("<p class=\"deadline\">Aktifkan sebelum <b>").Append(E(due)).Append("</b>; akun yang belum diaktifkan akan dinonaktifkan.</p>\n");
        }
        else if (activated)
        {
            html.Append("</dl>\n<p class=\"active\">Akun ini sudah aktif: masuk dengan kata sandi yang Anda pilih sendiri. ")
                .Append("Lupa kata sandi? Minta bantuan operator sekolah.</p>\n");
        }
        else
        {
            html.Append("</dl>\n<p class=\"active\">Kata sandi awal belum tersedia: minta operator sekolah mengatur ulang kata sandi.</p>\n");
        }

        html.Append("<footer>Bantuan: <b>www.belajar.id</b> atau operator sekolah Anda.</footer>\n</article>\n");
    }

    private static string Role(AccountView account) => account.Role switch
    {
        Belajar.Domain.AccountRole.Guru => "Guru",
        Belajar.Domain.AccountRole.KepalaSekolah => "Kepala sekolah",
        Belajar.Domain.AccountRole.Operator => "Operator sekolah",
        _ => "Peserta didik",
    };

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value;

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
