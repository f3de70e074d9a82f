namespace Belajar.Directory;

/// <summary>How to reach the Directory API (Google or the emulator) and how hard to retry.</summary>
public sealed class DirectoryOptions
{
    /// <summary>The API endpoint; the emulator's base URI in tests and in the embedded default.</summary>
    public string BaseUri { get; set; } = DirectoryService.DefaultBaseUri;

    /// <summary>The OAuth token endpoint; when null, the key's <c>token_uri</c> (Google's by default).</summary>
    public string? TokenUri { get; set; }

    /// <summary>Path of the service-account JSON key file (or set <see cref="ServiceAccountKeyJson"/>).</summary>
    public string? ServiceAccountKeyPath { get; set; }

    /// <summary>The service-account JSON key itself.</summary>
    public string? ServiceAccountKeyJson { get; set; }

    /// <summary>The administrator the service account impersonates (domain-wide delegation, the JWT's <c>sub</c>).</summary>
    public string AdminEmail { get; set; } = "";

    /// <summary>The customer of <c>users.list</c> and the <c>customer/{customer}</c> paths.</summary>
    public string Customer { get; set; } = "my_customer";

    /// <summary>Retries of a retryable failure before it is surfaced.</summary>
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first back-off delay; doubled on every retry, plus jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off delay (a <c>Retry-After</c> longer than this is still honoured).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(32);

    /// <summary>Calls per batch HTTP request (Google's limit is 1,000).</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Users per page of <c>users.list</c> (Google's limit is 500).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>Activities per page of the Reports API's <c>activities.list</c> (Google's limit is 1,000).</summary>
    public int ActivitiesPageSize { get; set; } = 1000;

    /// <summary>Sent as the application name in the user agent.</summary>
    public string ApplicationName { get; set; } = "BelajarOrleans";

    /// <summary>Throws an <see cref="ArgumentException"/> that says what to fix when the options cannot work.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(BaseUri, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"Directory:BaseUri '{BaseUri}' is not an absolute URI; use e.g. https://admin.googleapis.com/ or the emulator's http://127.0.0.1:5090/.");
        }

        if (TokenUri is not null && !Uri.TryCreate(TokenUri, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"Directory:TokenUri '{TokenUri}' is not an absolute URI.");
        }

        if (string.IsNullOrWhiteSpace(ServiceAccountKeyJson) && string.IsNullOrWhiteSpace(ServiceAccountKeyPath))
        {
            throw new ArgumentException("Directory: set ServiceAccountKeyPath (a service-account JSON key file) or ServiceAccountKeyJson.");
        }

        if (string.IsNullOrWhiteSpace(AdminEmail) || !AdminEmail.Contains('@'))
        {
            throw new ArgumentException("Directory:AdminEmail must be the address of the administrator the service account impersonates, e.g. admin@belajar.id.");
        }

        if (BatchSize is < 1 or > 1000)
        {
            throw new ArgumentException($"Directory:BatchSize {BatchSize} must be between 1 and 1000.");
        }

        if (ActivitiesPageSize is < 1 or > 1000)
        {
            throw new ArgumentException($"Directory:ActivitiesPageSize {ActivitiesPageSize} must be between 1 and 1000.");
        }

        if (PageSize is < 1 or > 500)
        {
            throw new ArgumentException($"Directory:PageSize {PageSize} must be between 1 and 500.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException($"Directory:MaxRetries {MaxRetries} must be 0 or more.");
        }
    }
}
