using System.Text.Json;

namespace Belajar.Directory.Emulator;

/// <summary>
/// The Directory API subset as one function from a call to its answer, shared by the plain endpoints and the batch
/// endpoint. Faults that precede processing (503, 429) are decided here, per call; the quota is the caller's, and every
/// call handed here is counted by method in <paramref name="meter"/>. A <c>fields</c> parameter cuts a success answer down
/// to the fields it selects (<see cref="PartialResponse"/>).
/// </summary>
public sealed partial class DirectoryApi(EmulatorOptions options, DirectoryStore store, EmulatorFaults faults, QuotaMeter meter, TimeProvider timeProvider)
{
    private readonly UserRules _rules = new(options, store);

    /// <summary>Answers one call (one the quota granted: it is counted as served).</summary>
    public ApiResult Handle(ApiCall call)
    {
        var (name, answer) = Route(call);
        meter.CountMethod(name);
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
            return PartialResponse.Answer(call, answer);
        }
        catch (JsonException ex)
        {
            return GoogleErrors.Invalid($"Invalid JSON payload received. {ex.Message}");
        }
    }

    private (string Name, Func<ApiResult> Answer) Route(ApiCall call)
    {
        var segments = call.Path.Trim('/').Split('/');
        var method = call.Method;
        switch (segments)
        {
            case ["users"]:
                return method switch
                {
                    "GET" => (ApiMethods.UsersList, () => ListUsers(call)),
                    "POST" => (ApiMethods.UsersInsert, () => InsertUser(call)),
                    _ => (ApiMethods.Other, () => MethodNotAllowed(method)),
                };
            case ["users", var key]:
                key = Uri.UnescapeDataString(key);
                return method switch
                {
                    "GET" => (ApiMethods.UsersGet, () => GetUser(key)),
                    "PATCH" => (ApiMethods.UsersPatch, () => PatchUser(key, call)),
                    "PUT" => (ApiMethods.UsersUpdate, () => PatchUser(key, call)),
                    "DELETE" => (ApiMethods.UsersDelete, () => DeleteUser(key)),
                    _ => (ApiMethods.Other, () => MethodNotAllowed(method)),
                };
            case ["customer", var customer, ..]:
                var (name, answer) = RouteCustomer(call, segments);
                return IsOurCustomer(customer) ? (name, answer) : (name, () => GoogleErrors.NotFound("customer"));
            default:
                return (ApiMethods.Other, () => GoogleErrors.NotFound(call.Path));
        }
    }

    private (string Name, Func<ApiResult> Answer) RouteCustomer(ApiCall call, string[] segments)
    {
        var method = call.Method;
        switch (segments)
        {
            case [_, _, "orgunits"]:
                return method switch
                {
                    "GET" => (ApiMethods.OrgUnitsList, () => ListOrgUnits(call)),
                    "POST" => (ApiMethods.OrgUnitsInsert, () => InsertOrgUnit(call)),
                    _ => (ApiMethods.Other, () => MethodNotAllowed(method)),
                };
            case [_, _, "orgunits", ..]:
                return method == "GET"
                    ? (ApiMethods.OrgUnitsGet, () => GetOrgUnit(Uri.UnescapeDataString(string.Join('/', segments[3..]))))
                    : (ApiMethods.Other, () => MethodNotAllowed(method));
            case [_, _, "roleassignments"]:
                return method switch
                {
                    "GET" => (ApiMethods.RoleAssignmentsList, () => ListAssignments(call)),
                    "POST" => (ApiMethods.RoleAssignmentsInsert, () => InsertAssignment(call)),
                    _ => (ApiMethods.Other, () => MethodNotAllowed(method)),
                };
            case [_, _, "roles"]:
                return method == "GET" ? (ApiMethods.RolesList, ListRoles) : (ApiMethods.Other, () => MethodNotAllowed(method));
            default:
                return (ApiMethods.Other, () => GoogleErrors.NotFound(call.Path));
        }
    }

    private bool IsOurCustomer(string customer) =>
        customer == "my_customer" || string.Equals(customer, options.CustomerId, StringComparison.Ordinal);

    private static ApiResult MethodNotAllowed(string method) =>
        GoogleErrors.Error(405, "httpMethodNotAllowed", $"Method {method} is not supported here.");

    private static T Read<T>(ApiCall call, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : new() =>
        call.Body.IsEmpty ? new T() : JsonSerializer.Deserialize(call.Body.Span, type) ?? new T();
}
