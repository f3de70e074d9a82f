using Belajar.Grains.Accounts;

namespace Belajar.Grains.Tests.Accounts;

public class PasswordProtectorTests
{
    private static readonly string _key1 = PasswordProtectionOptions.GenerateKey();
    private static readonly string _key2 = PasswordProtectionOptions.GenerateKey();

    private static PasswordProtector With(string active, params (string Id, string Key)[] keys) => new(new PasswordProtectionOptions
    {
        PasswordKeys = keys.ToDictionary(k => k.Id, k => k.Key),
        ActivePasswordKeyId = active,
    });

    [Fact]
    public void Round_trip_returns_the_password_and_hides_it()
    {
        var protector = With("k1", ("k1", _key1));

        var stored = protector.Protect("Abc23xyzPQ45", "pd-0001");

        Assert.StartsWith("v1:k1:", stored);
        Assert.DoesNotContain("Abc23xyzPQ45", stored);
        Assert.Equal("Abc23xyzPQ45", protector.Unprotect(stored, "pd-0001"));
    }

    [Fact]
    public void Same_password_encrypts_differently_each_time()
    {
        var protector = With("k1", ("k1", _key1));

        Assert.NotEqual(protector.Protect("Abc23xyzPQ45", "pd-1"), protector.Protect("Abc23xyzPQ45", "pd-1"));
    }

    [Fact]
    public void Tampered_value_is_detected()
    {
        var protector = With("k1", ("k1", _key1));
        var stored = protector.Protect("Abc23xyzPQ45", "pd-0001");
        var data = stored[(stored.LastIndexOf(':') + 1)..].ToCharArray();
        data[20] = data[20] == 'A' ? 'B' : 'A';
        var tampered = $"v1:k1:{new string(data)}";

        var error = Assert.Throws<PasswordProtectionException>(() => protector.Unprotect(tampered, "pd-0001"));

        Assert.Contains("was changed", error.Message);
    }

    [Fact]
    public void Value_of_another_account_does_not_decrypt()
    {
        var protector = With("k1", ("k1", _key1));
        var stored = protector.Protect("Abc23xyzPQ45", "pd-0001");

        Assert.Throws<PasswordProtectionException>(() => protector.Unprotect(stored, "pd-0002"));
    }

    [Fact]
    public void Unknown_key_id_names_the_key_to_add_back()
    {
        var old = With("k1", ("k1", _key1)).Protect("Abc23xyzPQ45", "pd-1");
        var withoutOld = With("k2", ("k2", _key2));

        var error = Assert.Throws<PasswordProtectionException>(() => withoutOld.Unprotect(old, "pd-1"));

        Assert.Contains("'k1'", error.Message);
        Assert.Contains("Secrets:PasswordKeys:k1", error.Message);
    }

    [Fact]
    public void Relabelled_key_id_does_not_decrypt()
    {
        var both = With("k1", ("k1", _key1), ("k2", _key2));
        var stored = both.Protect("Abc23xyzPQ45", "pd-1");

        Assert.Throws<PasswordProtectionException>(() => both.Unprotect(stored.Replace("v1:k1:", "v1:k2:"), "pd-1"));
    }

    [Fact]
    public void Rotation_keeps_old_values_readable_and_encrypts_new_ones_with_the_new_key()
    {
        var before = With("k1", ("k1", _key1)).Protect("Abc23xyzPQ45", "pd-1");
        var rotated = With("k2", ("k1", _key1), ("k2", _key2));

        var after = rotated.Protect("Zyx98wvuTS76", "pd-1");

        Assert.Equal("Abc23xyzPQ45", rotated.Unprotect(before, "pd-1"));
        Assert.StartsWith("v1:k2:", after);
        Assert.Equal("Zyx98wvuTS76", rotated.Unprotect(after, "pd-1"));
    }

    [Theory]
    [InlineData("plain-text")]
    [InlineData("v2:k1:abc")]
    [InlineData("v1:k1:!!!")]
    [InlineData("v1:k1:AAAA")]
    public void Malformed_values_get_a_clear_error(string value)
    {
        var protector = With("k1", ("k1", _key1));

        var error = Assert.Throws<PasswordProtectionException>(() => protector.Unprotect(value, "pd-1"));

        Assert.Contains("pd-1", error.Message);
    }

    [Fact]
    public void Missing_keys_are_refused_with_what_to_configure()
    {
        var error = Assert.Throws<PasswordProtectionException>(() => new PasswordProtector(new PasswordProtectionOptions()));

        Assert.Contains("Secrets:PasswordKeys", error.Message);
    }

    [Fact]
    public void Active_key_id_must_be_configured()
    {
        var error = Assert.Throws<PasswordProtectionException>(() => With("k9", ("k1", _key1)));

        Assert.Contains("Secrets:ActivePasswordKeyId", error.Message);
    }

    [Theory]
    [InlineData("not base64")]
    [InlineData("AAAA")]
    public void Key_of_wrong_size_is_refused_without_echoing_it(string key)
    {
        var error = Assert.Throws<PasswordProtectionException>(() => With("k1", ("k1", key)));

        Assert.Contains("32 bytes", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Fact]
    public void Ephemeral_options_make_a_working_protector_with_a_fresh_32_byte_key()
    {
        var options = PasswordProtectionOptions.CreateEphemeral();
        var protector = new PasswordProtector(options);

        Assert.Equal(32, Convert.FromBase64String(options.PasswordKeys["embedded"]).Length);
        Assert.NotEqual(options.PasswordKeys["embedded"], PasswordProtectionOptions.CreateEphemeral().PasswordKeys["embedded"]);
        Assert.Equal("ü Ünïcode", protector.Unprotect(protector.Protect("ü Ünïcode", "guru-1"), "guru-1"));
        Assert.Equal("embedded", protector.ActiveKeyId);
    }
}
