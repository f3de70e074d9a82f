using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Belajar.Directory.Emulator;

/// <summary>Google's batch format: a <c>multipart/mixed</c> body of <c>application/http</c> parts, answered part by part in order.</summary>
public static class BatchCodec
{
    /// <summary>The API path prefix inside part URLs.</summary>
    public const string ApiPrefix = "/admin/directory/v1/";

    /// <summary>One parsed part: its Content-ID and its call (null with an error answer when the part is malformed).</summary>
    public sealed record Part(string? ContentId, ApiCall? Call, ApiResult? Error);

    /// <summary>Splits a batch body into its calls (each part decoded on its own: no large strings).</summary>
    public static List<Part> Parse(ReadOnlySpan<byte> body, string boundary)
    {
        var parts = new List<Part>();
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var position = body.IndexOf(delimiter);
        while (position >= 0)
        {
            var start = position + delimiter.Length;
            var rest = body[start..];
            if (rest.StartsWith("--"u8))
            {
                break;
            }

            var next = rest.IndexOf(delimiter);
            var section = next < 0 ? rest : rest[..next];
            parts.Add(ParsePart(Encoding.UTF8.GetString(section)));
            position = next < 0 ? -1 : start + next;
        }

        return parts;
    }

    /// <summary>Writes one answer part (call <see cref="WriteEnd"/> after the last).</summary>
    public static void WritePart(IBufferWriter<byte> writer, StringBuilder scratch, string boundary, string? contentId, ApiResult result)
    {
        scratch.Clear();
        scratch.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\n");
        if (contentId is not null)
        {
            scratch.Append("Content-ID: ").Append(contentId.StartsWith('<') ? "<response-" + contentId[1..] : "response-" + contentId).Append("\r\n");
        }

        scratch.Append("\r\nHTTP/1.1 ").Append(result.Status).Append(' ').Append(result.ReasonPhrase)
            .Append("\r\nContent-Type: application/json; charset=UTF-8\r\n");
        if (result.RetryAfterSeconds is { } retryAfter)
        {
            scratch.Append("Retry-After: ").Append(retryAfter).Append("\r\n");
        }

        scratch.Append("\r\n");
        foreach (var chunk in scratch.GetChunks())
        {
            Encoding.UTF8.GetBytes(chunk.Span, writer);
        }

        writer.Write(result.Body);
        writer.Write("\r\n"u8);
    }

    /// <summary>Writes the closing delimiter.</summary>
    public static void WriteEnd(IBufferWriter<byte> writer, string boundary)
    {
        Encoding.UTF8.GetBytes("--" + boundary + "--\r\n", writer);
    }

    private static Part ParsePart(string section)
    {
        var (headers, inner) = SplitHead(section.TrimStart('\r', '\n'));
        string? contentId = null;
        foreach (var line in headers)
        {
            if (line.StartsWith("Content-ID:", StringComparison.OrdinalIgnoreCase))
            {
                contentId = line[11..].Trim();
            }
        }

        var (requestHead, body) = SplitHead(inner.TrimStart('\r', '\n'));
        var requestLine = requestHead.FirstOrDefault()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requestLine is not { Length: >= 2 } || !Uri.TryCreate(requestLine[1], UriKind.RelativeOrAbsolute, out var uri))
        {
            return new Part(contentId, null, GoogleErrors.Invalid("Malformed batch part: expected 'METHOD URL' after the part headers."));
        }

        var absolute = uri.IsAbsoluteUri ? uri : new Uri(new Uri("http://localhost"), uri);
        if (!absolute.AbsolutePath.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return new Part(contentId, null, GoogleErrors.NotFound(absolute.AbsolutePath));
        }

        var query = QueryHelpers.ParseQuery(absolute.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        var trimmed = body.Trim();
        var call = new ApiCall(requestLine[0].ToUpperInvariant(), absolute.AbsolutePath[ApiPrefix.Length..], query,
            trimmed.Length == 0 ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(trimmed));
        return new Part(contentId, call, null);
    }

    private static (List<string> Headers, string Remainder) SplitHead(string text)
    {
        var headers = new List<string>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[position..end].TrimEnd('\r');
            position = Math.Min(end + 1, text.Length);
            if (line.Length == 0)
            {
                break;
            }

            headers.Add(line);
        }

        return (headers, text[position..]);
    }
}
