using Belajar.Domain;
using Belajar.Abstractions;
using Belajar.Abstractions.Accounts;
using Belajar.Abstractions.Schools;
using Belajar.Api.Auth;
using Belajar.Dapodik;
using Belajar.Grains.Accounts;
using Belajar.Grains.Directory;
using Belajar.LocalServices;
using Belajar.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Belajar.Provisioning.Tests;

/// <summary>The embedded default with a gate in front of the silo's sync calls (<see cref="GatedDirectoryCalls"/>) and small schools of its own.</summary>
public sealed class BusySchoolApp : EmbeddedApp
{
    private static int _nextSchool;

    public GatedDirectoryCalls Gate => Factory.Services.GetRequiredService<GatedDirectoryCalls>();

    /// <summary>A new school whose <paramref name="learners"/> accounts are created in the emulator, and a signed-in operator of it.</summary>
    public async Task<(string Npsn, HttpClient Operator)> SchoolWithOperatorAsync(int learners)
    {
        var n = Interlocked.Increment(ref _nextSchool);
        var npsn = $"{69800000 + n}";
        var school = new SchoolInfo(npsn, $"SD Negeri Sibuk {n}", 5, "310101", "Kec. Uji", "Kota Uji", "Prov. Uji");
        var orgUnit = OrgUnitPaths.For(school.Provinsi, school.KabupatenKota, npsn);
        var specs = Enumerable.Range(0, learners)
            .Select(i => new AccountSpec($"pd-{npsn}{i:D4}", AccountRole.PesertaDidik, Jenjang.SD, npsn, $"{npsn}{i:D2}", $"Siswa {(char)('A' + i)} Sibuk", null, 2, "2A", orgUnit))
            .ToList();
        var grain = Grains.GetGrain<ISchoolGrain>(GrainKeys.School(npsn));
        await grain.AcceptRosterAsync(new SchoolProvisioning($"run-busy-{n}", school, specs));
        await Poll.UntilAsync(grain.GetCountersAsync, c => c.Created == learners, TimeSpan.FromSeconds(60), $"the {learners} accounts of {npsn}");

        var username = $"operator.sibuk{n}";
        const string password = "Operator#Sibuk2026";
        await Factory.Services.GetRequiredService<OperatorUsers>().ReplaceAsync([(username, BCrypt.Net.BCrypt.HashPassword(password, 4), npsn, "Operator Sibuk")]);
        return (npsn, await SignedInAsync(username, password));
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<QuotaDirectoryCalls>();
        services.AddSingleton<GatedDirectoryCalls>();
        services.AddSingleton<IDirectoryCalls>(sp => sp.GetRequiredService<GatedDirectoryCalls>());
    }
}
