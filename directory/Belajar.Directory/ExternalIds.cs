namespace Belajar.Directory;

/// <summary>How a user's external ids are compared: whole (type, custom type, value) or by value only.</summary>
public static class ExternalIds
{
    /// <summary>Whether <paramref name="user"/> carries <paramref name="id"/> with the same type, custom type and value.</summary>
    public static bool Carries(User user, UserExternalId id) =>
        user.ExternalIds?.Any(e => string.Equals(e.Value, id.Value, StringComparison.Ordinal)
            && string.Equals(e.Type, id.Type, StringComparison.Ordinal)
            && string.Equals(NullIfEmpty(e.CustomType), NullIfEmpty(id.CustomType), StringComparison.Ordinal)) == true;

    /// <summary>Whether <paramref name="user"/> carries an external id of value <paramref name="value"/>, of any type.</summary>
    public static bool CarriesValue(User user, string value) =>
        user.ExternalIds?.Any(e => string.Equals(e.Value, value, StringComparison.Ordinal)) == true;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
