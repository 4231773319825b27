namespace Inkan.Silo.Tests.Generator.Samples;

/// <summary>A grain interface declared in this project, so that the build's own run of the generator is tested.</summary>
public interface ISampleGrain : IGrainWithStringKey
{
    /// <summary>Returns <paramref name="text"/> repeated <paramref name="times"/> times.</summary>
    Task<string> EchoAsync(string text, int times);

    /// <summary>Returns the sum.</summary>
    ValueTask<int> AddAsync(int a, int b);

    /// <summary>Remembers <paramref name="entry"/>.</summary>
    Task RecordAsync(string entry);

    /// <summary>Forgets every entry.</summary>
    ValueTask ClearAsync();
}
