using Belajar.Api.Audit;

namespace Belajar.Api.Regions;

/// <summary>What the regional administrator endpoints need, bound with <c>[AsParameters]</c>.</summary>
public sealed class RegionalAdminServices(IGrainFactory grains, AuditRecorder audit, AdminCredentialsSender sender)
{
    /// <summary>The grains (regions, the admin registry).</summary>
    public IGrainFactory Grains { get; } = grains;

    /// <summary>The audit trail.</summary>
    public AuditRecorder Audit { get; } = audit;

    /// <summary>Sets a new password and mails the credentials file.</summary>
    public AdminCredentialsSender Sender { get; } = sender;
}
