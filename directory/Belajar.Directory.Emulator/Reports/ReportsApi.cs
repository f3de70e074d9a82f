using System.Globalization;

namespace Belajar.Directory.Emulator;

/// <summary>
/// The Admin SDK Reports API subset: <c>activities.list</c> of application <c>login</c>
/// (<c>GET /admin/reports/v1/activity/users/{userKey or all}/applications/login</c>), newest first, paged, in Google's
/// wire format, with <c>startTime</c>, <c>endTime</c>, <c>eventName</c>, <c>maxResults</c> (1–1000, default 1000),
/// <c>pageToken</c> and <c>fields</c>. The quota is the caller's; every call handed here is counted in <paramref name="meter"/>.
/// </summary>
public sealed class ReportsApi(EmulatorOptions options, DirectoryStore store, ActivityLog log, EmulatorFaults faults, QuotaMeter meter, TimeProvider timeProvider)
{
    /// <summary>The path prefix of the Reports API.</summary>
    public const string Prefix = "/admin/reports/v1/";

    /// <summary>How far back Google keeps login activities (and where a missing <c>startTime</c> starts).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(180);

    /// <summary>Answers one call.</summary>
    public ApiResult Handle(ApiCall call)
    {
        var segments = call.Path.Trim('/').Split('/');
        if (segments is not ["activity", "users", var userKey, "applications", var application])
        {
            meter.CountMethod(ApiMethods.Other);
            return GoogleErrors.NotFound(call.Path);
        }

        meter.CountMethod(ApiMethods.ActivitiesList);
        if (call.Method != "GET")
        {
            return GoogleErrors.Error(405, "httpMethodNotAllowed", $"Method {call.Method} is not supported here.");
        }

        if (faults.BackendError.Fire())
        {
            return GoogleErrors.BackendError();
        }

        return PartialResponse.Answer(call, () => List(Uri.UnescapeDataString(userKey), Uri.UnescapeDataString(application), call));
    }

    private ApiResult List(string userKey, string application, ApiCall call)
    {
        if (application != "login")
        {
            return GoogleErrors.Invalid($"Invalid value '{application}' for applicationName (the emulator reports application login only).");
        }

        var now = timeProvider.GetUtcNow();
        if (!TryTime(call.Param("startTime"), now - Retention, out var start) || !TryTime(call.Param("endTime"), now, out var end))
        {
            return GoogleErrors.Invalid("Invalid value for startTime or endTime: use RFC 3339, e.g. 2010-10-28T10:26:35.000Z.");
        }

        if (start > end || start > now)
        {
            return GoogleErrors.Invalid("Start time must be less than or equal to the end time, and not in the future.");
        }

        var maxResults = 1000;
        if (call.Param("maxResults") is { } max && (!int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out maxResults) || maxResults is < 1 or > 1000))
        {
            return GoogleErrors.Invalid($"Invalid value '{max}'. Values must be within the range: [1, 1000]");
        }

        string? actor = null;
        if (userKey != "all")
        {
            if (store.Find(userKey) is not { } user)
            {
                return GoogleErrors.NotFound("userKey");
            }

            actor = user.Id;
        }

        long? before = null;
        if (call.Param("pageToken") is { } token)
        {
            if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return GoogleErrors.Invalid("Invalid pageToken.");
            }

            before = sequence;
        }

        var eventName = call.Param("eventName");
        var items = log.Read(
            a => a.Time >= start && a.Time <= end && (actor is null || a.ProfileId == actor) && (eventName is null || a.EventName == eventName),
            before,
            maxResults);
        var page = new ActivitiesResource
        {
            Etag = $"\"{log.Count}/{items.Count}\"",
            Items = items.Count == 0 ? null : items.Take(maxResults).Select(ToResource).ToList(),
            NextPageToken = items.Count > maxResults ? items[maxResults - 1].Sequence.ToString(CultureInfo.InvariantCulture) : null,
        };
        return GoogleErrors.Json(page, EmulatorJsonContext.Default.ActivitiesResource);
    }

    private ActivityResource ToResource(LoginActivity a) => new()
    {
        Etag = $"\"{a.Sequence}\"",
        Id = new ActivityIdResource { Time = EmulatedUser.Format(a.Time), UniqueQualifier = a.UniqueQualifier, ApplicationName = "login", CustomerId = options.CustomerId },
        Actor = new ActivityActorResource { CallerType = "USER", Email = a.Email, ProfileId = a.ProfileId },
        IpAddress = a.IpAddress,
        OwnerDomain = a.Email[(a.Email.IndexOf('@') + 1)..],
        Events =
        [
            new ActivityEventResource
            {
                Type = "login",
                Name = a.EventName,
                Parameters =
                [
                    new ActivityParameterResource { Name = "login_type", Value = "google_password" },
                    new ActivityParameterResource { Name = "login_challenge_method", MultiValue = ["password"] },
                    new ActivityParameterResource { Name = "is_suspicious", BoolValue = false },
                ],
            },
        ],
    };

    private static bool TryTime(string? value, DateTimeOffset fallback, out DateTimeOffset time)
    {
        time = fallback;
        return value is null || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
