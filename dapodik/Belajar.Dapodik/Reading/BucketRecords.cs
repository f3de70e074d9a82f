namespace Belajar.Dapodik.Reading;

/// <summary>The binary layout of rows in a bucket file: a tag, the line number, then the row's fields.</summary>
internal static class BucketRecords
{
    public const byte LearnerTag = 1;
    public const byte PtkTag = 2;

    public static void WriteLearner(BinaryWriter w, PesertaDidik p, long line)
    {
        w.Write(LearnerTag);
        w.Write(line);
        WriteGuid(w, p.SekolahId);
        WriteGuid(w, p.PesertaDidikId);
        w.Write(p.Nisn ?? string.Empty);
        w.Write(p.Nik ?? string.Empty);
        w.Write(p.Nama);
        w.Write((byte)p.JenisKelamin);
        w.Write(p.TanggalLahir.DayNumber);
        w.Write((byte)p.Tingkat);
        w.Write(p.NamaRombel ?? string.Empty);
    }

    public static void WritePtk(BinaryWriter w, Ptk p, long line)
    {
        w.Write(PtkTag);
        w.Write(line);
        WriteGuid(w, p.SekolahId);
        WriteGuid(w, p.PtkId);
        w.Write(p.Nuptk ?? string.Empty);
        w.Write(p.Nik ?? string.Empty);
        w.Write(p.Nama);
        w.Write((byte)p.JenisKelamin);
        w.Write(p.TanggalLahir.DayNumber);
        w.Write(p.JenisPtkId ?? -1);
    }

    /// <summary>Reads the next record; returns the tag (0 at the end of the file).</summary>
    public static byte Read(BinaryReader r, out long line, out PesertaDidik? learner, out Ptk? ptk)
    {
        learner = null;
        ptk = null;
        line = 0;
        var tag = r.BaseStream.ReadByte();
        if (tag < 0)
        {
            return 0;
        }

        line = r.ReadInt64();
        var school = ReadGuid(r);
        var id = ReadGuid(r);
        if (tag == LearnerTag)
        {
            learner = new PesertaDidik(id, Null(r.ReadString()), Null(r.ReadString()), r.ReadString(), (char)r.ReadByte(),
                DateOnly.FromDayNumber(r.ReadInt32()), school, r.ReadByte(), Null(r.ReadString()));
        }
        else
        {
            var nuptk = Null(r.ReadString());
            var nik = Null(r.ReadString());
            var nama = r.ReadString();
            var jk = (char)r.ReadByte();
            var lahir = DateOnly.FromDayNumber(r.ReadInt32());
            var jenis = r.ReadInt32();
            ptk = new Ptk(id, nuptk, nik, nama, jk, lahir, school, jenis < 0 ? null : jenis);
        }

        return (byte)tag;
    }

    public static void WriteGuid(BinaryWriter w, Guid g)
    {
        Span<byte> bytes = stackalloc byte[16];
        g.TryWriteBytes(bytes);
        w.Write(bytes);
    }

    public static Guid ReadGuid(BinaryReader r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.BaseStream.ReadExactly(bytes);
        return new Guid(bytes);
    }

    private static string? Null(string s) => s.Length == 0 ? null : s;
}
