namespace Belajar.Hosting;

/// <summary>
/// The <c>Orleans:Tls</c> section: the certificates of mutual TLS between silos and from clients to gateways, required in the
/// PostgreSQL profile (off only in the embedded default). <c>dotnet run --project api -- dev-certs --out DIR</c> writes a
/// development set.
/// </summary>
public sealed class BelajarTlsOptions
{
    public const string Section = "Orleans:Tls";

    /// <summary>This host's certificate: PEM (with <see cref="KeyPath"/>) or PFX/PKCS#12 (<c>.pfx</c>, <c>.p12</c>, key inside).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The password of a PFX, or of an encrypted PEM key; unset when they are not encrypted.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM certificate of the CA that issued every silo's and client's certificate: the peer must chain to it.</summary>
    public string? CaPath { get; set; }

    /// <summary>True for a PFX/PKCS#12 file (by extension), whose key is inside it.</summary>
    public bool IsPkcs12 => CertificatePath is { } path
        && (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase));
}
