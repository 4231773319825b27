using System.Text.Json.Serialization;

namespace Inkan.Protocol.Tokens.Json;

/// <summary>Source-generated serializer for the JSON batch file; unknown members are errors, not silently dropped.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TokenBatchDocument))]
internal sealed partial class TokenBatchJsonContext : JsonSerializerContext;
