using System.Text;
using System.Text.Json.Nodes;
using Inkan.Gateway.Api.Transactions;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// A seeded generator of malformed requests: each takes an endpoint's valid request and breaks exactly one thing that
/// makes it certainly invalid — a field (bad value, wrong type, left out), the JSON itself, the content type, a path
/// segment, a query parameter, the method, the <c>Idempotency-Key</c> of a creation (which may also come on a broken
/// body), or for a browser endpoint the caller (no session, no or another session's antiforgery token, another user's
/// transaction).
/// </summary>
public sealed class CorpusGenerator(CorpusFixture fixture, IReadOnlyList<EndpointSpec> endpoints, int seed)
{
    private static readonly string[] RawBodies = ["", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{'a':1}", "{\"a\":1}}", new string('[', 10_000) + new string(']', 10_000)];
    private static readonly string[] ContentTypes = ["text/plain", "application/xml", "multipart/form-data; boundary=x", "image/png"];
    private static readonly (string Placeholder, FieldKind Kind)[] Placeholders =
        [("{c}", FieldKind.ContractId), ("{l}", FieldKind.LoginId), ("{id}", FieldKind.TransactionId), ("{serial}", FieldKind.Serial), ("{keyId}", FieldKind.KeyId)];

    private readonly Random _random = new(seed);

    public IEnumerable<MalformedRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(endpoints[_random.Next(endpoints.Count)]);
        }
    }

    private MalformedRequest Next(EndpointSpec endpoint)
    {
        var faults = new List<Func<EndpointSpec, MalformedRequest>> { MethodFault };
        if (endpoint.Body is not null)
        {
            faults.AddRange([FieldFault, FieldFault, FieldFault, FieldFault, SyntaxFault, SyntaxFault, ContentTypeFault]);
        }

        if (Placeholders.Any(p => endpoint.Path.Contains(p.Placeholder, StringComparison.Ordinal)))
        {
            faults.AddRange([PathFault, PathFault, PathFault]);
        }

        if (endpoint.QueryFaults.Count > 0)
        {
            faults.AddRange([QueryFault, QueryFault]);
        }

        if (Callers(endpoint).Count > 0)
        {
            faults.AddRange([CallerFault, CallerFault]);
        }

        if (endpoint.TakesIdempotencyKey)
        {
            faults.AddRange([KeyFault, KeyFault, KeyFault]);
        }

        return faults[_random.Next(faults.Count)](endpoint) with { Access = endpoint.Access };
    }

    private MalformedRequest FieldFault(EndpointSpec endpoint)
    {
        var body = endpoint.Body!();
        var field = Pick(endpoint.BodyFields);
        var bad = BadValues.For(field.Kind);
        if (field.Required && _random.Next(bad.Count + 1) == 0)
        {
            JsonPaths.Remove(body, field.Path);
            return Json(endpoint, body, $"{field.Path} left out");
        }

        // Null is how an optional field is left out, so it is a bad value only for a required one.
        var value = field.Required ? Pick(bad)() : Pick([.. bad.Select(v => v()).Where(v => v is not null)]);
        JsonPaths.Set(body, field.Path, value);
        return Json(endpoint, body, $"{field.Path} = {Short(value?.ToJsonString() ?? "null")}");
    }

    private MalformedRequest SyntaxFault(EndpointSpec endpoint)
    {
        var valid = endpoint.Body!().ToJsonString();
        var (text, fault) = _random.Next(4) switch
        {
            0 => (valid[.._random.Next(1, valid.Length - 1)], "truncated"),
            1 => (valid + "x", "trailing garbage"),
            2 => (valid[..^1] + ",}", "trailing comma"),
            _ => Pick(RawBodies) is var raw ? (raw, $"body {Short(raw)}") : default,
        };
        var bytes = _random.Next(10) == 0 ? [0xff, 0xfe, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
        return new MalformedRequest(endpoint.Method, Fill(endpoint.Path), bytes, "application/json", fault);
    }

    private MalformedRequest ContentTypeFault(EndpointSpec endpoint)
    {
        var type = _random.Next(ContentTypes.Length + 1) is var n && n < ContentTypes.Length ? ContentTypes[n] : null;
        return new MalformedRequest(endpoint.Method, Fill(endpoint.Path), Encoding.UTF8.GetBytes(endpoint.Body!().ToJsonString()), type, $"content type {type ?? "none"}");
    }

    private MalformedRequest PathFault(EndpointSpec endpoint)
    {
        var (placeholder, kind) = Pick([.. Placeholders.Where(p => endpoint.Path.Contains(p.Placeholder, StringComparison.Ordinal))]);
        // The in-memory test server cannot carry a NUL in a path (Kestrel refuses it with a 400 before routing).
        var bad = Pick([.. BadValues.Strings(kind).Where(s => !s.Contains('\0', StringComparison.Ordinal))]);
        var path = Fill(endpoint.Path.Replace(placeholder, Uri.EscapeDataString(bad), StringComparison.Ordinal));
        return WithBody(endpoint, path, $"{placeholder} = {Short(bad)}");
    }

    private MalformedRequest QueryFault(EndpointSpec endpoint)
    {
        var (name, values) = Pick(endpoint.QueryFaults);
        var bad = Pick(values);
        return WithBody(endpoint, $"{Fill(endpoint.Path)}?{name}={Uri.EscapeDataString(bad)}", $"?{name}={Short(bad)}");
    }

    // The request is the valid one: only who sends it is wrong.
    private MalformedRequest CallerFault(EndpointSpec endpoint)
    {
        var caller = Pick(Callers(endpoint));
        return WithBody(endpoint, Fill(endpoint.Path), $"caller {caller}") with { Caller = caller };
    }

    // A malformed key on the valid request or on a broken one; a well-formed key (one the corpus reuses, or the
    // fixture's) on a broken request, which must not bind it; or the fixture's key, bound to its transfer, on this
    // endpoint's valid request, which is another request (422).
    private MalformedRequest KeyFault(EndpointSpec endpoint)
    {
        var (request, key) = _random.Next(4) switch
        {
            0 => (WithBody(endpoint, Fill(endpoint.Path), "valid body"), Pick(IdempotencyKeyFaults.Malformed)),
            1 => (BrokenBody(endpoint), Pick(IdempotencyKeyFaults.Malformed)),
            2 => (BrokenBody(endpoint), [_random.Next(3) == 0 ? fixture.IdempotencyKey : Pick(IdempotencyKeyFaults.WellFormed)]),
            _ => (WithBody(endpoint, Fill(endpoint.Path), "valid body"), [fixture.IdempotencyKey]),
        };
        var shown = string.Join(" + ", key.Select(Short));
        return request with { Fault = $"{request.Fault}, {IdempotencyKeys.HeaderName}: {shown}", Headers = [(IdempotencyKeys.HeaderName, key)] };
    }

    private MalformedRequest BrokenBody(EndpointSpec endpoint) => _random.Next(6) switch
    {
        < 4 => FieldFault(endpoint),
        4 => SyntaxFault(endpoint),
        _ => ContentTypeFault(endpoint),
    };

    private static IReadOnlyList<CorpusCaller> Callers(EndpointSpec endpoint)
    {
        var callers = new List<CorpusCaller>();
        if (endpoint.Access == EndpointAccess.Session)
        {
            callers.Add(CorpusCaller.Anonymous);
            if (endpoint.Path.Contains("{id}", StringComparison.Ordinal))
            {
                callers.Add(CorpusCaller.OtherUser);
            }
        }

        if (endpoint.Access != EndpointAccess.ApiKey && endpoint.Method != "GET")
        {
            callers.AddRange([CorpusCaller.NoAntiforgery, CorpusCaller.WrongAntiforgery]);
        }

        return callers;
    }

    private MalformedRequest MethodFault(EndpointSpec endpoint)
        => WithBody(endpoint with { Method = _random.Next(2) == 0 ? "DELETE" : "PATCH" }, Fill(endpoint.Path), "method");

    private MalformedRequest WithBody(EndpointSpec endpoint, string path, string fault)
        => new(endpoint.Method, path, endpoint.Body is { } body ? Encoding.UTF8.GetBytes(body().ToJsonString()) : null, endpoint.Body is null ? null : "application/json", fault);

    private MalformedRequest Json(EndpointSpec endpoint, JsonNode body, string fault)
        => new(endpoint.Method, Fill(endpoint.Path), Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json", fault);

    private string Fill(string path) => path
        .Replace("{c}", fixture.ContractId, StringComparison.Ordinal)
        .Replace("{l}", fixture.Clerk, StringComparison.Ordinal)
        .Replace("{id}", fixture.TransactionId, StringComparison.Ordinal)
        .Replace("{serial}", fixture.Serial, StringComparison.Ordinal)
        .Replace("{keyId}", fixture.KeyId, StringComparison.Ordinal);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Short(string text) => text.Length > 40 ? $"{text[..40]}…({text.Length})" : text;
}
