namespace Inkan.Silo.Tests.Grains;

/// <summary>Reads a state whose class changed since its records were stored.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    Task<ProfileState> GetAsync();
}
