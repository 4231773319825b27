using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Inkan.TokenEmulator.Camera;

namespace Inkan.TokenEmulator.Watching;

/// <summary>
/// Reports the PNG and JPEG files that appear (or are rewritten) in a directory, each once per version, after the
/// directory has been quiet for a moment so that a file still being written is not read half-way.
/// </summary>
internal sealed class ImageDropWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly Dictionary<string, (long Length, DateTime Written)> seen = new(StringComparer.Ordinal);

    public ImageDropWatcher(string directory)
    {
        watcher = new FileSystemWatcher(directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => changes.Writer.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
    }

    public async IAsyncEnumerable<string> NewImagesAsync(
        TimeSpan settle, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var reader = changes.Reader;
        while (await reader.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            var pending = new List<string>();
            await CollectUntilQuietAsync(reader, pending, settle, time, cancellation).ConfigureAwait(false);
            foreach (var path in pending.Distinct(StringComparer.Ordinal).Where(IsNewImage))
            {
                yield return path;
            }
        }
    }

    public void Dispose() => watcher.Dispose();

    private static async Task CollectUntilQuietAsync(
        ChannelReader<string> reader, List<string> pending, TimeSpan settle, TimeProvider time, CancellationToken cancellation)
    {
        while (true)
        {
            while (reader.TryRead(out var path))
            {
                pending.Add(path);
            }

            using var quiet = new CancellationTokenSource(settle, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(quiet.Token, cancellation);
            try
            {
                await reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private bool IsNewImage(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Name.StartsWith('.') || !ImageFormat.Extensions.Contains(file.Extension))
        {
            return false;
        }

        var version = (file.Length, file.LastWriteTimeUtc);
        if (seen.TryGetValue(path, out var last) && last == version)
        {
            return false;
        }

        seen[path] = version;
        return true;
    }
}
