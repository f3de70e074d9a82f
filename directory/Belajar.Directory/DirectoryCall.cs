using System.Net;
using Google;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Requests;
using Google.Apis.Services;

namespace Belajar.Directory;

/// <summary>Executes one request and turns every failure into a <see cref="DirectoryException"/> (with <c>Retry-After</c>).</summary>
public static class DirectoryCall
{
    /// <summary>Sends <paramref name="request"/> once and parses its answer.</summary>
    public static async Task<T> ExecuteAsync<T>(DirectoryRequest<T> request, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await request.SendAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await request.Service.DeserializeResponse<T>(response).ConfigureAwait(false);
            }

            RequestError? error = null;
            try
            {
                error = await request.Service.DeserializeError(response).ConfigureAwait(false);
            }
            catch (GoogleApiException)
            {
                // Not a Google error body; the status alone is reported.
            }

            throw FromError(response, error);
        }
    }

    /// <summary>Builds the exception of a failed (inner or outer) response.</summary>
    public static DirectoryException FromError(HttpResponseMessage response, RequestError? error)
    {
        var status = error?.Code is > 0 and var code ? (HttpStatusCode)code : response.StatusCode;
        var reason = error?.Errors?.FirstOrDefault()?.Reason;
        var message = error?.Message ?? response.ReasonPhrase ?? status.ToString();
        return new DirectoryException(status, reason, $"Directory API {(int)status} {reason}: {message}", RetryAfter(response));
    }

    /// <summary>Turns a transport or token failure into a <see cref="DirectoryException"/>; null for anything else.</summary>
    public static DirectoryException? Translate(Exception ex) => ex switch
    {
        DirectoryException d => d,
        TokenResponseException t => new DirectoryException(
            t.StatusCode is { } s && (int)s >= 500 ? s : HttpStatusCode.Unauthorized,
            t.Error?.Error ?? DirectoryErrorReasons.AuthError,
            $"The token endpoint refused the service account's grant: {t.Error?.Error} {t.Error?.ErrorDescription}. Check the key, the admin email (sub) and the scopes granted to the client id.",
            inner: t),
        GoogleApiException g => new DirectoryException(g.HttpStatusCode, g.Error?.Errors?.FirstOrDefault()?.Reason, $"Directory API {(int)g.HttpStatusCode}: {g.Error?.Message ?? g.Message}", inner: g),
        HttpRequestException h => new DirectoryException(0, null, $"The Directory API could not be reached: {h.Message}", inner: h),
        _ => null,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
