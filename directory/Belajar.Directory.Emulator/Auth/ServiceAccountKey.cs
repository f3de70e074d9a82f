using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belajar.Directory.Emulator;

/// <summary>A service account's key pair and its Google-format JSON key file.</summary>
public sealed class ServiceAccountKey
{
    private ServiceAccountKey(string json, string clientEmail, RSA publicKey)
    {
        Json = json;
        ClientEmail = clientEmail;
        PublicKey = publicKey;
    }

    /// <summary>The JSON key file's content (with the private key: give it only to the client).</summary>
    public string Json { get; }

    /// <summary>The service account's address (the JWT's <c>iss</c>).</summary>
    public string ClientEmail { get; }

    /// <summary>The public key that verifies the service account's JWTs.</summary>
    public RSA PublicKey { get; }

    /// <summary>Creates a new key pair and its JSON key file content, with <c>token_uri</c> = <paramref name="tokenUri"/>.</summary>
    public static ServiceAccountKey Create(string tokenUri, string clientEmail = "belajar-provisioner@belajar-emulator.iam.gserviceaccount.com")
    {
        using var rsa = RSA.Create(2048);
        var keyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var json = new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = "belajar-emulator",
            ["private_key_id"] = keyId,
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = clientEmail,
            ["client_id"] = "1" + string.Concat(Enumerable.Range(0, 20).Select(_ => RandomNumberGenerator.GetInt32(10))),
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri,
            ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
            ["universe_domain"] = "googleapis.com",
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return Load(json);
    }

    /// <summary>Reads a JSON key; throws an <see cref="ArgumentException"/> saying what is missing.</summary>
    public static ServiceAccountKey Load(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("The service-account key is not a JSON object.");
        if ((string?)node["type"] != "service_account")
        {
            throw new ArgumentException("The service-account key must have \"type\": \"service_account\".");
        }

        var email = (string?)node["client_email"] ?? throw new ArgumentException("The service-account key has no client_email.");
        var pem = (string?)node["private_key"] ?? throw new ArgumentException("The service-account key has no private_key.");
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var publicKey = RSA.Create();
        publicKey.ImportParameters(rsa.ExportParameters(false));
        rsa.Dispose();
        return new ServiceAccountKey(json, email, publicKey);
    }

    /// <summary>Reuses the key file at <paramref name="path"/>, or creates it (and its folder) when missing.</summary>
    public static ServiceAccountKey LoadOrCreate(string path, string tokenUri)
    {
        if (File.Exists(path))
        {
            return Load(File.ReadAllText(path));
        }

        var key = Create(tokenUri);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        // the private key is owner-only from the file's creation (a new file only: never an existing one with a wider mode)
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(path, options)))
        {
            writer.Write(key.Json);
        }

        return key;
    }
}
