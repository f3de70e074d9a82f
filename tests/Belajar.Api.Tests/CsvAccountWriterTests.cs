using System.Text;
using Belajar.Api.Accounts;

namespace Belajar.Api.Tests;

public sealed class CsvAccountWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "")]
    public async Task Fields_are_quoted_only_when_rfc4180_needs_it(string field, string written)
    {
        using var output = new MemoryStream();
        await CsvAccountWriter.WriteAsync(output, [[field, "", "", "", "", "", "", ""]], CancellationToken.None);

        var lines = Encoding.UTF8.GetString(output.ToArray().AsSpan(3));
        Assert.Equal(string.Join(",", AccountSheet.Header) + "\r\n" + written + ",,,,,,,\r\n", lines);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+62812", "'+62812")]
    [InlineData("-5", "'-5")]
    [InlineData("@user", "'@user")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Siti-Aminah", "Siti-Aminah")]
    public void Formula_starts_get_an_apostrophe(string value, string guarded)
    {
        Assert.Equal(guarded, FormulaGuard.Neutralise(value));
    }

    [Fact]
    public void Line_breaks_inside_a_value_become_spaces()
    {
        Assert.Equal("Dewi Baris Tiga Empat", AccountSheet.OneLine("Dewi\r\nBaris\rTiga\nEmpat"));
    }

    [Fact]
    public async Task A_large_sheet_is_written_without_synchronous_writes()
    {
        var rows = Enumerable.Range(0, 5000).Select(i => new[] { $"Nama, {i}", "", "peserta-didik", "", "", $"u{i}@belajar.id", "Pw", "created" });
        await using var output = new AsyncOnlyStream();

        await CsvAccountWriter.WriteAsync(output, rows, CancellationToken.None);

        Assert.True(output.Length > 5000 * 40);
    }

    /// <summary>Like Kestrel's response body: a synchronous write or flush throws.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written.Length;

        public override long Position { get => _written.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override void Flush() => throw new InvalidOperationException("synchronous flush");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
