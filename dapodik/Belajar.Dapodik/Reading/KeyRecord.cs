namespace Belajar.Dapodik.Reading;

/// <summary>What must be unique across a file.</summary>
internal enum KeyKind : byte
{
    PesertaDidikId = 1,
    Nisn = 2,
    PtkId = 3,
    Nuptk = 4,

    /// <summary>
    /// A PTK's ptk_id together with its NIK (<see cref="KeyRecord.PersonKey"/>): the same ptk_id with the same NIK at two schools is
    /// one person registered at both, not two rows that share an id by mistake. Never reported by itself.
    /// </summary>
    PtkPerson = 5,

    /// <summary>
    /// The NIK of a PTK row without a NUPTK: such a PTK is one person by NIK (the same person at two schools with two ptk_ids), as
    /// the accounts are keyed (one person: by NUPTK, else NIK, else ptk_id).
    /// </summary>
    PtkNik = 6,
}

/// <summary>One unique key of a row, written to a key bucket so duplicates are found bucket by bucket.</summary>
internal readonly record struct KeyRecord(KeyKind Kind, Guid Key, long Line, int SchoolIndex) : IComparable<KeyRecord>
{
    public const int Size = 1 + 16 + 8 + 4;

    public string File => Kind is KeyKind.PesertaDidikId or KeyKind.Nisn ? SnapshotFiles.PesertaDidik : SnapshotFiles.Ptk;

    public string Column => Kind switch
    {
        KeyKind.PesertaDidikId => "peserta_didik_id",
        KeyKind.Nisn => "nisn",
        KeyKind.PtkId or KeyKind.PtkPerson => "ptk_id",
        KeyKind.PtkNik => "nik",
        _ => "nuptk",
    };

    /// <summary>A digits-only number (NISN, NUPTK) as a key.</summary>
    public static Guid NumberKey(ReadOnlySpan<char> digits)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        return new Guid(bytes);
    }

    /// <summary>Whether a second row with this key is the same person as the first (NUPTK; ptk_id with the same NIK; NIK without NUPTK).</summary>
    public bool IdentifiesPerson => Kind is KeyKind.Nuptk or KeyKind.PtkPerson or KeyKind.PtkNik;

    /// <summary>The key of <see cref="KeyKind.PtkPerson"/>: the ptk_id mixed with the NIK's number.</summary>
    public static Guid PersonKey(Guid ptkId, ReadOnlySpan<char> nik)
    {
        Span<byte> id = stackalloc byte[16];
        Span<byte> number = stackalloc byte[16];
        ptkId.TryWriteBytes(id);
        NumberKey(nik).TryWriteBytes(number);
        for (var i = 0; i < 16; i++)
        {
            id[i] ^= number[i];
        }

        return new Guid(id);
    }

    public int CompareTo(KeyRecord other)
    {
        var c = Kind.CompareTo(other.Kind);
        if (c != 0)
        {
            return c;
        }

        c = Key.CompareTo(other.Key);
        return c != 0 ? c : Line.CompareTo(other.Line);
    }

    public void Write(BinaryWriter w)
    {
        w.Write((byte)Kind);
        BucketRecords.WriteGuid(w, Key);
        w.Write(Line);
        w.Write(SchoolIndex);
    }

    public static KeyRecord Read(BinaryReader r) =>
        new((KeyKind)r.ReadByte(), BucketRecords.ReadGuid(r), r.ReadInt64(), r.ReadInt32());
}
