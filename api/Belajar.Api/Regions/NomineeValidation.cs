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
            return (null, "Give 'nominees': a list of one or two {\"fullName\", \"nik\", \"email\"}.");
        }

        if (nominees.Count > IRegionAdminsGrain.MaxAdmins)
        {
            return (null, $"A region has at most {IRegionAdminsGrain.MaxAdmins} administrators; nominate at most {IRegionAdminsGrain.MaxAdmins}.");
        }

        var checkedNominees = new List<AdminNominee>();
        for (var i = 0; i < nominees.Count; i++)
        {
            var n = nominees[i];
            var which = $"nominees[{i}]";
            if (string.IsNullOrWhiteSpace(n.FullName) || n.FullName.Trim().Length > 100)
            {
                return (null, $"{which}.fullName is missing or longer than 100 characters.");
            }

            var nik = (n.Nik ?? "").Trim();
            if (NikRules.Validate(nik) is { } nikProblem)
            {
                return (null, $"{which}.nik {(nik.Length == 16 ? NikRules.Mask(nik) : "")} is not a valid NIK: {nikProblem}.".Replace("  ", " ", StringComparison.Ordinal));
            }

            var email = (n.Email ?? "").Trim();
            if (!IsEmail(email))
            {
                return (null, $"{which}.email '{email}' is not an email address; give e.g. nama@dinas.go.id.");
            }

            if (checkedNominees.Any(c => c.Nik == nik))
            {
                return (null, $"{which}.nik {NikRules.Mask(nik)} appears twice; nominate two different people.");
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
