using System.Text.Json.Serialization;

namespace Inkan.Benchmarks.Runtime;

/// <summary>JSON metadata for the benchmark grains.</summary>
[JsonSerializable(typeof(BenchState))]
public sealed partial class BenchJsonContext : JsonSerializerContext;
