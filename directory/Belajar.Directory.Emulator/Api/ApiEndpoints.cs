using System.Buffers;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Belajar.Directory.Emulator;

/// <summary>Google's paths: the token endpoint, the API endpoints and the batch endpoint.</summary>
public static class ApiEndpoints
{
    /// <summary>Maps <c>/token</c>, <c>/admin/directory/v1/**</c>, <c>/batch/admin/directory_v1</c> and <c>/admin/reports/v1/**</c>.</summary>
    public static void MapGoogleEndpoints(this WebApplication app, EmulatorState state)
    {
        app.MapPost("/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (status, body) = state.Tokens.Exchange(form["grant_type"], form["assertion"]);
            return Results.Text(body, "application/json; charset=utf-8", Encoding.UTF8, status);
        });

        app.Map(BatchCodec.ApiPrefix + "{**rest}", async (HttpContext context) =>
        {
            if (await GateAsync(context, state) is { } refused)
            {
                await WriteAsync(context, refused);
                return;
            }

            var call = new ApiCall(
                context.Request.Method,
                context.Request.Path.Value![BatchCodec.ApiPrefix.Length..],
                context.Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal),
                await ReadBodyAsync(context.Request));
            var result = state.Quota.TryTake(1) == 1 ? state.Api.Handle(call) : GoogleErrors.RateLimited();
            await WriteAsync(context, result);
        });

        app.Map(ReportsApi.Prefix + "{**rest}", async (HttpContext context) =>
        {
            if (await GateAsync(context, state, TokenService.ReportsScope) is { } refused)
            {
                await WriteAsync(context, refused);
                return;
            }

            var call = new ApiCall(
                context.Request.Method,
                context.Request.Path.Value![ReportsApi.Prefix.Length..],
                context.Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal),
                ReadOnlyMemory<byte>.Empty);
            await WriteAsync(context, state.ReportsQuota.TryTake(1) == 1 ? state.Reports.Handle(call) : GoogleErrors.RateLimited());
        });

        app.MapPost("/batch/admin/directory_v1", HandleBatchAsync);
        app.MapPost("/batch", HandleBatchAsync);

        async Task HandleBatchAsync(HttpContext context)
        {
            if (await GateAsync(context, state) is { } refused)
            {
                await WriteAsync(context, refused);
                return;
            }

            if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
                || !type.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            {
                await WriteAsync(context, GoogleErrors.Invalid("A batch request must be multipart/mixed with a boundary."));
                return;
            }

            var (buffer, length) = await ReadPooledAsync(context.Request);
            List<BatchCodec.Part> parts;
            try
            {
                parts = BatchCodec.Parse(buffer.AsSpan(0, length), boundary);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (parts.Count > 1000)
            {
                await WriteAsync(context, GoogleErrors.Invalid($"A batch may hold at most 1000 calls; this one holds {parts.Count}."));
                return;
            }

            var granted = state.Quota.TryTake(parts.Count(p => p.Call is not null));
            var responseBoundary = "batch_" + Guid.NewGuid().ToString("N");
            context.Response.ContentType = $"multipart/mixed; boundary={responseBoundary}";
            var writer = context.Response.BodyWriter;
            var scratch = new StringBuilder(512);
            foreach (var part in parts)
            {
                var result = part.Error ?? (granted-- > 0 ? state.Api.Handle(part.Call!) : GoogleErrors.RateLimited());
                BatchCodec.WritePart(writer, scratch, responseBoundary, part.ContentId, result);
                if (writer.UnflushedBytes > 32 * 1024)
                {
                    await writer.FlushAsync(context.RequestAborted);
                }
            }

            BatchCodec.WriteEnd(writer, responseBoundary);
            await writer.FlushAsync(context.RequestAborted);
        }
    }

    private static async Task<(byte[] Buffer, int Length)> ReadPooledAsync(HttpRequest request)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length and > 0 and < int.MaxValue ? (int)length : 64 * 1024);
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

            var read = await request.Body.ReadAsync(buffer.AsMemory(total), request.HttpContext.RequestAborted);
            if (read == 0)
            {
                return (buffer, total);
            }

            total += read;
        }
    }

    private static async Task<ApiResult?> GateAsync(HttpContext context, EmulatorState state, string scopePrefix = TokenService.ScopePrefix)
    {
        if (state.Faults.Latency is { } latency && latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, state.TimeProvider, context.RequestAborted);
        }

        if (!state.Tokens.IsAuthorized(context.Request.Headers.Authorization))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"";
            return GoogleErrors.Unauthorized();
        }

        if (!state.Tokens.HasScope(context.Request.Headers.Authorization, scopePrefix))
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\"{scopePrefix}\"";
            return GoogleErrors.InsufficientScopes();
        }

        return null;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length and < int.MaxValue ? (int)length : 4096);
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static async Task WriteAsync(HttpContext context, ApiResult result)
    {
        context.Response.StatusCode = result.Status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        if (result.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.Body.WriteAsync(result.Body, context.RequestAborted);
    }
}
