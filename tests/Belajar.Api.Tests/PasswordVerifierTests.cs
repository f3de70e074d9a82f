using System.Diagnostics;
using Belajar.Api.Auth;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Belajar.Api.Tests;

public sealed class PasswordVerifierTests(ITestOutputHelper output)
{
    private const int Cost = 6;

    [Fact]
    public void Unknown_user_costs_a_bcrypt_check_like_a_wrong_password()
    {
        var verifier = new PasswordVerifier(Options.Create(new BelajarIdentityOptions { HashWorkFactor = Cost }));
        var known = new DirectoryUser("op@sekolah.id", BCrypt.Net.BCrypt.HashPassword("Rahasia#1", Cost), BelajarRoles.Operator, "20200001");
        verifier.Verify(null, "warm-up");
        verifier.Verify(known, "warm-up");

        // Interleaved, so that load from other processes falls on both alike.
        var unknown = TimeSpan.Zero;
        var wrong = TimeSpan.Zero;
        for (var i = 0; i < 30; i++)
        {
            unknown += Measure(() => Assert.False(verifier.Verify(null, "tebakan")));
            wrong += Measure(() => Assert.False(verifier.Verify(known, "tebakan")));
        }

        var ratio = unknown.TotalMilliseconds / wrong.TotalMilliseconds;
        output.WriteLine($"bcrypt cost {Cost}, 30 checks each: unknown user {unknown.TotalMilliseconds:F0} ms, wrong password {wrong.TotalMilliseconds:F0} ms, ratio {ratio:F2}");
        Assert.InRange(ratio, 0.33, 3.0);
        Assert.True(verifier.Verify(known, "Rahasia#1"));
    }

    [Fact]
    public void A_malformed_hash_is_a_failed_check_not_an_error()
    {
        var verifier = new PasswordVerifier(Options.Create(new BelajarIdentityOptions { HashWorkFactor = 4 }));

        Assert.False(verifier.Verify(new DirectoryUser("x", "$2a$not-a-hash", BelajarRoles.Operator), "anything"));
    }

    private static TimeSpan Measure(Action check)
    {
        var started = Stopwatch.GetTimestamp();
        check();
        return Stopwatch.GetElapsedTime(started);
    }
}
