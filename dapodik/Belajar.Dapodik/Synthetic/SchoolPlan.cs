namespace Belajar.Dapodik.Synthetic;

/// <summary>One synthetic school before its rows are written.</summary>
internal sealed record SchoolPlan(Guid Id, string Npsn, string Nama, FormPlan Form, string Status, string KodeWilayah,
    string Kecamatan, string Kabupaten, Province Province, string NikRegion)
{
    public int Learners { get; set; }

    public string[] Row => [Id.ToString("D"), Npsn, Nama, Form.Bentuk.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Status, KodeWilayah, Kecamatan, Kabupaten, Province.Name];
}
