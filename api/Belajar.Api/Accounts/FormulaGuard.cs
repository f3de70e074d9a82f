namespace Belajar.Api.Accounts;

/// <summary>
/// Neutralises spreadsheet formula injection: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return gets a leading apostrophe, so that Excel and LibreOffice show it as text instead of evaluating it.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The value, with <c>'</c> in front when it could be read as a formula.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
