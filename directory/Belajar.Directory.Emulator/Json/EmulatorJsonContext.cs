using System.Text.Json.Serialization;

namespace Belajar.Directory.Emulator;

/// <summary>Source-generated JSON (camelCase, nulls omitted) of every body the emulator reads or writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(UserResource))]
[JsonSerializable(typeof(UsersListResource))]
[JsonSerializable(typeof(OrgUnitResource))]
[JsonSerializable(typeof(OrgUnitsListResource))]
[JsonSerializable(typeof(RoleAssignmentResource))]
[JsonSerializable(typeof(ItemsResource<RoleAssignmentResource>))]
[JsonSerializable(typeof(ItemsResource<RoleResource>))]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(SignInRequest))]
[JsonSerializable(typeof(FaultSettings))]
[JsonSerializable(typeof(EmulatorStats))]
[JsonSerializable(typeof(UserFaultRequest))]
[JsonSerializable(typeof(List<UserFaultEntry>))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(ActivitiesResource))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
