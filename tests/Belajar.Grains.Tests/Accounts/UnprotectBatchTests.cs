using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public sealed class UnprotectBatchTests
{
    private static readonly string _key1 = PasswordProtectionOptions.GenerateKey();
    private static readonly string _key2 = PasswordProtectionOptions.GenerateKey();

    [Fact]
    public void A_batch_decrypts_values_of_several_keys_as_unprotect_does()
    {
        var old = Protector("k1");
        var current = Protector("k2");
        var values = Enumerable.Range(0, 6)
            .Select(i => (Key: $"pd-{i:D4}", Plain: $"Sandi{i}xyzPQ", Stored: (i % 2 == 0 ? old : current).Protect($"Sandi{i}xyzPQ", $"pd-{i:D4}")))
            .ToList();

        using var batch = current.BeginUnprotect();

        Assert.Equal(values.Select(v => v.Plain), values.Select(v => batch.Unprotect(v.Stored, v.Key)));
        Assert.Equal(values.Select(v => v.Plain), values.Select(v => current.Unprotect(v.Stored, v.Key)));
    }

    [Fact]
    public void A_batch_refuses_a_value_of_another_account_with_the_same_error_as_unprotect()
    {
        var protector = Protector("k1");
        var stored = protector.Protect("Abc23xyzPQ45", "pd-0001");
        using var batch = protector.BeginUnprotect();
        Assert.Equal("Abc23xyzPQ45", batch.Unprotect(stored, "pd-0001"));

        var error = Assert.Throws<PasswordProtectionException>(() => batch.Unprotect(stored, "pd-0002"));

        Assert.Equal(Assert.Throws<PasswordProtectionException>(() => protector.Unprotect(stored, "pd-0002")).Message, error.Message);
    }

    private static PasswordProtector Protector(string active) => new(new PasswordProtectionOptions
    {
        PasswordKeys = new() { ["k1"] = _key1, ["k2"] = _key2 },
        ActivePasswordKeyId = active,
    });
}
