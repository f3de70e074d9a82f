namespace Belajar.Directory.Emulator;

/// <summary>The answer of <c>activities.list</c> (Google's wire format).</summary>
public sealed class ActivitiesResource
{
    public string Kind { get; set; } = "admin#reports#activities";
    public string? Etag { get; set; }
    public List<ActivityResource>? Items { get; set; }
    public string? NextPageToken { get; set; }
}

/// <summary>One activity.</summary>
public sealed class ActivityResource
{
    public string Kind { get; set; } = "admin#reports#activity";
    public string? Etag { get; set; }
    public ActivityIdResource? Id { get; set; }
    public ActivityActorResource? Actor { get; set; }
    public string? IpAddress { get; set; }
    public string? OwnerDomain { get; set; }
    public List<ActivityEventResource>? Events { get; set; }
}

/// <summary>The id of an activity.</summary>
public sealed class ActivityIdResource
{
    public string? Time { get; set; }
    public string? UniqueQualifier { get; set; }
    public string? ApplicationName { get; set; }
    public string? CustomerId { get; set; }
}

/// <summary>Who acted.</summary>
public sealed class ActivityActorResource
{
    public string? CallerType { get; set; }
    public string? Email { get; set; }
    public string? ProfileId { get; set; }
}

/// <summary>One event of an activity.</summary>
public sealed class ActivityEventResource
{
    public string? Type { get; set; }
    public string? Name { get; set; }
    public List<ActivityParameterResource>? Parameters { get; set; }
}

/// <summary>One parameter of an event (one of the value fields is set).</summary>
public sealed class ActivityParameterResource
{
    public string? Name { get; set; }
    public string? Value { get; set; }
    public List<string>? MultiValue { get; set; }
    public bool? BoolValue { get; set; }
}
