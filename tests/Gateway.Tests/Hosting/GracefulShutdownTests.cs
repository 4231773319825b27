namespace Inkan.Gateway.Tests.Hosting;

/// <summary>SIGTERM of the gateway process during load on SQLite (<see cref="TerminateDuringLoad"/>).</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-term-");

    [Fact]
    public Task Terminate_DuringLoad_ExitsZeroKeepingEveryAcknowledgedAuthorization() => TerminateDuringLoad.RunAsync(_directory.FullName);

    public void Dispose() => _directory.Delete(recursive: true);
}
