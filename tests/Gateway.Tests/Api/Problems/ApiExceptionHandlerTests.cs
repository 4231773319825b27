using System.Net.Sockets;
using Inkan.Gateway.Api.Problems;
using Inkan.Silo;
using Npgsql;

namespace Inkan.Gateway.Tests.Api.Problems;

/// <summary>The problems <see cref="ApiExceptionHandler.Map"/> answers storage failures with.</summary>
public sealed class ApiExceptionHandlerTests
{
    private static NpgsqlException ConnectionRefused => new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void Map_DatabaseDown_Is503Unavailable()
        => Assert.Equal((503, "unavailable"), Answer(ConnectionRefused));

    [Fact]
    public void Map_WriteNotRunAfterTheDatabaseWentDown_Is503Unavailable()
        => Assert.Equal((503, "unavailable"), Answer(new InconsistentStateException("not executed: an earlier write failed", new InconsistentStateException("not executed", ConnectionRefused))));

    [Fact]
    public void Map_VersionConflict_Is409ConcurrentUpdate()
        => Assert.Equal((409, "concurrent-update"), Answer(new InconsistentStateException("Version conflict")));

    private static (int?, object?) Answer(Exception exception)
    {
        var problem = ApiExceptionHandler.Map(exception);
        return (problem.Status, problem.Extensions["code"]);
    }
}
