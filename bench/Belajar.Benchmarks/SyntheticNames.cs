namespace Belajar.Benchmarks;

/// <summary>
/// A synthetic Indonesian learner population: names drawn with Zipf-like frequencies so that, as in Dapodik,
/// a few names (Muhammad Rizki, Siti Nurhaliza, Putri Ayu, Ni Luh Putu …) are shared by thousands of learners
/// in one domain. Deterministic for a seed.
/// </summary>
internal sealed class SyntheticNames(int seed)
{
    private static readonly Zipf _maleFirst = new(["Muhammad", "Ahmad", "Rizki", "Muh.", "Moh.", "Andi", "Aditya", "Dimas", "Fajar", "Bagus", "Rizky", "Agus", "Dwi", "Eko", "Budi", "Arif", "Bayu", "Dani", "Fikri", "Galih", "Hendra", "Ilham", "Joko", "Kurniawan", "Lukman", "Reza", "Rendi", "Satria", "Teguh", "Wahyu", "Yoga", "Yusuf", "Zaki", "Abdul", "Alif", "Farhan", "Hafiz", "Irfan", "Naufal", "Raka", "Rafi", "Daffa", "Alfin", "Akbar", "Gilang", "Putra", "Angga", "Ari", "Deni", "Rahmat"]);
    private static readonly Zipf _femaleFirst = new(["Siti", "Nur", "Putri", "Dewi", "Sri", "Ayu", "Fitri", "Nurul", "Indah", "Dwi", "Rina", "Wulan", "Aulia", "Anisa", "Dinda", "Eka", "Intan", "Kartika", "Lestari", "Maya", "Nabila", "Novi", "Rahma", "Ratna", "Salsabila", "Tiara", "Vina", "Yuni", "Zahra", "Amelia", "Citra", "Della", "Fani", "Hana", "Laila", "Mega", "Nadia", "Puspita", "Rani", "Safitri", "Tri", "Umi", "Wati", "Yulia", "Annisa", "Bunga", "Cahya", "Dian", "Elsa", "Firda"]);
    private static readonly Zipf _maleLast = new(["Rizki", "Pratama", "Saputra", "Ramadhan", "Hidayat", "Setiawan", "Nugroho", "Kurniawan", "Firmansyah", "Maulana", "Prasetyo", "Wijaya", "Santoso", "Gunawan", "Hakim", "Syahputra", "Permana", "Hermawan", "Fauzi", "Akbar", "Alfarizi", "Febrian", "Irawan", "Julianto", "Kusuma", "Lubis", "Nasution", "Siregar", "Harahap", "Sinaga", "Simanjuntak", "Putra", "Rahman", "Sidiq", "Wibowo", "Yulianto", "Zulkarnain", "Ardiansyah", "Budiman", "Darmawan", "Effendi", "Fadillah", "Habibi", "Iskandar", "Jaya", "Kadir", "Lesmana", "Mahendra", "Nurdin", "Oktavian", "Pangestu", "Rosyid", "Sutanto", "Tanjung", "Utomo", "Wardana"]);
    private static readonly Zipf _femaleLast = new(["Nurhaliza", "Lestari", "Rahmawati", "Sari", "Aulia", "Wulandari", "Safitri", "Permatasari", "Puspitasari", "Handayani", "Anggraini", "Oktaviani", "Kurniasih", "Maharani", "Ramadhani", "Fitriani", "Purnamasari", "Novitasari", "Utami", "Rahayu", "Pertiwi", "Agustina", "Damayanti", "Fadilah", "Hasanah", "Khairunnisa", "Lubis", "Nasution", "Siregar", "Marpaung", "Septiani", "Yuliani", "Zahra", "Amalia", "Cahyani", "Febriani", "Indriani", "Juliana", "Kartini", "Maulida", "Nuraini", "Pratiwi", "Rosita", "Susanti", "Triana", "Wahyuni", "Yanti", "Azzahra", "Ayu", "Putri"]);
    private static readonly Zipf _middle = new(["Rizki", "Nur", "Ayu", "Dwi", "Tri", "Putra", "Putri", "Adi", "Eka", "Sri", "Dian", "Fajar", "Indah", "Bagus", "Dewi", "Arya", "Bima", "Citra", "Dimas", "Intan", "Kurnia", "Maulana", "Nabila", "Rahma", "Satrio", "Wahyu", "Yoga", "Zahra", "Ahmad", "Abdul", "Al", "Aditya", "Annisa", "Bayu", "Cahya", "Dinda", "Fitri", "Galang", "Hafidz", "Ilham"]);
    private static readonly Zipf _balineseOrder = new(["Putu", "Made", "Kadek", "Komang", "Nyoman", "Ketut", "Gede", "Wayan", "Nengah", "Luh"]);
    private static readonly Zipf _balineseGiven = new(["Ayu", "Agus", "Wirawan", "Suardana", "Sri", "Dewi", "Yoga", "Adi", "Arya", "Budi", "Darma", "Eka", "Gita", "Indra", "Juliantara", "Krisna", "Lestari", "Mahendra", "Novi", "Pratama", "Rai", "Sudiarta", "Widya", "Wisnu", "Yudha"]);
    private static readonly Zipf _mononym = new(["Sutrisno", "Suparman", "Sumarni", "Sugiarto", "Supriyadi", "Sulastri", "Suyanto", "Wagiman", "Ngatini", "Paijo", "Tukiyem", "Sarinah", "Slamet", "Mulyadi", "Kasmini", "Sukardi", "Warsito", "Yatmi", "Rubiah", "Juwariyah"]);

    private readonly Random _random = new(seed);

    /// <summary>The next learner's name.</summary>
    public string Next()
    {
        var kind = _random.NextDouble();
        if (kind < 0.04)
        {
            return _mononym.Draw(_random);
        }

        if (kind < 0.08)
        {
            var order = _balineseOrder.Draw(_random);
            return _random.Next(2) == 0
                ? $"I {order} {_balineseGiven.Draw(_random)}"
                : $"Ni {(_random.Next(3) == 0 ? "Luh " : string.Empty)}{order} {_balineseGiven.Draw(_random)}";
        }

        var male = _random.Next(2) == 0;
        var first = (male ? _maleFirst : _femaleFirst).Draw(_random);
        var middle = _random.NextDouble() < 0.45 ? " " + _middle.Draw(_random) : string.Empty;
        var last = _random.NextDouble() < 0.85 ? " " + (male ? _maleLast : _femaleLast).Draw(_random) : string.Empty;
        return first + middle + last;
    }

    private sealed class Zipf
    {
        private readonly string[] _items;
        private readonly double[] _cumulative;

        public Zipf(string[] items, double exponent = 1.0)
        {
            _items = items;
            _cumulative = new double[items.Length];
            var sum = 0.0;
            for (var i = 0; i < items.Length; i++)
            {
                sum += 1.0 / Math.Pow(i + 1, exponent);
                _cumulative[i] = sum;
            }

            for (var i = 0; i < items.Length; i++)
            {
                _cumulative[i] /= sum;
            }
        }

        public string Draw(Random random)
        {
            var index = Array.BinarySearch(_cumulative, random.NextDouble());
            return _items[Math.Min(index < 0 ? ~index : index, _items.Length - 1)];
        }
    }
}
