namespace Inkan.Grains.Tests.Support;

/// <summary>Waits for a condition that another thread makes true, failing the test after 10 seconds.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
