using System.Globalization;

namespace Belajar.Dapodik.Synthetic;

/// <summary>Plans the schools of a synthetic snapshot: form, region, name, NPSN and how many learners each gets.</summary>
internal static class SchoolPlanner
{
    /// <summary>Provinces used, in order, when the options limit their number: varied names and regions first.</summary>
    private static readonly int[] PreferredProvinces = [1, 2, 22, 7, 25, 5, 19, 24];

    public static List<SchoolPlan> Plan(SyntheticSnapshotOptions options, Random rng)
    {
        var count = options.Schools ?? Math.Max(1, (int)Math.Round(options.Learners / 190.0));
        var provinces = Provinces(options.Provinces);
        var plans = new List<SchoolPlan>(count);
        var weights = new double[count];
        var perKecamatan = new Dictionary<(string, int), int>();
        for (var i = 0; i < count; i++)
        {
            var form = i < FormPlan.FirstForms.Length ? FormPlan.Of(FormPlan.FirstForms[i]) : FormPlan.Pick(rng);
            var province = provinces[i < provinces.Count ? i : PickWeighted(provinces, rng)];
            var kabIndex = rng.Next(province.Kabupaten.Length);
            var kabupaten = province.Kabupaten[kabIndex];
            var kec = 1 + rng.Next(6);
            var (dapodikKab, nikKab) = Regions.KabupatenCode(kabupaten, kabIndex);
            var kode = string.Create(CultureInfo.InvariantCulture, $"{province.DapodikCode:00}{dapodikKab:00}{kec:00}");
            var nikRegion = string.Create(CultureInfo.InvariantCulture, $"{province.NikCode:00}{nikKab:00}{kec:00}");
            var kecamatan = Regions.KecamatanName(kabupaten, kec);
            var n = perKecamatan[(kode, form.Bentuk)] = perKecamatan.GetValueOrDefault((kode, form.Bentuk)) + 1;
            var place = kecamatan[5..];
            var nama = form.NamePatterns[rng.Next(form.NamePatterns.Length)]
                .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{k}", place, StringComparison.Ordinal);
            var status = nama.Contains("Negeri", StringComparison.Ordinal) || nama.StartsWith("SKB", StringComparison.Ordinal) ? "Negeri" : "Swasta";
            plans.Add(new SchoolPlan(Id(rng), Npsn(form.Bentuk, i), nama, form, status, kode, kecamatan, kabupaten, province, nikRegion));
            weights[i] = form.MeanLearners * (0.5 + rng.NextDouble());
        }

        Distribute(plans, weights, options.Learners);
        return plans;
    }

    /// <summary>A version-4 UUID from the seeded generator.</summary>
    public static Guid Id(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static string Npsn(int bentuk, int index)
    {
        // Unique for up to 10 million schools: a bijection of the index. Non-formal centres get a letter first.
        var number = (index * 7919L + 1234567L) % 10_000_000L;
        return BentukPendidikan.IsNonFormal(bentuk)
            ? string.Create(CultureInfo.InvariantCulture, $"P{number:0000000}")
            : string.Create(CultureInfo.InvariantCulture, $"{10_000_000L + ((index * 7919L + 1234567L) % 89_999_999L):00000000}");
    }

    private static void Distribute(List<SchoolPlan> plans, double[] weights, int learners)
    {
        var total = weights.Sum();
        var given = 0;
        for (var i = 0; i < plans.Count; i++)
        {
            plans[i].Learners = (int)(learners * weights[i] / total);
            given += plans[i].Learners;
        }

        for (var i = 0; given < learners; i = (i + 1) % plans.Count, given++)
        {
            plans[i].Learners++;
        }
    }

    private static List<Province> Provinces(int? limit)
    {
        if (limit is not { } n)
        {
            return [.. Regions.All];
        }

        var order = PreferredProvinces.Concat(Enumerable.Range(1, 38).Except(PreferredProvinces));
        return order.Take(n).Select(code => Regions.All[code - 1]).ToList();
    }

    private static int PickWeighted(List<Province> provinces, Random rng)
    {
        var weights = provinces.Select(p => Regions.Weights[p.DapodikCode - 1]).ToArray();
        var roll = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
