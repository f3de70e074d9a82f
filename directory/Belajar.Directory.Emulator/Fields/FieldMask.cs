using System.Text.Json.Nodes;

namespace Belajar.Directory.Emulator;

/// <summary>
/// Google's partial-response selector (the <c>fields</c> query parameter): a comma-separated list of fields, <c>a/b</c> for
/// a field inside another, <c>a(b,c)</c> for several inside one, <c>*</c> for every field at that level. Applied to an
/// answer it keeps only the selected fields; a selection inside an array applies to each element.
/// </summary>
public sealed class FieldMask
{
    private readonly Dictionary<string, FieldMask?> _fields = new(StringComparer.Ordinal);

    private FieldMask()
    {
    }

    /// <summary>Parses <paramref name="fields"/>; null with <paramref name="error"/> when it is not well formed.</summary>
    public static FieldMask? Parse(string fields, out string? error)
    {
        var mask = new FieldMask();
        var position = 0;
        error = mask.ParseList(fields, ref position, nested: false);
        if (error is null && position != fields.Length)
        {
            error = $"Invalid field selection {fields}: unexpected '{fields[position]}' at {position}.";
        }

        return error is null ? mask : null;
    }

    /// <summary>Keeps only the selected fields of <paramref name="node"/> (in place) and returns it.</summary>
    public JsonNode? Apply(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Apply(item);
                }

                return array;
            case JsonObject obj:
                if (_fields.TryGetValue("*", out var all))
                {
                    foreach (var (_, value) in obj)
                    {
                        all?.Apply(value);
                    }

                    return obj;
                }

                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (!_fields.TryGetValue(name, out var inner))
                    {
                        obj.Remove(name);
                    }
                    else
                    {
                        inner?.Apply(obj[name]);
                    }
                }

                return obj;
            default:
                return node;
        }
    }

    private string? ParseList(string text, ref int position, bool nested)
    {
        while (true)
        {
            if (ParseSelection(text, ref position, this) is { } error)
            {
                return error;
            }

            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            return position < text.Length && !(nested && text[position] == ')')
                ? $"Invalid field selection {text}: unexpected '{text[position]}' at {position}."
                : null;
        }
    }

    /// <summary>One selection: <c>name</c>, <c>name/rest</c> or <c>name(list)</c>, merged into <paramref name="target"/>.</summary>
    private static string? ParseSelection(string text, ref int position, FieldMask target)
    {
        var start = position;
        while (position < text.Length && text[position] is not (',' or '/' or '(' or ')'))
        {
            position++;
        }

        var name = text[start..position].Trim();
        if (name.Length == 0)
        {
            return $"Invalid field selection {text}: a field name is missing at {start}.";
        }

        if (position < text.Length && text[position] == '/')
        {
            position++;
            return ParseSelection(text, ref position, target.Child(name));
        }

        if (position < text.Length && text[position] == '(')
        {
            position++;
            var inner = target.Child(name);
            if (inner.ParseList(text, ref position, nested: true) is { } error)
            {
                return error;
            }

            if (position >= text.Length || text[position] != ')')
            {
                return $"Invalid field selection {text}: ')' is missing.";
            }

            position++;
            return null;
        }

        target._fields[name] = null; // the whole field
        return null;
    }

    /// <summary>The sub-selection of <paramref name="name"/> (created when new; a field already selected whole stays whole).</summary>
    private FieldMask Child(string name)
    {
        if (_fields.TryGetValue(name, out var existing))
        {
            return existing ?? new FieldMask(); // already whole: a narrower selection adds nothing (the result is discarded)
        }

        var child = new FieldMask();
        _fields[name] = child;
        return child;
    }
}
