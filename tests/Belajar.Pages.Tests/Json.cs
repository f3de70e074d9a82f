using System.Text.Json;
using System.Text.Json.Serialization;

namespace Belajar.Pages.Tests;

/// <summary>The api's JSON conventions (camelCase, enums by name).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
