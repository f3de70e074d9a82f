using System.Net.Mail;
using Belajar.Abstractions.Admins;
using Belajar.Dapodik;

namespace Belajar.Api.Regions;

/// <summary>Checks a nomination's body; every message names the nominee (by position) and what to fix, never the full NIK.</summary>
public static class NomineeValidation
{
    /// <summary>The nominees, or the first problem found.</summary>
    public static (IReadOnlyList<AdminNominee>? Nominees, string? Problem) Check(NominationRequest? request)
    {
        if (request?.Nominees is not { Count: > 0 } nominees)
        {
            return (null, "Berikan 'nominees': daftar satu atau dua {\"fullName\", \"nik\", \"email\"}.");
        }

        if (nominees.Count > IRegionAdminsGrain.MaxAdmins)
        {
            return (null, $"Satu wilayah paling banyak punya {IRegionAdminsGrain.MaxAdmins} admin; usulkan paling banyak {IRegionAdminsGrain.MaxAdmins}.");
        }

        var checkedNominees = new List<AdminNominee>();
        for (var i = 0; i < nominees.Count; i++)
        {
            var n = nominees[i];
            var which = $"nominees[{i}]";
            if (string.IsNullOrWhiteSpace(n.FullName) || n.FullName.Trim().Length > 100)
            {
                return (null, $"{which}.fullName kosong atau lebih dari 100 karakter.");
            }

            var nik = (n.Nik ?? "").Trim();
            if (NikRules.Validate(nik) is { } nikProblem)
            {
                return (null, $"{which}.nik {(nik.Length == 16 ? NikRules.Mask(nik) : "")} bukan NIK yang sah: {nikProblem}.".Replace("  ", " ", StringComparison.Ordinal));
            }

            var email = (n.Email ?? "").Trim();
            if (!IsEmail(email))
            {
                return (null, $"{which}.email '{email}' bukan alamat email; berikan mis. nama@dinas.go.id.");
            }

            if (checkedNominees.Any(c => c.Nik == nik))
            {
                return (null, $"{which}.nik {NikRules.Mask(nik)} muncul dua kali; usulkan dua orang yang berbeda.");
            }

            checkedNominees.Add(new AdminNominee(n.FullName.Trim(), nik, email));
        }

        return (checkedNominees, null);
    }

    private static bool IsEmail(string email) =>
        email.Length <= 254
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
