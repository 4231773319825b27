using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>A hub connection's context for tests of the registry alone: its user, and whether it was aborted.</summary>
internal sealed class FakeCallerContext(string connectionId, ClaimsPrincipal user) : HubCallerContext
{
    public bool Aborted { get; private set; }

    public override string ConnectionId => connectionId;

    public override string? UserIdentifier => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public override ClaimsPrincipal? User => user;

    public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

    public override IFeatureCollection Features { get; } = new FeatureCollection();

    public override CancellationToken ConnectionAborted => CancellationToken.None;

    public override void Abort() => Aborted = true;
}
