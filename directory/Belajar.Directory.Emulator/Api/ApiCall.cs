namespace Belajar.Directory.Emulator;

/// <summary>One Directory API call, from a plain HTTP request or from a part of a batch.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">The path after <c>/admin/directory/v1/</c>, still URL-encoded.</param>
/// <param name="Query">Query parameters.</param>
/// <param name="Body">The UTF-8 JSON body (empty when none).</param>
public sealed record ApiCall(string Method, string Path, IReadOnlyDictionary<string, string> Query, ReadOnlyMemory<byte> Body)
{
    /// <summary>The query parameter, or null.</summary>
    public string? Param(string name) => Query.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

/// <summary>The answer to one call: status, JSON body, optional <c>Retry-After</c> seconds.</summary>
public sealed record ApiResult(int Status, byte[] Body, int? RetryAfterSeconds = null)
{
    /// <summary>The reason phrase of <see cref="Status"/>.</summary>
    public string ReasonPhrase => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(Status);
}
