using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The base of every Directory API request: the standard <c>fields</c> parameter and path/query parameter helpers.</summary>
/// <typeparam name="TResponse">The response resource.</typeparam>
public abstract class DirectoryRequest<TResponse> : ClientServiceRequest<TResponse>
{
    /// <summary>Creates the request for <paramref name="service"/>.</summary>
    protected DirectoryRequest(IClientService service) : base(service)
    {
    }

    /// <summary>Partial response selector, e.g. <c>nextPageToken,users(id,primaryEmail)</c>.</summary>
    [RequestParameter("fields", RequestParameterType.Query)]
    public string? Fields { get; set; }

    /// <summary>Sends the request once through the service's HTTP client (credential included) and returns the raw answer.</summary>
    public async Task<HttpResponseMessage> SendAsync(CancellationToken ct)
    {
        using var message = CreateRequest();
        return await Service.HttpClient.SendAsync(message, ct).ConfigureAwait(false);
    }

    /// <summary>The absolute URI of this call inside a batch (Google's request builder by default; overridden where it is constant).</summary>
    public virtual string BatchPartUri()
    {
        using var message = CreateRequest();
        return message.RequestUri!.AbsoluteUri;
    }

    /// <summary>The body of this call inside a batch, or null.</summary>
    public object? BatchPartBody() => GetBody();

    /// <inheritdoc />
    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("fields");
    }

    /// <summary>Declares a required path parameter.</summary>
    protected void AddPath(string name) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = true, ParameterType = "path" });

    /// <summary>Declares an optional query parameter.</summary>
    protected void AddQuery(string name) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = false, ParameterType = "query" });
}
