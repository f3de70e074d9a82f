namespace Belajar.Api.Regions;

/// <summary>One nominee: full name, NIK (16 digits) and email.</summary>
public sealed record NomineeRequest(string? FullName, string? Nik, string? Email);

/// <summary>The body of a nomination.</summary>
public sealed record NominationRequest(IReadOnlyList<NomineeRequest>? Nominees);

/// <summary>The body of a rejection.</summary>
public sealed record RejectRequest(string? Reason);

/// <summary>The body of a reissue: the administrator's NIK, given again (it is not kept).</summary>
public sealed record ReissueRequest(string? Nik);

/// <summary>The answer to an approval or reissue: where the mail went, and in the stronger mode the code shown this once.</summary>
public sealed record CredentialsSent(string AdminId, string UserId, string KodeWilayah, string EmailSentTo, string? ZipPasswordCode);
