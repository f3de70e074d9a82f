using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Admins;
using Belajar.Domain;

namespace Belajar.Grains.Tests;

/// <summary>Records that carry a password, a hash or a NIK print without it (their text reaches logs through Orleans' message traces).</summary>
public class SecretRecordTextTests
{
    private const string Secret = "Rahasia-3201011505800099";

    public static TheoryData<object> Records()
    {
        var view = new RegionalAdminView("adm-1", "020100", "Budi", "3201********0099", "b@example.go.id", "budi@dikbud.belajar.id", true, DateTimeOffset.UnixEpoch);
        var account = new AccountView("pd-1", AccountRole.PesertaDidik, Jenjang.SD, "10000001", "Siti", "0011", 5, "5A", "siti@sd.belajar.id", AccountStatus.Created, null, null, null, null);
        return new TheoryData<object>
        {
            new PasswordReset(Secret, new AccountRecord(account, null)),
            new AccountCredentialRow(account, Secret),
            new AdminApproval("pusdatin", Secret, Secret),
            new ApprovedAdmin(view, Secret),
            new AdminNominee("Budi", Secret, "b@example.go.id"),
            new AdminSignIn("budi@dikbud.belajar.id", Secret, "020100", "Budi"),
        };
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void The_text_of_a_record_never_holds_its_secret(object record)
    {
        var text = record.ToString()!;

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }
}
