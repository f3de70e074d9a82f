using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Connections.Security;

namespace Belajar.Hosting;

/// <summary>
/// Mutual TLS of the PostgreSQL profile (silo to silo, client to gateway): both ends present a certificate, and a peer is
/// accepted only when its certificate chains to the configured CA (<c>Orleans:Tls:CaPath</c>); names are not checked, since
/// silos reach each other by address. The embedded default has no TLS (one process).
/// </summary>
public sealed class BelajarTls
{
    private BelajarTls(X509Certificate2 certificate, X509Certificate2 authority)
    {
        Certificate = certificate;
        Authority = authority;
    }

    /// <summary>This host's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The CA every peer's certificate must chain to.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>
    /// The certificates from <c>Orleans:Tls</c>, or null in the embedded profile; throws an <see cref="OptionsValidationException"/>
    /// naming the setting when one is missing or cannot be read.
    /// </summary>
    public static BelajarTls? Read(IConfiguration configuration)
    {
        if (BelajarProfile.IsEmbedded(configuration))
        {
            return null;
        }

        var options = configuration.GetSection(BelajarTlsOptions.Section).Get<BelajarTlsOptions>() ?? new();
        var result = new BelajarTlsOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(BelajarTlsOptions.Section, typeof(BelajarTlsOptions), result.Failures);
        }

        try
        {
            var certificate = options.IsPkcs12
                ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword)
                : string.IsNullOrEmpty(options.CertificatePassword)
                    ? X509Certificate2.CreateFromPemFile(options.CertificatePath!, options.KeyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(options.CertificatePath!, options.CertificatePassword, options.KeyPath);
            if (!certificate.HasPrivateKey)
            {
                throw new CryptographicException("the certificate has no private key");
            }

            return new BelajarTls(certificate, X509CertificateLoader.LoadCertificateFromFile(options.CaPath!));
        }
        catch (CryptographicException ex)
        {
            throw new OptionsValidationException(BelajarTlsOptions.Section, typeof(BelajarTlsOptions),
                [$"{BelajarTlsOptions.Section}:CertificatePath, KeyPath, CertificatePassword or CaPath cannot be read ({ex.Message}): give a PEM certificate with its PEM key, or a PFX with its password, and the CA's PEM certificate."]);
        }
    }

    /// <summary>Sets Orleans' TLS options: this certificate, a certificate required from every peer, checked against the CA.</summary>
    public void Apply(TlsOptions tls)
    {
        tls.LocalCertificate = Certificate;
        tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        tls.RemoteCertificateValidation = (certificate, _, errors) => IssuedByAuthority(certificate, errors);
    }

    /// <summary>True when <paramref name="certificate"/> chains to <see cref="Authority"/> (only a name mismatch is forgiven).</summary>
    public bool IssuedByAuthority(X509Certificate2? certificate, SslPolicyErrors errors = SslPolicyErrors.None)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
