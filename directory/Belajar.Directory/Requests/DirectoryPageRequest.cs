using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>
/// The base of every <c>list</c> request (Directory and Reports API): a <c>GET</c> of one page, with the standard
/// <c>maxResults</c> and <c>pageToken</c> query parameters; the page size's range is the resource's own.
/// </summary>
/// <typeparam name="TResponse">The page resource.</typeparam>
public abstract class DirectoryPageRequest<TResponse> : DirectoryRequest<TResponse>
{
    /// <summary>Creates the request for <paramref name="service"/>.</summary>
    protected DirectoryPageRequest(IClientService service) : base(service)
    {
    }

    /// <summary>Page size (users 1–500, roles 1–100, role assignments 1–200, activities 1–1000, Google's default 1000).</summary>
    [RequestParameter("maxResults", RequestParameterType.Query)]
    public int? MaxResults { get; set; }

    /// <summary>The <c>nextPageToken</c> of the previous page.</summary>
    [RequestParameter("pageToken", RequestParameterType.Query)]
    public string? PageToken { get; set; }

    /// <inheritdoc />
    public override string MethodName => "list";

    /// <inheritdoc />
    public override string HttpMethod => "GET";

    /// <inheritdoc />
    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("maxResults");
        AddQuery("pageToken");
    }
}
