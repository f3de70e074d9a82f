namespace Belajar.Directory.Emulator;

/// <summary>
/// The <c>query</c> of <c>users.list</c>: space-separated clauses, all of which must hold. Supported:
/// <c>orgUnitPath='/a/b'</c> (that unit and every unit under it, as Google documents), <c>email:x</c> / <c>email=x</c>
/// (the address; <c>email:pre*</c> a prefix), <c>externalId:x</c> / <c>externalId=x</c>, <c>isSuspended=true|false</c>,
/// <c>isAdmin=</c>, <c>isDelegatedAdmin=</c>.
/// </summary>
public sealed class UserQuery
{
    private readonly List<Func<EmulatedUser, bool>> _clauses = [];

    private UserQuery()
    {
    }

    /// <summary>The org unit of an <c>orgUnitPath=</c> clause, when there is one (to narrow the candidates).</summary>
    public string? OrgUnitRoot { get; private set; }

    /// <summary>Parses <paramref name="query"/>; null with <paramref name="error"/> when a clause is not understood.</summary>
    public static UserQuery? Parse(string? query, out string? error)
    {
        error = null;
        var result = new UserQuery();
        foreach (var clause in Split(query ?? ""))
        {
            var op = clause.IndexOfAny([':', '=']);
            if (op <= 0)
            {
                error = $"Invalid Input: query clause '{clause}'";
                return null;
            }

            var field = clause[..op];
            var value = Unquote(clause[(op + 1)..]);
            Func<EmulatedUser, bool>? test = field switch
            {
                "orgUnitPath" => result.SetRoot(value),
                "email" when clause[op] == ':' && value.EndsWith('*') =>
                    u => u.PrimaryEmail.StartsWith(value[..^1], StringComparison.OrdinalIgnoreCase),
                "email" => u => string.Equals(u.PrimaryEmail, value, StringComparison.OrdinalIgnoreCase),
                "externalId" => u => u.ExternalIds.Any(e => e.Value == value),
                "isSuspended" when bool.TryParse(value, out var suspended) => u => u.Suspended == suspended,
                "isAdmin" when bool.TryParse(value, out var admin) => u => u.IsAdmin == admin,
                "isDelegatedAdmin" when bool.TryParse(value, out var delegated) => u => u.IsDelegatedAdmin == delegated,
                _ => null,
            };
            if (test is null)
            {
                error = $"Invalid Input: query clause '{clause}' (the emulator supports orgUnitPath=, email:, externalId:, isSuspended=, isAdmin=, isDelegatedAdmin=)";
                return null;
            }

            result._clauses.Add(test);
        }

        return result;
    }

    private Func<EmulatedUser, bool> SetRoot(string root)
    {
        OrgUnitRoot = root;
        return u => IsUnder(u.OrgUnitPath, root);
    }

    /// <summary>Whether <paramref name="user"/> matches every clause.</summary>
    public bool Matches(EmulatedUser user)
    {
        foreach (var clause in _clauses)
        {
            if (!clause(user))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnder(string path, string root)
    {
        var r = root.TrimEnd('/');
        return r.Length == 0
            || string.Equals(path, r, StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith(r, StringComparison.OrdinalIgnoreCase) && path.Length > r.Length && path[r.Length] == '/');
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[^1] == value[0] ? value[1..^1].Replace("\\'", "'") : value;

    private static IEnumerable<string> Split(string query)
    {
        var start = -1;
        char? quote = null;
        for (var i = 0; i <= query.Length; i++)
        {
            var c = i < query.Length ? query[i] : ' ';
            if (quote is { } q)
            {
                if (c == q && query[i - 1] != '\\')
                {
                    quote = null;
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                start = start < 0 ? i : start;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (start >= 0)
                {
                    yield return query[start..i];
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }
}
