using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Belajar.Directory;

/// <summary>
/// Login activities from the Reports API (<c>activities.list</c>, application <c>login</c>): domain-wide sign-ins by time,
/// paged (up to <see cref="DirectoryOptions.ActivitiesPageSize"/> a request, newest first), retried like the Directory calls.
/// Every page is one query of the Reports API's quota, not of the Directory API's.
/// </summary>
public sealed class ReportsGateway
{
    private readonly ReportsService _service;
    private readonly DirectoryOptions _options;
    private readonly DirectoryRetryPolicy _retry;
    private readonly ILogger _logger;

    /// <summary>Creates the gateway; <paramref name="timeProvider"/> times the back-off delays.</summary>
    public ReportsGateway(ReportsService service, DirectoryOptions options, TimeProvider? timeProvider = null, ILogger<ReportsGateway>? logger = null)
    {
        _service = service;
        _options = options;
        _retry = new DirectoryRetryPolicy(options, timeProvider ?? TimeProvider.System);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The underlying service.</summary>
    public ReportsService Service => _service;

    /// <summary>One page (one request) of login activities from <paramref name="pageToken"/> (null for the newest page).</summary>
    public Task<ActivitiesPage> ListLoginActivitiesPageAsync(LoginActivityQuery query, string? pageToken, CancellationToken ct) =>
        _retry.ExecuteAsync(
            token =>
            {
                var request = _service.Activities.List(query.UserKey, "login");
                request.StartTime = Format(query.StartTime);
                request.EndTime = query.EndTime is { } end ? Format(end) : null;
                request.EventName = query.EventName;
                request.MaxResults = _options.ActivitiesPageSize;
                request.PageToken = pageToken;
                request.Fields = query.Fields is null ? null : $"nextPageToken,items({query.Fields})";
                return DirectoryCall.ExecuteAsync(request, token);
            },
            null,
            (attempt, error, delay) => Log.Retrying(_logger, "activities.list", attempt, (int)error.StatusCode, error.Reason, delay.TotalMilliseconds),
            ct);

    /// <summary>Every login activity of <paramref name="query"/>, all pages, newest first.</summary>
    public async IAsyncEnumerable<Activity> ListLoginActivitiesAsync(LoginActivityQuery query, [EnumeratorCancellation] CancellationToken ct)
    {
        string? pageToken = null;
        do
        {
            var page = await ListLoginActivitiesPageAsync(query, pageToken, ct).ConfigureAwait(false);
            foreach (var activity in page.Items ?? [])
            {
                yield return activity;
            }

            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
    }

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
