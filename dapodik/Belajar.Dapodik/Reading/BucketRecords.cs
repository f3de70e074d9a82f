namespace Belajar.Dapodik.Reading;

/// <summary>The binary layout of rows in a bucket file: a tag, the line number, then the row's fields.</summary>
internal static class BucketRecords
{
    public const byte LearnerTag = 1;
    public const byte PtkTag = 2;

    /// <summary>Writes a valid learner row straight from its CSV cells (nisn, nik, nama, rombel trimmed; empty = none).</summary>
    public static void WriteLearner(BinaryWriter w, in LearnerValues v, ReadOnlySpan<char> nisn, ReadOnlySpan<char> nik,
        ReadOnlySpan<char> nama, ReadOnlySpan<char> rombel, long line)
    {
        w.Write(LearnerTag);
        w.Write(line);
        WriteGuid(w, v.SekolahId);
        WriteGuid(w, v.Id);
        WriteText(w, nisn);
        WriteText(w, nik);
        WriteText(w, nama);
        w.Write((byte)v.JenisKelamin);
        w.Write(v.TanggalLahir.DayNumber);
        w.Write((byte)v.Tingkat);
        WriteText(w, rombel);
    }

    /// <summary>Writes text as <see cref="BinaryWriter.Write(string)"/> does (7-bit length of the UTF-8 bytes, then the bytes).</summary>
    private static void WriteText(BinaryWriter w, ReadOnlySpan<char> text)
    {
        var max = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> buffer = max <= 512 ? stackalloc byte[512] : new byte[max];
        var length = System.Text.Encoding.UTF8.GetBytes(text, buffer);
        w.Write7BitEncodedInt(length);
        w.Write(buffer[..length]);
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
