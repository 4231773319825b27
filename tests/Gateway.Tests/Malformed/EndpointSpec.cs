using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// One endpoint of the corpus: method, path (placeholders <c>{c}</c>, <c>{l}</c>, <c>{id}</c>, <c>{serial}</c>,
/// <c>{keyId}</c> filled with the fixture's values or with bad ones), a valid body and its fields, query parameters,
/// who may call it, and whether it takes an <c>Idempotency-Key</c>. An endpoint without a body gets path, query, method
/// and caller faults only, so that a fault never leaves a valid request.
/// </summary>
public sealed record EndpointSpec(
    string Method,
    string Path,
    Func<JsonNode>? Body = null,
    IReadOnlyList<FieldSpec>? Fields = null,
    IReadOnlyList<(string Name, string[] BadValues)>? Query = null,
    EndpointAccess Access = EndpointAccess.ApiKey,
    bool TakesIdempotencyKey = false)
{
    public IReadOnlyList<FieldSpec> BodyFields => Fields ?? [];

    public IReadOnlyList<(string Name, string[] BadValues)> QueryFaults => Query ?? [];

    public override string ToString() => $"{Method} {Path}";
}
