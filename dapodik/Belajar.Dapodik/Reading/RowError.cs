namespace Belajar.Dapodik.Reading;

/// <summary>Why a row is rejected: the column, a reason that counts (no row-specific values) and an optional detail.</summary>
internal readonly record struct RowError(string Column, string Reason, string? Detail = null);
