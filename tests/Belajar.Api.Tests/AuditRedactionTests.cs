using Belajar.Api.Audit;

namespace Belajar.Api.Tests;

public sealed class AuditRedactionTests
{
    [Fact]
    public void Nik_in_any_field_is_masked_to_its_first_and_last_four_digits()
    {
        var entry = new AuditEntry(0, DateTimeOffset.UnixEpoch, "3171234567890001", "dinas", "nominate", null, "310000", null,
            new Dictionary<string, string> { ["nominee"] = "Ani (NIK 3171234567890001)" });

        var safe = AuditRedaction.Redact(entry);

        Assert.Equal("3171********0001", safe.Actor);
        Assert.Equal("Ani (NIK 3171********0001)", safe.Detail["nominee"]);
    }

    [Fact]
    public void Secret_looking_detail_keys_are_dropped()
    {
        var entry = new AuditEntry(0, DateTimeOffset.UnixEpoch, "a", "pusdatin", "x", null, null, null,
            new Dictionary<string, string> { ["password"] = "p", ["accessToken"] = "t", ["nik"] = "n", ["kind"] = "ptk" });

        Assert.Equal(["kind"], AuditRedaction.Redact(entry).Detail.Keys);
    }
}
