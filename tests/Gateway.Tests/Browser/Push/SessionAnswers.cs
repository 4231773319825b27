using System.Reflection;
using Inkan.Silo;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>Grain references whose <c>IsSessionCurrentAsync</c> answers with <see cref="Answer"/>, counted in <see cref="Checks"/>; every other call fails.</summary>
internal sealed class SessionAnswers : IGrainFactory
{
    private int _checks;

    public Func<Task<bool>> Answer { get; set; } = () => Task.FromResult(true);

    public int Checks => Volatile.Read(ref _checks);

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey
    {
        var grain = DispatchProxy.Create<TGrain, SessionCheckProxy>();
        ((SessionCheckProxy)(object)grain!).Check = () =>
        {
            Interlocked.Increment(ref _checks);
            return Answer();
        };
        return grain;
    }
}
