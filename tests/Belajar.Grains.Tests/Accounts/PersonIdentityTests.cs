using Belajar.Dapodik;
using Belajar.Domain;
using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

/// <summary>Who a PTK row is across schools: by NUPTK, else by NIK, else only by its own ptk_id; learners by their own id.</summary>
public sealed class PersonIdentityTests
{
    private const string Nuptk = "1234567890123456";
    private const string Nik = "3578011503850001";
    private static readonly byte[] Pepper = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void A_valid_nuptk_is_the_person_even_when_the_row_has_a_nik()
    {
        Assert.Equal("nuptk:" + Nuptk, PersonIdentity.Of(Nuptk, Nik));
        Assert.Equal("nuptk:" + Nuptk, PersonIdentity.Of(Nuptk, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901234")]
    [InlineData("12345678901234ab")]
    public void Without_a_valid_nuptk_the_valid_nik_is_the_person(string? nuptk)
    {
        Assert.Equal("nik:" + Nik, PersonIdentity.Of(nuptk, Nik));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3578011503850000")] // serial 0000
    [InlineData("9978011503850001")] // no such province
    [InlineData("3578011513850001")] // month 13
    public void Without_a_valid_nuptk_or_nik_the_row_is_only_its_ptk_id(string? nik)
    {
        Assert.Null(PersonIdentity.Of(null, nik));
    }

    [Fact]
    public void A_learner_is_never_matched_by_number_but_a_teacher_and_a_head_are()
    {
        Assert.Null(PersonIdentity.Of(Candidate("pd-a", AccountRole.PesertaDidik, "0091234567", Nik)));
        Assert.Equal("nik:" + Nik, PersonIdentity.Of(Candidate("guru-a", AccountRole.Guru, null, Nik)));
        Assert.Equal("nuptk:" + Nuptk, PersonIdentity.Of(Candidate("adm-a", AccountRole.KepalaSekolah, Nuptk, Nik)));
        Assert.Null(PersonIdentity.Of(Candidate("adm-a", AccountRole.Operator, null, null))); // an operator without a PTK row
    }

    [Fact]
    public void The_claim_key_is_a_peppered_hash_that_names_neither_the_number_nor_matches_without_the_pepper()
    {
        var key = PersonIdentity.ClaimKey(Pepper, "nik:" + Nik);

        Assert.StartsWith("person-", key, StringComparison.Ordinal);
        Assert.Equal(key, PersonIdentity.ClaimKey(Pepper, "nik:" + Nik));
        Assert.DoesNotContain(Nik, key, StringComparison.Ordinal);
        Assert.NotEqual(key, PersonIdentity.ClaimKey(Pepper, "nuptk:" + Nik)); // a NUPTK and a NIK with the same digits are not one person
        Assert.NotEqual(key, PersonIdentity.ClaimKey(new byte[32], "nik:" + Nik));
    }

    [Fact]
    public void A_row_keyed_by_another_rows_claim_keeps_its_role_prefix_and_takes_the_claimed_id_as_its_dapodik_id()
    {
        var row = Candidate("guru-bbbb", AccountRole.Guru, Nuptk, Nik) with { DapodikId = "bbbb" };

        var keyed = PersonIdentity.Keyed(row, "aaaa");

        Assert.Equal("guru-aaaa", keyed.AccountKey);
        Assert.Equal("aaaa", keyed.DapodikId);
        Assert.Equal(row.Nama, keyed.Nama);
        Assert.Same(row, PersonIdentity.Keyed(row, "bbbb"));
    }

    private static AccountCandidate Candidate(string key, AccountRole role, string? number, string? nik) =>
        new(key, role, Jenjang.SD, key[(key.IndexOf('-', StringComparison.Ordinal) + 1)..], "Sri Guru", number, null, null, nik);
}
