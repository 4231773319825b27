using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Browser.Support;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// The browsers that send the browser corpus: the fixture's master and clerk signed on, and one without a session;
/// each request goes out from the one its <see cref="CorpusCaller"/> names, with that caller's antiforgery token.
/// </summary>
internal sealed class BrowserCallers(SessionClient master, SessionClient clerk, SessionClient anonymous)
{
    public SessionClient Master => master;

    /// <summary>Signs on the fixture's master and clerk in their own browsers; a third browser only reads the session.</summary>
    public static async Task<BrowserCallers> SignOnAsync(BankApiFactory gateway, CorpusFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(fixture);
        var master = await SignedOnAsync(new SessionClient(gateway.CreateClient()), fixture.ContractId, fixture.Master);
        var clerk = await SignedOnAsync(new SessionClient(gateway.CreateClient()), fixture.ContractId, fixture.Clerk);
        var anonymous = new SessionClient(gateway.CreateClient());
        await anonymous.SessionAsync();
        return new BrowserCallers(master, clerk, anonymous);
    }

    public async Task<HttpResponseMessage> SendAsync(MalformedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = request.Access == EndpointAccess.Session ? master : anonymous;
        var (session, token) = request.Caller switch
        {
            CorpusCaller.Owner => (owner, owner.Csrf),
            CorpusCaller.Anonymous => (anonymous, anonymous.Csrf),
            CorpusCaller.NoAntiforgery => (owner, null),
            CorpusCaller.WrongAntiforgery => (owner, owner == master ? clerk.Csrf : master.Csrf),
            CorpusCaller.OtherUser => (clerk, clerk.Csrf),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Caller, "Not a caller."),
        };
        using var message = request.ToMessage();
        if (token is not null)
        {
            message.Headers.Add("X-CSRF-TOKEN", token);
        }

        return await session.Http.SendAsync(message);
    }

    private static async Task<SessionClient> SignedOnAsync(SessionClient client, string contractId, string loginId)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await client.LogOnAsync(contractId, loginId, ApiBank.Password)).StatusCode);
        Assert.Equal("Proceed", (await client.SessionAsync()).GetProperty("step").GetString());
        return client;
    }
}
