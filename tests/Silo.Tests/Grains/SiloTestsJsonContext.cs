using System.Text.Json.Serialization;

namespace Inkan.Silo.Tests.Grains;

/// <summary>JSON metadata for the test grains' state.</summary>
[JsonSerializable(typeof(CounterState))]
[JsonSerializable(typeof(ProfileState))]
public sealed partial class SiloTestsJsonContext : JsonSerializerContext;
