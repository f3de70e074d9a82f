using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Belajar.Dapodik.Synthetic;

/// <summary>Writes a synthetic snapshot, school by school, from one seeded random sequence.</summary>
internal sealed class SnapshotGenerator
{
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string BcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly SyntheticSnapshotOptions _options;
    private readonly Random _rng;
    private readonly NameGenerator _names;
    private readonly PersonFactory _people;
    private readonly Corruptor _corruptor;
    private readonly Dictionary<string, double> _invalidDebt = new(StringComparer.Ordinal);

    public SnapshotGenerator(SyntheticSnapshotOptions options)
    {
        _options = options;
        _rng = new Random(options.Seed);
        _names = new NameGenerator(_rng);
        _people = new PersonFactory(_rng, _names);
        _corruptor = new Corruptor(_rng);
    }

    public void Write(string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var schools = SchoolPlanner.Plan(_options, _rng);
        var writer = Sep.New(',').Writer(o => o with { Escape = true });
        using var sekolah = writer.ToFile(Path.Combine(folder, SnapshotFiles.Sekolah));
        using var learners = writer.ToFile(Path.Combine(folder, SnapshotFiles.PesertaDidik));
        using var ptk = writer.ToFile(Path.Combine(folder, SnapshotFiles.Ptk));
        using var pengguna = writer.ToFile(Path.Combine(folder, SnapshotFiles.Pengguna));
        using var passwords = writer.ToFile(Path.Combine(folder, SnapshotFiles.OperatorPasswords));

        foreach (var school in schools)
        {
            Put(sekolah, SnapshotFiles.SekolahColumns, school.Row);
        }

        var extraSchools = _options.InvalidShare > 0 ? Math.Max(1, (int)Math.Round(schools.Count * _options.InvalidShare)) : 0;
        for (var i = 0; i < extraSchools; i++)
        {
            var model = schools[_rng.Next(schools.Count)];
            Put(sekolah, SnapshotFiles.SekolahColumns, _corruptor.Sekolah(model, model.Npsn));
        }

        string[]? previousLearner = null;
        string[]? previousPtk = null;
        string? previousUsername = null;
        foreach (var school in schools)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < school.Learners; i++)
            {
                var row = _people.Learner(school);
                if (Invalid(SnapshotFiles.PesertaDidik))
                {
                    _corruptor.Learner(row, school, previousLearner);
                }
                else
                {
                    previousLearner = row;
                }

                Put(learners, SnapshotFiles.PesertaDidikColumns, row);
            }

            var staff = WriteStaff(ptk, school, ref previousPtk);
            previousUsername = WriteOperators(pengguna, passwords, school, staff, previousUsername);
        }
    }

    private List<string[]> WriteStaff(SepWriter ptk, SchoolPlan school, ref string[]? previous)
    {
        var slb = school.Form.Bentuk is BentukPendidikan.SLB or BentukPendidikan.SDLB or BentukPendidikan.SMPLB or BentukPendidikan.SMLB;
        var count = 3 + (int)Math.Round(school.Learners / (slb ? 5.0 : 14.0));
        var hasHead = _rng.NextDouble() >= 0.02;
        var staff = new List<string[]>(count);
        for (var i = 0; i < count; i++)
        {
            var row = _people.Ptk(school, head: hasHead && i == 0);
            if (Invalid(SnapshotFiles.Ptk))
            {
                _corruptor.Ptk(row, previous);
            }
            else
            {
                previous = row;
                staff.Add(row);
            }

            Put(ptk, SnapshotFiles.PtkColumns, row);
        }

        return staff;
    }

    private string? WriteOperators(SepWriter pengguna, SepWriter passwords, SchoolPlan school, List<string[]> staff,
        string? previousUsername)
    {
        var operators = _rng.NextDouble() < 0.7 ? 1 : 2;
        var users = operators + (_rng.NextDouble() < 0.05 ? 1 : 0);
        for (var i = 0; i < users; i++)
        {
            var peran = i < operators ? Pengguna.OperatorPeran : "pengawas";
            string[]? linked = staff.Count > 0 && _rng.NextDouble() < 0.6 ? staff[_rng.Next(staff.Count)] : null;
            var jk = _rng.Next(2) == 0 ? 'L' : 'P';
            var nama = linked?[3] ?? _names.Person(jk, school.Province.DapodikCode);
            var username = string.Create(CultureInfo.InvariantCulture,
                $"{Slug(nama)}.{school.Npsn.ToLowerInvariant()}{i + 1}@{(i < operators ? "gmail.com" : "kemdikbud.go.id")}");
            var password = Password();
            var row = new[]
            {
                SchoolPlanner.Id(_rng).ToString("D"), username, nama, school.Id.ToString("D"), peran, linked?[0] ?? string.Empty,
                BCrypt.Net.BCrypt.HashPassword(password, Salt()),
            };
            if (Invalid(SnapshotFiles.Pengguna))
            {
                _corruptor.Pengguna(row, previousUsername);
            }

            Put(pengguna, SnapshotFiles.PenggunaColumns, row);
            if (i < operators)
            {
                Put(passwords, ["username", "password"], [row[1], password]);
            }

            previousUsername = username;
        }

        return previousUsername;
    }

    /// <summary>
    /// Whether the next row of <paramref name="file"/> is made invalid: each file accumulates the share row by row
    /// (from a seeded start), so the share is exact and the invalid rows are spread evenly.
    /// </summary>
    private bool Invalid(string file)
    {
        if (_options.InvalidShare <= 0)
        {
            return false;
        }

        var debt = (_invalidDebt.TryGetValue(file, out var d) ? d : _rng.NextDouble()) + _options.InvalidShare;
        var invalid = debt >= 1;
        _invalidDebt[file] = invalid ? debt - 1 : debt;
        return invalid;
    }

    private string Password()
    {
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = PasswordAlphabet[_rng.Next(PasswordAlphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A bcrypt salt from the seeded sequence, so the same seed gives the same hashes.</summary>
    private string Salt()
    {
        var salt = new StringBuilder($"$2a${_options.BcryptWorkFactor:00}$", 29);
        for (var i = 0; i < 21; i++)
        {
            salt.Append(BcryptAlphabet[_rng.Next(64)]);
        }

        // The 22nd character carries only 2 bits of the 128-bit salt.
        return salt.Append(".Oeu"[_rng.Next(4)]).ToString();
    }

    private static string Slug(string nama)
    {
        var plain = nama.Split(',')[0];
        var sb = new StringBuilder();
        foreach (var c in plain.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
            }
            else if (c == ' ' && sb.Length > 0 && sb[^1] != '.')
            {
                sb.Append('.');
            }
        }

        return sb.ToString().Trim('.') is { Length: > 0 } s ? s : "operator";
    }

    private static void Put(SepWriter writer, string[] columns, string[] values)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < columns.Length; i++)
        {
            row[columns[i]].Set(values[i]);
        }
    }
}
