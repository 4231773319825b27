using System.Net;
using System.Text.Json;

namespace Inkan.TokenEmulator.Load;

/// <summary>One answer of the bank API: its status and JSON body (a problem's <c>code</c> member when it is a problem).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body, or an empty object when there was none.</param>
internal sealed record ApiAnswer(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>Whether the status is 2xx.</summary>
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>A string member of the body, or null.</summary>
    public string? Text(string name)
        => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A short name for an unexpected answer: the status number and the problem's code, e.g. <c>409 conflict</c>.</summary>
    public string Describe() => Text("code") is { } code ? $"{(int)Status} {code}" : ((int)Status).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
