using Belajar.Domain;

namespace Belajar.Dapodik.Tests;

public class NoSecretsInTextTests
{
    private const string Nik = "3171044508100001";

    [Fact]
    public void Rows_and_candidates_print_a_masked_nik_and_no_password_hash()
    {
        var id = Guid.NewGuid();
        var texts = new object[]
        {
            new PesertaDidik(id, "0081234567", Nik, "Siti", 'P', new DateOnly(2010, 8, 5), id, 5, "5A"),
            new Ptk(id, null, Nik, "Drs. Ahmad", 'L', new DateOnly(1975, 8, 5), id, 3),
            new AccountCandidate("pd-x", AccountRole.PesertaDidik, Jenjang.SD, "x", "Siti", null, 5, "5A", Nik),
            new Pengguna(id, "op@sdn1.sch.id", "Operator", id, "operator", null, SnapshotBuilder.Hash),
        }.Select(o => o.ToString()!).ToList();

        Assert.All(texts, t => Assert.DoesNotContain(Nik, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(SnapshotBuilder.Hash, t, StringComparison.Ordinal));
        Assert.Contains("3171********0001", texts[0], StringComparison.Ordinal);
    }
}
