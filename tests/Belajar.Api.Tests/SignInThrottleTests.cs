using System.Net;

namespace Belajar.Api.Tests;

public sealed class SignInThrottleTests
{
    [Fact]
    public async Task Five_failures_lock_the_account_for_a_minute_then_the_right_password_works()
    {
        await using var api = await TestApi.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync(TestApi.OperatorA, "salah")).StatusCode);
        }

        var locked = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), locked.Headers.RetryAfter!.Delta);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType!.MediaType);

        api.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).StatusCode);

        api.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).StatusCode);
    }

    [Fact]
    public async Task Lockout_doubles_with_each_failure_after_the_fifth()
    {
        await using var api = await TestApi.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah");
        }

        api.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync(TestApi.OperatorA, "salah lagi")).StatusCode);

        var locked = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword);
        Assert.Equal(TimeSpan.FromMinutes(2), locked.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Lockout_of_one_account_leaves_other_accounts_alone()
    {
        await using var api = await TestApi.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah", address: "10.0.0.7");
        }

        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorB, TestApi.OperatorBPassword, address: "10.0.0.7")).StatusCode);
    }

    [Fact]
    public async Task One_address_guessing_many_usernames_is_locked_but_other_addresses_are_not()
    {
        await using var api = await TestApi.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.SignInAsync($"tebak{i}@sekolah.id", "salah", address: "10.9.9.9")).StatusCode);
        }

        var fromAttacker = await api.SignInAsync(TestApi.OperatorB, TestApi.OperatorBPassword, address: "10.9.9.9");
        var fromSchool = await api.SignInAsync(TestApi.OperatorB, TestApi.OperatorBPassword, address: "10.1.1.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, fromAttacker.StatusCode);
        Assert.NotNull(fromAttacker.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, fromSchool.StatusCode);
    }

    [Fact]
    public async Task Hourly_failure_limit_per_account_holds_even_without_consecutive_lockouts()
    {
        await using var api = await TestApi.StartAsync(new()
        {
            ["Identity:Throttle:AccountFailuresBeforeLockout"] = "1000",
            ["Identity:Throttle:AccountFailuresPerHour"] = "3",
        });
        for (var i = 0; i < 3; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah", address: $"10.0.1.{i}");
            api.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var limited = await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword, address: "10.0.2.1");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(30), limited.Headers.RetryAfter!.Delta);

        api.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword, address: "10.0.2.1")).StatusCode);
    }

    [Fact]
    public async Task A_success_clears_the_consecutive_failures()
    {
        await using var api = await TestApi.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah");
        }

        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            await api.SignInAsync(TestApi.OperatorA, "salah");
        }

        Assert.Equal(HttpStatusCode.OK, (await api.SignInAsync(TestApi.OperatorA, TestApi.OperatorAPassword)).StatusCode);
    }
}
