using Google.Apis.Services;

namespace Belajar.Directory;

/// <summary>
/// A typed client of the Admin SDK Reports API (<c>activities.list</c>) on Google.Apis' <see cref="BaseClientService"/>,
/// shaped like the generated <c>Google.Apis.Admin.Reports.reports_v1</c> package. It needs its own credential: the
/// Reports scope (<see cref="DirectoryServiceFactory.ReportsScopes"/>) is granted apart from the Directory scopes.
/// </summary>
public sealed class ReportsService : BaseClientService
{
    /// <summary>Creates the service; <see cref="BaseClientService.Initializer.BaseUri"/> overrides Google's endpoint.</summary>
    public ReportsService(Initializer initializer) : base(initializer)
    {
        var baseUri = GetEffectiveUri(BaseUriOverride, DirectoryService.DefaultBaseUri);
        BaseUri = baseUri.EndsWith('/') ? baseUri : baseUri + "/";
        Activities = new ActivitiesResource(this);
    }

    /// <summary>The activities resource.</summary>
    public ActivitiesResource Activities { get; }

    /// <inheritdoc />
    public override string Name => "admin";

    /// <inheritdoc />
    public override string BaseUri { get; }

    /// <inheritdoc />
    public override string BasePath => "";

    /// <inheritdoc />
    public override string BatchUri => BaseUri + "batch";

    /// <inheritdoc />
    public override string BatchPath => "batch";

    /// <inheritdoc />
    public override IList<string> Features => [];
}
