using Belajar.Domain;
using System.Diagnostics;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Dapodik;
using Belajar.Directory.Emulator;
using Belajar.Grains.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Belajar.Benchmarks;

/// <summary>
/// Seeds N accounts in the state provisioning leaves them in (<c>Created</c>, a Google user that never signed in) without going
/// through Google's quota: each account's stored state is written through the silo's own account storage (the same provider,
/// state name and grain id the grain reads) and its user is added to the emulator's store. What a sweep then does with them is
/// the real path: the grains activate from that state and call the emulator through the cluster's quota.
/// </summary>
public static class CreatedAccountSeeder
{
    /// <summary>
    /// Seeds <paramref name="count"/> accounts in schools of <paramref name="perSchool"/>; returns the keys and the rate (accounts/s).
    /// <paramref name="statusReadAt"/>: per account index, when a sync last read its Google status in the deadline window
    /// (<see cref="AccountState.DeadlineStatusReadAt"/>; null: never).
    /// </summary>
    public static async Task<(List<string> Keys, double PerSecond)> SeedAsync(
        IServiceProvider siloServices, DirectoryEmulator emulator, int count, int perSchool, DateTimeOffset createdAt,
        Func<int, DateTimeOffset?>? statusReadAt = null)
    {
        var storage = siloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Accounts);
        var keys = new List<string>(count);
        var stopwatch = Stopwatch.StartNew();
        var next = -1;
        var all = Enumerable.Range(0, count).Select(i => Seed(i, perSchool, createdAt)).ToList();
        if (statusReadAt is not null)
        {
            for (var i = 0; i < count; i++)
            {
                all[i].State.DeadlineStatusReadAt = statusReadAt(i);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 64).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var (state, user) = all[i];
                if (!emulator.Store.TryAdd(user with { Id = emulator.Store.NewId() }))
                {
                    throw new InvalidOperationException($"The emulator already holds {user.PrimaryEmail}: seed into a fresh emulator.");
                }

                await storage.WriteStateAsync("account", GrainId.Create("account", state.Spec!.AccountKey), new GrainState<AccountState>(state));
            }
        }));
        keys.AddRange(all.Select(a => a.State.Spec!.AccountKey));
        return (keys, count / stopwatch.Elapsed.TotalSeconds);
    }

    private static (AccountState State, EmulatedUser User) Seed(int i, int perSchool, DateTimeOffset createdAt)
    {
        var npsn = $"{80000000 + (i / perSchool)}";
        var orgUnit = OrgUnitPaths.For("Prov. Bench", "Kota Bench", npsn);
        var key = $"pd-bench{i:D7}";
        var address = $"bench.{i:D7}@belajar.id";
        var spec = new AccountSpec(key, AccountRole.PesertaDidik, Jenjang.SD, npsn, $"bench{i:D7}", $"Siswa Bench {i}", null, 3, "3A", orgUnit);
        var state = new AccountState
        {
            Spec = spec,
            Status = AccountStatus.Created,
            UserId = address,
            GoogleUserId = null,
            CreatedAt = createdAt,
            CandidatesTried = 1,
            OrgUnitPath = orgUnit,
            CostCenter = npsn,
        };
        var user = new EmulatedUser
        {
            Id = "",
            PrimaryEmail = address,
            GivenName = "Siswa",
            FamilyName = $"Bench {i}",
            Password = "seeded-not-used",
            ChangePasswordAtNextLogin = true,
            OrgUnitPath = orgUnit,
            CreationTime = createdAt,
        };
        return (state, user);
    }
}
