namespace Belajar.Dapodik.Reading;

/// <summary>
/// A set of temporary bucket files in one folder: rows are appended to the bucket their school hashes to, unique keys
/// to the bucket their key hashes to. The folder is deleted on dispose.
/// </summary>
internal sealed class BucketSet : IDisposable
{
    private const int BufferSize = 1 << 15;
    private readonly string _folder;
    private readonly BinaryWriter?[] _rows;
    private readonly BinaryWriter?[] _keys;

    public BucketSet(string folder, int count)
    {
        _folder = folder;
        Count = count;
        Directory.CreateDirectory(folder);
        _rows = new BinaryWriter?[count];
        _keys = new BinaryWriter?[count];
    }

    public int Count { get; }

    public BinaryWriter Rows(int bucket) => _rows[bucket] ??= Create($"rows-{bucket}.bin");

    public BinaryWriter Keys(Guid key) => _keys[Bucket(key)] ??= Create($"keys-{Bucket(key)}.bin");

    /// <summary>Flushes and closes every writer; call before reading.</summary>
    public void CompleteWriting()
    {
        foreach (var w in _rows.Concat(_keys))
        {
            w?.Dispose();
        }

        Array.Clear(_rows);
        Array.Clear(_keys);
    }

    public BinaryReader? OpenRows(int bucket) => Open($"rows-{bucket}.bin");

    public BinaryReader? OpenKeys(int bucket) => Open($"keys-{bucket}.bin");

    public void Dispose()
    {
        CompleteWriting();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the import's result does not depend on it.
        }
    }

    private int Bucket(Guid key) => (int)((uint)key.GetHashCode() % (uint)Count);

    private BinaryWriter Create(string name) =>
        new(new FileStream(Path.Combine(_folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize));

    private BinaryReader? Open(string name)
    {
        var path = Path.Combine(_folder, name);
        return File.Exists(path)
            ? new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan))
            : null;
    }
}
