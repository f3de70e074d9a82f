using System.Text.Json;
using Belajar.Abstractions.Admins;
using Belajar.Grains.Admins;

namespace Belajar.Admins.Tests;

public sealed class StoredStateTests
{
    [Fact]
    public void Region_admin_state_survives_a_system_text_json_round_trip_as_the_storage_writes_it()
    {
        var at = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7));
        var state = new RegionAdminsState();
        state.Nominations["nom-020100-0123456789ab"] = new StoredNomination
        {
            View = new NominationView("nom-020100-0123456789ab", "020100", "Budi", "3201********0001", "b@example.go.id",
                NominationState.Pending, "dinas-kab", at, null, null, null),
            Nik = "3201011508850001",
            NikHash = "AB",
        };
        state.Admins["adm-020100-0123456789ab"] = new StoredAdmin
        {
            View = new RegionalAdminView("adm-020100-0123456789ab", "020100", "Budi", "3201********0001", "b@example.go.id",
                "budi.020100@dikbud.belajar.id", true, at),
            NikHash = "AB",
            GoogleUserId = "123",
        };

        var read = JsonSerializer.Deserialize<RegionAdminsState>(JsonSerializer.Serialize(state));

        Assert.Equivalent(state, read, strict: true);
    }
}
