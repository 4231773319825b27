namespace Inkan.TokenEmulator.Load;

/// <summary>One worker's latencies in milliseconds, kept apart so that workers never contend; merged at the end.</summary>
internal sealed class WorkerLog
{
    /// <summary>Each code submission: the verification's round trip.</summary>
    public List<double> Verifications { get; } = [];

    /// <summary>Each authorized cycle: create, (wrong code,) right code.</summary>
    public List<double> Cycles { get; } = [];
}
