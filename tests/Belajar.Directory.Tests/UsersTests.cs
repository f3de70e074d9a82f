using System.Net;

namespace Belajar.Directory.Tests;

public sealed class UsersTests
{
    [Fact]
    public async Task CreateUser_creates_the_user_with_googles_output_fields()
    {
        await using var h = await DirectoryHarness.StartAsync();

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("siti.rahma", "pd-1"), default);

        Assert.Equal(CreateUserOutcome.Created, result.Outcome);
        Assert.Equal("siti.rahma@belajar.id", result.User!.PrimaryEmail);
        Assert.False(string.IsNullOrEmpty(result.User.Id));
        Assert.Equal("1970-01-01T00:00:00.000Z", result.User.LastLoginTime);
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"), result.User.CreationTime);
        Assert.False(result.User.AgreedToTerms);
        Assert.False(result.User.IsAdmin);
        Assert.Null(result.User.Password);
        Assert.Equal("20100001", result.User.Organizations![0].CostCenter);
        var stored = h.Emulator.FindUser("siti.rahma@belajar.id")!;
        Assert.Equal("pd-1", stored.ExternalIds[0].Value);
        Assert.True(stored.ChangePasswordAtNextLogin);
    }

    [Fact]
    public async Task GetUser_finds_by_email_and_by_id_and_is_null_when_missing()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var created = (await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default)).User!;

        Assert.Equal(created.Id, (await h.Gateway.GetUserAsync("a@belajar.id", default))!.Id);
        Assert.Equal("a@belajar.id", (await h.Gateway.GetUserAsync(created.Id!, default))!.PrimaryEmail);
        Assert.Null(await h.Gateway.GetUserAsync("nobody@belajar.id", default));
        Assert.Equal(4, h.Emulator.Stats.Calls);
    }

    [Fact]
    public async Task PatchUser_changes_only_the_given_fields()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.EnsureOrgUnitAsync("/sekolah/20100001", default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);

        var patched = await h.Gateway.PatchUserAsync("a@belajar.id", new User { Suspended = true, OrgUnitPath = "/sekolah/20100001" }, default);

        Assert.True(patched.Suspended);
        Assert.Equal("/sekolah/20100001", patched.OrgUnitPath);
        Assert.Equal("Siti", patched.Name!.GivenName);
        Assert.True(h.Emulator.FindUser("a@belajar.id")!.Suspended);
    }

    [Fact]
    public async Task ListUsers_by_org_unit_includes_sub_units_and_reads_every_page()
    {
        await using var h = await DirectoryHarness.StartAsync(configureClient: o => o.PageSize = 2);
        await h.Gateway.EnsureOrgUnitAsync("/sekolah/20100001/kelas5", default);
        await h.Gateway.EnsureOrgUnitAsync("/sekolah/20100002", default);
        for (var i = 0; i < 5; i++)
        {
            await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser($"u{i}", $"pd-{i}", i == 0 ? "/sekolah/20100001" : "/sekolah/20100001/kelas5"), default);
        }

        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("other", "pd-9", "/sekolah/20100002"), default);

        var listed = await ToListAsync(h.Gateway.ListUsersAsync("orgUnitPath='/sekolah/20100001'", "id,primaryEmail", default));

        Assert.Equal(["u0@belajar.id", "u1@belajar.id", "u2@belajar.id", "u3@belajar.id", "u4@belajar.id"], listed.Select(u => u.PrimaryEmail));
        var suspendedOnly = await ToListAsync(h.Gateway.ListUsersAsync("isSuspended=true", null, default));
        Assert.Empty(suspendedOnly);
    }

    [Fact]
    public async Task ListUsers_by_org_unit_follows_a_user_moved_by_patch()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.EnsureOrgUnitAsync("/sekolah/a", default);
        await h.Gateway.EnsureOrgUnitAsync("/sekolah/b", default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("pindah", "pd-1", "/sekolah/a"), default);

        await h.Gateway.PatchUserAsync("pindah@belajar.id", new User { OrgUnitPath = "/sekolah/b" }, default);

        Assert.Empty(await ToListAsync(h.Gateway.ListUsersAsync("orgUnitPath='/sekolah/a'", null, default)));
        Assert.Equal(["pindah@belajar.id"], (await ToListAsync(h.Gateway.ListUsersAsync("orgUnitPath='/sekolah/b'", null, default))).Select(u => u.PrimaryEmail));
        Assert.Single(await ToListAsync(h.Gateway.ListUsersAsync("orgUnitPath='/'", null, default)));
    }

    [Fact]
    public async Task FindUserByExternalId_returns_the_user_carrying_it()
    {
        await using var h = await DirectoryHarness.StartAsync();
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1"), default);
        await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("b", "pd-2"), default);

        Assert.Equal("b@belajar.id", (await h.Gateway.FindUserByExternalIdAsync(new UserExternalId { Type = "organization", Value = "pd-2" }, default))!.PrimaryEmail);
        Assert.Null(await h.Gateway.FindUserByExternalIdAsync(new UserExternalId { Type = "organization", Value = "pd-3" }, default));
    }

    [Theory]
    [InlineData("a@gmail.com", "Siti", "Rahma", "Rahasia-123", null, "Domain not found.")]
    [InlineData("a@belajar.id", "", "Rahma", "Rahasia-123", null, "GivenName")]
    [InlineData("a@belajar.id", "Siti", "ThisFamilyNameIsLongerThanSixtyCharactersWhichGoogleRefusesXX", "Rahasia-123", null, "FamilyName")]
    [InlineData("a@belajar.id", "Siti", "Rahma", "short", null, "Invalid Password")]
    [InlineData("a@belajar.id", "Siti", "Rahma", "kata sandi ñ bukan ascii", null, "Invalid Password")]
    [InlineData("a@belajar.id", "Siti", "Rahma", "abc", "SHA-1", "Invalid Password")]
    [InlineData("a@belajar.id", "Siti", "Rahma", "Rahasia-123", "bcrypt", "hashFunction")]
    public async Task CreateUser_refuses_what_google_refuses_without_retrying(string email, string given, string family, string password, string? hash, string message)
    {
        await using var h = await DirectoryHarness.StartAsync();
        var user = DirectoryHarness.NewUser("x", "pd-1");
        user.PrimaryEmail = email;
        user.Name = new UserName { GivenName = given, FamilyName = family };
        user.Password = password;
        user.HashFunction = hash;

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.CreateUserAsync(user, default));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains(message, error.Message);
        Assert.Empty(h.Delays.Delays);
        Assert.Empty(h.Emulator.Users);
    }

    [Fact]
    public async Task CreateUser_refuses_an_org_unit_that_does_not_exist()
    {
        await using var h = await DirectoryHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryException>(() => h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1", "/tidak/ada"), default));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid", error.Reason);
    }

    [Theory]
    [InlineData("sman1.belajar.id")]
    [InlineData("guru.sman1.belajar.id")]
    public async Task CreateUser_accepts_subdomains_of_a_wildcard_domain(string domain)
    {
        await using var h = await DirectoryHarness.StartAsync();

        var result = await h.Gateway.CreateUserAsync(DirectoryHarness.NewUser("a", "pd-1", domain: domain), default);

        Assert.Equal(CreateUserOutcome.Created, result.Outcome);
    }

    [Fact]
    public async Task CreateUser_accepts_md5_sha1_and_crypt_hashes()
    {
        await using var h = await DirectoryHarness.StartAsync();
        var hashes = new (string Function, string Hash)[]
        {
            ("MD5", Convert.ToHexString(System.Security.Cryptography.MD5.HashData("Rahasia-123"u8))),
            ("SHA-1", Convert.ToHexString(System.Security.Cryptography.SHA1.HashData("Rahasia-123"u8)).ToLowerInvariant()),
            ("crypt", "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"),
        };

        for (var i = 0; i < hashes.Length; i++)
        {
            var user = DirectoryHarness.NewUser($"h{i}", $"pd-{i}");
            user.Password = hashes[i].Hash;
            user.HashFunction = hashes[i].Function;
            Assert.Equal(CreateUserOutcome.Created, (await h.Gateway.CreateUserAsync(user, default)).Outcome);
        }

        Assert.Equal("crypt", h.Emulator.FindUser("h2@belajar.id")!.HashFunction);
    }

    private static async Task<List<User>> ToListAsync(IAsyncEnumerable<User> users)
    {
        var list = new List<User>();
        await foreach (var user in users)
        {
            list.Add(user);
        }

        return list;
    }
}
