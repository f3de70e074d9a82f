using System.Text.Json;
using System.Text.Json.Nodes;

namespace Belajar.Directory.Emulator;

/// <summary>Answers a call with its <c>fields</c> parameter honoured: a malformed selection is a 400, a success is cut down.</summary>
public static class PartialResponse
{
    /// <summary>The answer of <paramref name="answer"/>, cut down to the fields <paramref name="call"/> selects.</summary>
    public static ApiResult Answer(ApiCall call, Func<ApiResult> answer)
    {
        FieldMask? mask = null;
        if (call.Param("fields") is { } fields && (mask = FieldMask.Parse(fields, out var error)) is null)
        {
            return GoogleErrors.Invalid(error!);
        }

        var result = answer();
        return mask is null ? result : Select(result, mask);
    }

    /// <summary>A success answer cut down to the fields of <paramref name="mask"/> (errors are answered whole, as Google does).</summary>
    private static ApiResult Select(ApiResult result, FieldMask mask)
    {
        if (result.Status is < 200 or >= 300 || result.Body.Length == 0)
        {
            return result;
        }

        var selected = mask.Apply(JsonNode.Parse(result.Body));
        return result with { Body = JsonSerializer.SerializeToUtf8Bytes(selected, EmulatorJsonContext.Default.JsonNode) };
    }
}
