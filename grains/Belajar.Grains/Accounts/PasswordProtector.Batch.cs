using System.Security.Cryptography;

namespace Belajar.Grains.Accounts;

public sealed partial class PasswordProtector
{
    /// <summary>
    /// A batch of decryptions (a school's download) that sets each key up once: an AES-GCM key set-up costs several times more
    /// than decrypting one password. Same checks and errors as <see cref="Unprotect(string, string)"/>. One thread at a time;
    /// dispose it when the batch is done.
    /// </summary>
    public UnprotectBatch BeginUnprotect() => new(this);

    private static AesGcm Opened(Dictionary<string, AesGcm> opened, string keyId, byte[] key)
    {
        if (!opened.TryGetValue(keyId, out var aes))
        {
            aes = new AesGcm(key, TagSize);
            opened[keyId] = aes;
        }

        return aes;
    }

    /// <summary>See <see cref="BeginUnprotect"/>.</summary>
    public sealed class UnprotectBatch(PasswordProtector protector) : IDisposable
    {
        private readonly Dictionary<string, AesGcm> _opened = new(StringComparer.Ordinal);

        /// <inheritdoc cref="PasswordProtector.Unprotect(string, string)"/>
        public string Unprotect(string protectedValue, string accountKey) => protector.Unprotect(protectedValue, accountKey, _opened);

        public void Dispose()
        {
            foreach (var aes in _opened.Values)
            {
                aes.Dispose();
            }

            _opened.Clear();
        }
    }
}
