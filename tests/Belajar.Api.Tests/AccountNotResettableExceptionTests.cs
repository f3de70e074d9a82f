using Belajar.Abstractions.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Belajar.Api.Tests;

public sealed class AccountNotResettableExceptionTests
{
    [Fact]
    public void Crosses_the_grain_boundary_with_its_user_and_status()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(
            new AccountNotResettableException("siti@belajar.id", AccountStatus.Activated)));

        var refused = Assert.IsType<AccountNotResettableException>(copy);
        Assert.Equal(("siti@belajar.id", AccountStatus.Activated), (refused.UserId, refused.Status));
        Assert.Contains("berstatus aktif", refused.Message);
    }
}
