using System.Text.Json;

namespace Belajar.Directory.Emulator;

/// <summary>
/// The Directory API subset as one function from a call to its answer, shared by the plain endpoints and the batch
/// endpoint. Faults that precede processing (503, 429) are decided here, per call; the quota is the caller's.
/// </summary>
public sealed partial class DirectoryApi(EmulatorOptions options, DirectoryStore store, EmulatorFaults faults, TimeProvider timeProvider)
{
    private readonly UserRules _rules = new(options, store);

    /// <summary>Answers one call.</summary>
    public ApiResult Handle(ApiCall call)
    {
        if (faults.BackendError.Fire())
        {
            return GoogleErrors.BackendError();
        }

        if (faults.TooManyRequests.Fire())
        {
            return GoogleErrors.TooManyRequests(faults.RetryAfterSeconds);
        }

        try
        {
            return Route(call);
        }
        catch (JsonException ex)
        {
            return GoogleErrors.Invalid($"Invalid JSON payload received. {ex.Message}");
        }
    }

    private ApiResult Route(ApiCall call)
    {
        var segments = call.Path.Trim('/').Split('/');
        var method = call.Method;
        switch (segments)
        {
            case ["users"]:
                return method switch { "GET" => ListUsers(call), "POST" => InsertUser(call), _ => MethodNotAllowed(method) };
            case ["users", var key]:
                key = Uri.UnescapeDataString(key);
                return method switch { "GET" => GetUser(key), "PATCH" or "PUT" => PatchUser(key, call), _ => MethodNotAllowed(method) };
            case ["customer", var customer, ..] when !IsOurCustomer(customer):
                return GoogleErrors.NotFound("customer");
            case ["customer", _, "orgunits"]:
                return method switch { "GET" => ListOrgUnits(call), "POST" => InsertOrgUnit(call), _ => MethodNotAllowed(method) };
            case ["customer", _, "orgunits", ..]:
                return method == "GET"
                    ? GetOrgUnit(Uri.UnescapeDataString(string.Join('/', segments[3..])))
                    : MethodNotAllowed(method);
            case ["customer", _, "roleassignments"]:
                return method switch { "GET" => ListAssignments(call), "POST" => InsertAssignment(call), _ => MethodNotAllowed(method) };
            case ["customer", _, "roles"]:
                return method == "GET" ? ListRoles() : MethodNotAllowed(method);
            default:
                return GoogleErrors.NotFound(call.Path);
        }
    }

    private bool IsOurCustomer(string customer) =>
        customer == "my_customer" || string.Equals(customer, options.CustomerId, StringComparison.Ordinal);

    private static ApiResult MethodNotAllowed(string method) =>
        GoogleErrors.Error(405, "httpMethodNotAllowed", $"Method {method} is not supported here.");

    private static T Read<T>(ApiCall call, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : new() =>
        call.Body.IsEmpty ? new T() : JsonSerializer.Deserialize(call.Body.Span, type) ?? new T();
}
