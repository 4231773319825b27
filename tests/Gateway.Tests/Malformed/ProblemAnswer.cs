using System.Net.Http.Headers;
using System.Text.Json;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// What every answer to a malformed request must be: a 4xx problem description whose <c>status</c> matches, which has
/// a <c>code</c>, and which shows nothing of a server exception (type names, stack).
/// </summary>
public static class ProblemAnswer
{
    /// <summary>Why <paramref name="response"/> is not such a problem, or null when it is.</summary>
    public static async Task<string?> ViolationAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            return $"not a 4xx: {Short(body)}";
        }

        if (response.Content.Headers.ContentType is not MediaTypeHeaderValue { MediaType: "application/problem+json" })
        {
            return $"not a problem ({response.Content.Headers.ContentType}): {Short(body)}";
        }

        if (LeaksException(body))
        {
            return $"exception text in the answer: {Short(body)}";
        }

        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status && problem.RootElement.TryGetProperty("code", out _)
            ? null
            : $"problem without matching status or code: {Short(body)}";
    }

    /// <summary>Whether <paramref name="text"/> shows an exception's type or stack.</summary>
    public static bool LeaksException(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("stack", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The statuses seen, for failure messages.</summary>
    public static string Summary(IReadOnlyDictionary<int, int> statuses) => string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
