using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Belajar.Hosting;

/// <summary>The files of a development certificate set: the CA, and a certificate with its key for silos and for clients.</summary>
public sealed record DevelopmentCertificateFiles(string Folder, string Ca, string SiloCertificate, string SiloKey, string ClientCertificate, string ClientKey)
{
    /// <summary>The <c>Orleans:Tls:*</c> settings of a silo (<paramref name="silo"/>) or of a client.</summary>
    public Dictionary<string, string> Settings(bool silo) => new(StringComparer.Ordinal)
    {
        [$"{BelajarTlsOptions.Section}:CertificatePath"] = silo ? SiloCertificate : ClientCertificate,
        [$"{BelajarTlsOptions.Section}:KeyPath"] = silo ? SiloKey : ClientKey,
        [$"{BelajarTlsOptions.Section}:CaPath"] = Ca,
    };
}

/// <summary>
/// Writes a development CA and the silo and client certificates it issues (ECDSA P-256, PEM, valid one year), for local
/// clusters and tests. The CA's key is not kept: issue a new set rather than one more certificate. Keys are owner-only files.
/// </summary>
public static class DevelopmentCertificates
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>Writes <c>ca.pem</c>, <c>silo.pem</c>/<c>silo.key</c>, <c>client.pem</c>/<c>client.key</c> into <paramref name="folder"/>.</summary>
    public static DevelopmentCertificateFiles Write(string folder)
    {
        folder = Path.GetFullPath(folder);
        System.IO.Directory.CreateDirectory(folder);
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        var notAfter = notBefore.AddYears(1);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Belajar development CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        var files = new DevelopmentCertificateFiles(folder, Path.Combine(folder, "ca.pem"), Path.Combine(folder, "silo.pem"),
            Path.Combine(folder, "silo.key"), Path.Combine(folder, "client.pem"), Path.Combine(folder, "client.key"));
        File.WriteAllText(files.Ca, ca.ExportCertificatePem() + "\n");
        Issue(ca, "CN=belajar-silo", [ServerAuthentication, ClientAuthentication], files.SiloCertificate, files.SiloKey, notBefore, notAfter);
        Issue(ca, "CN=belajar-client", [ClientAuthentication], files.ClientCertificate, files.ClientKey, notBefore, notAfter);
        return files;
    }

    private static void Issue(X509Certificate2 ca, string subject, Oid[] usages, string certificatePath, string keyPath, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var enhanced = new OidCollection();
        foreach (var usage in usages)
        {
            enhanced.Add(usage);
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(enhanced, false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        using var certificate = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem() + "\n");
        SecretFiles.Write(keyPath, key.ExportPkcs8PrivateKeyPem() + "\n");
    }
}
