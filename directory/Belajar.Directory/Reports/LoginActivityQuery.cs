namespace Belajar.Directory;

/// <summary>What <see cref="ReportsGateway"/> asks <c>activities.list</c> (application <c>login</c>) for.</summary>
/// <param name="StartTime">The earliest activity time, inclusive (incremental reads pass the last watermark).</param>
/// <param name="EndTime">The latest activity time, inclusive; null for now.</param>
/// <param name="EventName">Only events of this name (e.g. <c>login_success</c>); null for every login event.</param>
/// <param name="UserKey"><c>all</c> (domain-wide), a primary email or a profile id.</param>
/// <param name="Fields">
/// The activity fields to read (inside <c>items(...)</c>; <c>nextPageToken</c> is always asked for); null for whole activities.
/// </param>
public sealed record LoginActivityQuery(
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime = null,
    string? EventName = null,
    string UserKey = "all",
    string? Fields = LoginActivityQuery.SignInFields)
{
    /// <summary>What a sign-in watch reads of each activity: its id, the actor and the event name.</summary>
    public const string SignInFields = "id(time,uniqueQualifier),actor(email,profileId),events(name)";
}
