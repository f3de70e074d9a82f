using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Belajar.Api.Auth;

/// <summary>
/// The device cookie <c>belajar_device</c> that a successful sign-in sets (HttpOnly, <c>SameSite=Strict</c>, <c>Secure</c> over
/// HTTPS, path <c>/api/v1/auth</c>): <c>{device id}.{issued, unix days}.{HMAC-SHA256}</c>, the HMAC binding the lower-case
/// username, the device id and the day under a key derived from <c>Identity:SigningKey</c>. Every api replica with the same key
/// reads every other replica's cookies; nobody without the key can make one, and a cookie of one user is no cookie of another.
/// </summary>
public sealed class DeviceCookies(SigningKeyProvider keys, IOptions<BelajarIdentityOptions> options, TimeProvider time)
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "belajar_device";

    /// <summary>The cookie's path: only the sign-in endpoint ever sees it.</summary>
    public const string Path = "/api/v1/auth";

    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.Key.Key, 32, info: "belajar-device-cookie"u8.ToArray());

    /// <summary>The device id of the request's cookie when it is valid for <paramref name="username"/>; null otherwise.</summary>
    public string? Read(HttpContext context, string username)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies.TryGetValue(Name, out var value) && value is not null ? DeviceOf(value, username) : null;
    }

    /// <summary>The device id of <paramref name="value"/> when it is a valid, unexpired cookie of <paramref name="username"/>.</summary>
    public string? DeviceOf(string value, string username)
    {
        var parts = value.Split('.');
        if (parts.Length != 3 || parts[0].Length != 22
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        var age = TimeSpan.FromDays(Today() - day);
        if (age < TimeSpan.Zero || age > options.Value.Throttle.DeviceCookieLifetime)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(username, parts[0], day));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])) ? parts[0] : null;
    }

    /// <summary>Sets the cookie for <paramref name="username"/>, keeping <paramref name="device"/> when the request had one.</summary>
    public void Issue(HttpContext context, string username, string? device)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, NewValue(username, device), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = Path,
            MaxAge = options.Value.Throttle.DeviceCookieLifetime,
            IsEssential = true,
        });
    }

    /// <summary>A cookie value for <paramref name="username"/> (a new device id when <paramref name="device"/> is null).</summary>
    public string NewValue(string username, string? device)
    {
        device ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var day = Today();
        return $"{device}.{day.ToString(CultureInfo.InvariantCulture)}.{Mac(username, device, day)}";
    }

    private long Today() => time.GetUtcNow().ToUnixTimeSeconds() / 86_400;

    private string Mac(string username, string device, long day)
    {
        var message = Encoding.UTF8.GetBytes($"{username.Trim().ToLowerInvariant()}\n{device}\n{day.ToString(CultureInfo.InvariantCulture)}");
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
