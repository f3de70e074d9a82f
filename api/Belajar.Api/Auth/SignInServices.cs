using Belajar.Api.Audit;

namespace Belajar.Api.Auth;

/// <summary>What the sign-in endpoint needs, bound with <c>[AsParameters]</c>.</summary>
public sealed class SignInServices(
    IEnumerable<IUserDirectory> directories,
    PasswordVerifier verifier,
    SignInThrottle throttle,
    DeviceCookies devices,
    OperatorUsers operators,
    TokenIssuer issuer,
    AuditRecorder audit,
    ILogger<SignInServices> logger)
{
    /// <summary>Where users are looked up, in order (configured users, then the snapshot's operators, ...).</summary>
    public IEnumerable<IUserDirectory> Directories { get; } = directories;

    /// <summary>Checks a password against a user's hash.</summary>
    public PasswordVerifier Verifier { get; } = verifier;

    /// <summary>Slows down repeated failures.</summary>
    public SignInThrottle Throttle { get; } = throttle;

    /// <summary>Reads and sets the device cookie.</summary>
    public DeviceCookies Devices { get; } = devices;

    /// <summary>The operators (their usual bcrypt cost sets the dummy check's).</summary>
    public OperatorUsers Operators { get; } = operators;

    /// <summary>Issues the access token.</summary>
    public TokenIssuer Issuer { get; } = issuer;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>The sign-in log.</summary>
    public ILogger<SignInServices> Logger { get; } = logger;
}
