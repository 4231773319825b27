namespace Inkan.Gateway.Tests.Faults;

/// <summary>SIGKILL of the gateway process during load on its embedded SQLite storage, then a restart.</summary>
public sealed class GatewayKillTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-kill-");

    [Fact]
    public Task Kill_DuringLoadOnSqlite_KeepsEveryAcknowledgedAuthorizationOnce()
        => KillDuringLoad.RunAsync(_directory.FullName, new Dictionary<string, string>());

    public void Dispose() => _directory.Delete(recursive: true);
}
