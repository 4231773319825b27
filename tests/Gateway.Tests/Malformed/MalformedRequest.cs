namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// One generated request: method, path with query, raw body and its content type, extra headers (each with its values,
/// one header line per value), what was broken (for the failure message), and for the browser client who sends it to
/// an endpoint of which access.
/// </summary>
public sealed record MalformedRequest(string Method, string Path, byte[]? Body, string? ContentType, string Fault)
{
    public CorpusCaller Caller { get; init; }

    public EndpointAccess Access { get; init; }

    public IReadOnlyList<(string Name, string[] Values)> Headers { get; init; } = [];

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, values) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, values);
        }

        return message;
    }

    public override string ToString() => $"{Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} [{Fault}]";
}
