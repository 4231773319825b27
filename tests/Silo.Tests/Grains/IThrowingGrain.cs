namespace Inkan.Silo.Tests.Grains;

/// <summary>A grain whose constructor always throws.</summary>
public interface IThrowingGrain : IGrainWithStringKey
{
    Task<int> GetAsync();
}
