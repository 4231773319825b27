namespace Inkan.Silo.Tests.Grains;

/// <summary>A grain whose state has no registered JSON metadata.</summary>
public interface IUnregisteredGrain : IGrainWithStringKey
{
    Task<int> GetAsync();
}
