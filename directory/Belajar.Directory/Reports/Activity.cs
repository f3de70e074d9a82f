using Google.Apis.Requests;
using Newtonsoft.Json;

namespace Belajar.Directory;

/// <summary>One page of <c>activities.list</c>: <c>admin#reports#activities</c>.</summary>
public sealed class ActivitiesPage : IDirectResponseSchema
{
    /// <summary>The activities of this page, newest first (absent when none).</summary>
    [JsonProperty("items")] public IList<Activity>? Items { get; set; }

    /// <summary>The token of the next (older) page; absent on the last page.</summary>
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }

    /// <summary><c>admin#reports#activities</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }

    /// <inheritdoc />
    [JsonProperty("etag")] public string? ETag { get; set; }
}

/// <summary>One activity record (the subset this project reads).</summary>
public sealed class Activity
{
    /// <summary>Its id: time, unique qualifier, application, customer.</summary>
    [JsonProperty("id")] public ActivityId? Id { get; set; }

    /// <summary>Who acted.</summary>
    [JsonProperty("actor")] public ActivityActor? Actor { get; set; }

    /// <summary>The actor's IP address.</summary>
    [JsonProperty("ipAddress")] public string? IpAddress { get; set; }

    /// <summary>The events of the activity (a login activity holds one).</summary>
    [JsonProperty("events")] public IList<ActivityEvent>? Events { get; set; }

    /// <summary><c>admin#reports#activity</c>.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }
}

/// <summary>The id of an activity; <see cref="Time"/> with <see cref="UniqueQualifier"/> identifies it.</summary>
public sealed class ActivityId
{
    /// <summary>When it happened (RFC 3339).</summary>
    [JsonProperty("time")] public string? Time { get; set; }

    /// <summary>Distinguishes activities of the same time.</summary>
    [JsonProperty("uniqueQualifier")] public string? UniqueQualifier { get; set; }

    /// <summary>The application, e.g. <c>login</c>.</summary>
    [JsonProperty("applicationName")] public string? ApplicationName { get; set; }

    /// <summary>The customer id of the account.</summary>
    [JsonProperty("customerId")] public string? CustomerId { get; set; }
}

/// <summary>The actor of an activity.</summary>
public sealed class ActivityActor
{
    /// <summary>The actor's primary email.</summary>
    [JsonProperty("email")] public string? Email { get; set; }

    /// <summary>The actor's profile id (the Directory user id).</summary>
    [JsonProperty("profileId")] public string? ProfileId { get; set; }

    /// <summary><c>USER</c> for a person.</summary>
    [JsonProperty("callerType")] public string? CallerType { get; set; }
}

/// <summary>One event of an activity, e.g. type <c>login</c>, name <c>login_success</c>.</summary>
public sealed class ActivityEvent
{
    /// <summary>The event type, e.g. <c>login</c>.</summary>
    [JsonProperty("type")] public string? Type { get; set; }

    /// <summary>The event name, e.g. <c>login_success</c>, <c>login_failure</c>, <c>logout</c>.</summary>
    [JsonProperty("name")] public string? Name { get; set; }

    /// <summary>The event's parameters.</summary>
    [JsonProperty("parameters")] public IList<ActivityParameter>? Parameters { get; set; }
}

/// <summary>One parameter of an event; one of the value fields is set.</summary>
public sealed class ActivityParameter
{
    /// <summary>The parameter's name, e.g. <c>login_type</c>.</summary>
    [JsonProperty("name")] public string? Name { get; set; }

    /// <summary>A text value.</summary>
    [JsonProperty("value")] public string? Value { get; set; }

    /// <summary>Several text values.</summary>
    [JsonProperty("multiValue")] public IList<string>? MultiValue { get; set; }

    /// <summary>A boolean value.</summary>
    [JsonProperty("boolValue")] public bool? BoolValue { get; set; }
}
