using System.Net.Http.Json;
using System.Text.Json;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>What the pages' JavaScript does over HTTP: reads the session (and its antiforgery token), logs on, posts JSON with the token.</summary>
internal sealed class SessionClient(HttpClient http)
{
    public string Csrf { get; private set; } = "";

    public HttpClient Http => http;

    public async Task<JsonElement> SessionAsync()
    {
        var session = await http.GetFromJsonAsync<JsonElement>("/app/api/session");
        Csrf = session.GetProperty("csrf").GetString()!;
        return session;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/app/api" + path) { Content = JsonContent.Create(body) };
        if (withToken)
        {
            request.Headers.Add("X-CSRF-TOKEN", Csrf);
        }

        return http.SendAsync(request);
    }

    /// <summary>Logs on and reads the session again, as the page does, for the signed-on user's antiforgery token.</summary>
    public async Task<HttpResponseMessage> LogOnAsync(string contractId, string loginId, string password = DemoBank.Password)
    {
        await SessionAsync();
        var response = await PostAsync("/logon", new { contractId, loginId, password });
        await SessionAsync();
        return response;
    }

    /// <summary>The problem's stable <c>code</c>.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("code").GetString();
    }
}
