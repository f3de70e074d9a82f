using Google.Apis.Services;

namespace Belajar.Directory;

/// <summary>
/// A typed client of the Admin SDK Directory API (users, org units, roles, role assignments) on Google.Apis' own
/// <see cref="BaseClientService"/>: Google's HTTP layer, credentials and batching, with the same shape as the generated
/// <c>Google.Apis.Admin.Directory.directory_v1</c> package so that it can be swapped for it.
/// </summary>
public sealed class DirectoryService : BaseClientService
{
    /// <summary>Google's endpoint.</summary>
    public const string DefaultBaseUri = "https://admin.googleapis.com/";

    /// <summary>The batch path of the Directory API.</summary>
    public const string DirectoryBatchPath = "batch/admin/directory_v1";

    /// <summary>Creates the service; <see cref="BaseClientService.Initializer.BaseUri"/> overrides Google's endpoint.</summary>
    public DirectoryService(Initializer initializer) : base(initializer)
    {
        var baseUri = GetEffectiveUri(BaseUriOverride, DefaultBaseUri);
        BaseUri = baseUri.EndsWith('/') ? baseUri : baseUri + "/";
        BatchUri = BaseUri + DirectoryBatchPath;
        Users = new UsersResource(this);
        Orgunits = new OrgunitsResource(this);
        RoleAssignments = new RoleAssignmentsResource(this);
        Roles = new RolesResource(this);
    }

    /// <summary>The users resource.</summary>
    public UsersResource Users { get; }

    /// <summary>The organizational units resource.</summary>
    public OrgunitsResource Orgunits { get; }

    /// <summary>The role assignments resource.</summary>
    public RoleAssignmentsResource RoleAssignments { get; }

    /// <summary>The roles resource.</summary>
    public RolesResource Roles { get; }

    /// <inheritdoc />
    public override string Name => "admin";

    /// <inheritdoc />
    public override string BaseUri { get; }

    /// <inheritdoc />
    public override string BasePath => "";

    /// <inheritdoc />
    public override string BatchUri { get; }

    /// <inheritdoc />
    public override string BatchPath => DirectoryBatchPath;

    /// <inheritdoc />
    public override IList<string> Features => [];
}
