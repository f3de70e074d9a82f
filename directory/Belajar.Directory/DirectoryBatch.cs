using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Apis.Requests;

namespace Belajar.Directory;

/// <summary>
/// Sends up to 1,000 requests as one <c>multipart/mixed</c> batch through the service's own HTTP client (Google's
/// pipeline and credential), in Google's batch format, and reads the answer in one linear pass.
/// Google.Apis' <see cref="BatchRequest"/> re-copies the remaining response for every part (quadratic: ~6 ms per call
/// at 1,000 calls, see docs/directory.md); this keeps the same wire format at a fraction of the cost.
/// </summary>
public static class DirectoryBatch
{
    /// <summary>Google's limit of calls per batch.</summary>
    public const int MaxCalls = 1000;

    /// <summary>Sends <paramref name="requests"/> as one batch; one result per request, by position.</summary>
    /// <exception cref="DirectoryException">The batch request as a whole failed (every call shares that failure).</exception>
    public static async Task<(T? Value, DirectoryException? Error)[]> ExecuteAsync<T>(
        DirectoryService service, IReadOnlyList<DirectoryRequest<T>> requests, CancellationToken ct)
        where T : class
    {
        if (requests.Count is 0 or > MaxCalls)
        {
            throw new ArgumentOutOfRangeException(nameof(requests), requests.Count, $"A batch holds 1 to {MaxCalls} calls.");
        }

        var boundary = Guid.NewGuid().ToString("N");
        var chunks = new List<byte[]>(requests.Count + 1);
        var part = new StringBuilder(1024);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            part.Clear();
            part.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\nContent-ID: <").Append(i)
                .Append(">\r\n\r\n").Append(request.HttpMethod).Append(' ').Append(request.BatchPartUri()).Append("\r\n");
            if (request.BatchPartBody() is { } payload)
            {
                part.Append("Content-Type: application/json; charset=utf-8\r\n\r\n").Append(service.SerializeObject(payload));
            }

            part.Append("\r\n");
            chunks.Add(Encoding.UTF8.GetBytes(part.ToString()));
        }

        chunks.Add(Encoding.ASCII.GetBytes("--" + boundary + "--\r\n"));
        using var content = new PartsContent(chunks);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary=\"{boundary}\"");
        using var outer = new HttpRequestMessage(HttpMethod.Post, service.BatchUri) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await service.HttpClient.SendAsync(outer, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (DirectoryCall.Translate(ex) is { } failure)
        {
            throw failure;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                RequestError? error = null;
                try
                {
                    error = await service.DeserializeError(response).ConfigureAwait(false);
                }
                catch (Google.GoogleApiException)
                {
                    // No Google error body.
                }

                throw DirectoryCall.FromError(response, error);
            }

            var responseBoundary = response.Content.Headers.ContentType?.Parameters
                .FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
                ?? throw new DirectoryException(response.StatusCode, null, "The batch answer has no multipart boundary.");
            var buffer = await ReadPooledAsync(response.Content, ct).ConfigureAwait(false);
            try
            {
                return Parse<T>(service, buffer.Array!.AsSpan(0, buffer.Count), responseBoundary, requests.Count);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer.Array!);
            }
        }
    }

    private static (T? Value, DirectoryException? Error)[] Parse<T>(DirectoryService service, ReadOnlySpan<byte> body, string boundary, int count)
        where T : class
    {
        var results = new (T?, DirectoryException?)[count];
        var missing = new DirectoryException(0, null, "The batch answer has no part for this call.");
        Array.Fill(results, (null, missing));
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var position = body.IndexOf(delimiter);
        for (var index = 0; position >= 0 && index < count; index++)
        {
            var start = position + delimiter.Length;
            var rest = body[start..];
            if (rest.StartsWith("--"u8))
            {
                break;
            }

            var next = rest.IndexOf(delimiter);
            var text = Encoding.UTF8.GetString(next < 0 ? rest : rest[..next]);
            var (partIndex, result) = ParsePart<T>(service, text, index);
            if (partIndex >= 0 && partIndex < count)
            {
                results[partIndex] = result;
            }

            position = next < 0 ? -1 : start + next;
        }

        return results;
    }

    private static async Task<ArraySegment<byte>> ReadPooledAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, total).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, total);
            }

            total += read;
        }
    }

    private static (int Index, (T?, DirectoryException?) Result) ParsePart<T>(DirectoryService service, string partText, int position)
        where T : class
    {
        var index = position;
        var part = partText.AsSpan();
        var line = NextLine(ref part);
        while (line.Length == 0 && part.Length > 0)
        {
            line = NextLine(ref part);
        }

        for (; line.Length > 0; line = NextLine(ref part))
        {
            if (line.StartsWith("Content-ID:", StringComparison.OrdinalIgnoreCase))
            {
                var id = line[11..].Trim().Trim("<>").ToString();
                var dash = id.LastIndexOf('-');
                if (int.TryParse(dash >= 0 ? id[(dash + 1)..] : id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    index = parsed;
                }
            }
        }

        var statusLine = NextLine(ref part);
        var firstSpace = statusLine.IndexOf(' ');
        var rest = firstSpace < 0 ? ReadOnlySpan<char>.Empty : statusLine[(firstSpace + 1)..];
        var secondSpace = rest.IndexOf(' ');
        _ = int.TryParse(secondSpace < 0 ? rest : rest[..secondSpace], NumberStyles.None, CultureInfo.InvariantCulture, out var status);
        TimeSpan? retryAfter = null;
        for (line = NextLine(ref part); line.Length > 0; line = NextLine(ref part))
        {
            if (line.StartsWith("Retry-After:", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line[12..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                retryAfter = TimeSpan.FromSeconds(seconds);
            }
        }

        var json = part.Trim().ToString();
        if (status is >= 200 and < 300)
        {
            return (index, (service.Serializer.Deserialize<T>(json), null));
        }

        var error = json.Length > 0 ? TryError(service, json) : null;
        var code = (HttpStatusCode)status;
        var reason = error?.Errors?.FirstOrDefault()?.Reason;
        var message = error?.Message ?? code.ToString();
        return (index, (null, new DirectoryException(code, reason, $"Directory API {status} {reason}: {message}", retryAfter)));
    }

    private static RequestError? TryError(DirectoryService service, string json)
    {
        try
        {
            return service.Serializer.Deserialize<ErrorEnvelope>(json)?.Error;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> text)
    {
        var end = text.IndexOf('\n');
        var line = end < 0 ? text : text[..end];
        text = end < 0 ? ReadOnlySpan<char>.Empty : text[(end + 1)..];
        return line.TrimEnd('\r');
    }

    private sealed class PartsContent(List<byte[]> chunks) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in chunks)
            {
                await stream.WriteAsync(chunk).ConfigureAwait(false);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = chunks.Sum(c => (long)c.Length);
            return true;
        }
    }

    private sealed class ErrorEnvelope
    {
        [Newtonsoft.Json.JsonProperty("error")]
        public RequestError? Error { get; set; }
    }
}
