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

    /// <summary>Splits a batch body into its calls.</summary>
    public static List<Part> Parse(string body, string boundary)
    {
        var parts = new List<Part>();
        var delimiter = "--" + boundary;
        var sections = body.Split(delimiter);
        for (var i = 1; i < sections.Length; i++)
        {
            var section = sections[i];
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            parts.Add(ParsePart(section));
        }

        return parts;
    }

    /// <summary>Writes the answers as a <c>multipart/mixed</c> body.</summary>
    public static string Write(IReadOnlyList<(string? ContentId, ApiResult Result)> answers, string boundary)
    {
        var sb = new StringBuilder(answers.Count * 900);
        foreach (var (contentId, result) in answers)
        {
            sb.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\n");
            if (contentId is not null)
            {
                sb.Append("Content-ID: ").Append(contentId.StartsWith('<') ? "<response-" + contentId[1..] : "response-" + contentId).Append("\r\n");
            }

            sb.Append("\r\nHTTP/1.1 ").Append(result.Status).Append(' ').Append(result.ReasonPhrase)
                .Append("\r\nContent-Type: application/json; charset=UTF-8\r\n");
            if (result.RetryAfterSeconds is { } retryAfter)
            {
                sb.Append("Retry-After: ").Append(retryAfter).Append("\r\n");
            }

            sb.Append("\r\n").Append(Encoding.UTF8.GetString(result.Body)).Append("\r\n");
        }

        sb.Append("--").Append(boundary).Append("--\r\n");
        return sb.ToString();
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
