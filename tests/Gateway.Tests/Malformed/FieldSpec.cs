namespace Inkan.Gateway.Tests.Malformed;

/// <summary>A field of a request body (a dotted path, <c>[0]</c> for an array's first element) and what it holds; a required field may also be left out.</summary>
public sealed record FieldSpec(string Path, FieldKind Kind, bool Required = true);
