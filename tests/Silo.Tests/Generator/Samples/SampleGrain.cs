namespace Inkan.Silo.Tests.Generator.Samples;

/// <summary>An in-memory <see cref="ISampleGrain"/> that the generated request structs are invoked on.</summary>
internal sealed class SampleGrain : ISampleGrain
{
    /// <summary>The recorded entries.</summary>
    public List<string> Entries { get; } = [];

    public Task<string> EchoAsync(string text, int times) => Task.FromResult(string.Concat(Enumerable.Repeat(text, times)));

    public ValueTask<int> AddAsync(int a, int b) => ValueTask.FromResult(a + b);

    public Task RecordAsync(string entry)
    {
        Entries.Add(entry);
        return Task.CompletedTask;
    }

    public ValueTask ClearAsync()
    {
        Entries.Clear();
        return ValueTask.CompletedTask;
    }
}
