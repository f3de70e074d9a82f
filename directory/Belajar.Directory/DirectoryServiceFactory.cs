using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;
using Google.Apis.Services;
using Newtonsoft.Json.Linq;

namespace Belajar.Directory;

/// <summary>Builds a <see cref="DirectoryService"/> authenticated as a service account with domain-wide delegation.</summary>
public static class DirectoryServiceFactory
{
    /// <summary>The scopes the platform asks for.</summary>
    public static readonly IReadOnlyList<string> Scopes =
    [
        "https://www.googleapis.com/auth/admin.directory.user",
        "https://www.googleapis.com/auth/admin.directory.orgunit",
        "https://www.googleapis.com/auth/admin.directory.rolemanagement",
    ];

    /// <summary>The scope the Reports API client asks for (granted to the client id apart from the Directory scopes).</summary>
    public static readonly IReadOnlyList<string> ReportsScopes = ["https://www.googleapis.com/auth/admin.reports.audit.readonly"];

    /// <summary>
    /// Creates the Reports API service (login activities): the same key, administrator, endpoint and token endpoint as
    /// <see cref="Create"/>, with its own credential asking for <see cref="ReportsScopes"/> only, so that a deployment
    /// that has not granted the Reports scope keeps its Directory calls working.
    /// </summary>
    public static ReportsService CreateReports(DirectoryOptions options, HttpMessageHandler? handler = null)
    {
        options.Validate();
        var factory = handler is null ? new HttpClientFactory() : new SharedHandlerFactory(handler);
        return new ReportsService(Initializer(options, factory, CreateCredential(options, factory, ReportsScopes)));
    }

    /// <summary>
    /// Creates the service. The credential signs a JWT with the key's private key and exchanges it at the token endpoint
    /// (<see cref="DirectoryOptions.TokenUri"/>, else the key's <c>token_uri</c>) for an access token of <see cref="DirectoryOptions.AdminEmail"/>.
    /// Google's own retries are off: <see cref="DirectoryGateway"/> retries with its policy.
    /// </summary>
    /// <param name="options">Validated options.</param>
    /// <param name="handler">An optional HTTP handler (shared by the API and token calls; not disposed by the caller while in use).</param>
    public static DirectoryService Create(DirectoryOptions options, HttpMessageHandler? handler = null)
    {
        options.Validate();
        var factory = handler is null ? new HttpClientFactory() : new SharedHandlerFactory(handler);
        return new DirectoryService(Initializer(options, factory, CreateCredential(options, factory, Scopes)));
    }

    private static BaseClientService.Initializer Initializer(DirectoryOptions options, Google.Apis.Http.IHttpClientFactory factory, ServiceAccountCredential credential) => new()
    {
        HttpClientInitializer = credential,
        HttpClientFactory = factory,
        BaseUri = options.BaseUri.EndsWith('/') ? options.BaseUri : options.BaseUri + "/",
        ApplicationName = options.ApplicationName,
        DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
        GZipEnabled = false,
    };

    private static ServiceAccountCredential CreateCredential(DirectoryOptions options, Google.Apis.Http.IHttpClientFactory factory, IReadOnlyList<string> scopes)
    {
        var json = options.ServiceAccountKeyJson ?? ReadKeyFile(options.ServiceAccountKeyPath!);
        JObject key;
        try
        {
            key = JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new ArgumentException($"The service-account key is not JSON ({ex.Message}); download a JSON key of the service account.", ex);
        }

        if ((string?)key["type"] != "service_account")
        {
            throw new ArgumentException("The service-account key must have \"type\": \"service_account\".");
        }

        var clientEmail = (string?)key["client_email"] ?? throw new ArgumentException("The service-account key has no client_email.");
        var privateKey = (string?)key["private_key"] ?? throw new ArgumentException("The service-account key has no private_key.");
        var tokenUri = options.TokenUri ?? (string?)key["token_uri"] ?? GoogleAuthConsts.OidcTokenUrl;
        var initializer = new ServiceAccountCredential.Initializer(clientEmail, tokenUri)
        {
            User = options.AdminEmail,
            Scopes = scopes,
            KeyId = (string?)key["private_key_id"],
            ProjectId = (string?)key["project_id"],
            HttpClientFactory = factory,
        };
        return new ServiceAccountCredential(initializer.FromPrivateKey(privateKey));
    }

    private static string ReadKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Directory:ServiceAccountKeyPath '{path}' does not exist; point it at the service account's JSON key file.");
        }

        return File.ReadAllText(path);
    }

    private sealed class SharedHandlerFactory(HttpMessageHandler handler) : HttpClientFactory
    {
        protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => new NonDisposingHandler(handler);
    }

    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // The shared handler belongs to the caller.
        }
    }
}
