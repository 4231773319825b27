using System.CommandLine;

namespace Inkan.TokenEmulator.Cli;

/// <summary>Sets a command's action so that every failure ends as one line on stderr and a non-zero exit status.</summary>
internal static class GuardedAction
{
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (result, cancellation) =>
        {
            try
            {
                return await action(result, cancellation).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The contract is one line on stderr for every failure, whatever its type.
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
#pragma warning restore CA1031
            {
                await context.Error.WriteLineAsync(ErrorLine.For(e)).ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });

    public static void Set(Command command, CliContext context, Action<ParseResult> action) =>
        Set(command, context, (result, _) =>
        {
            action(result);
            return Task.FromResult(ExitCodes.Success);
        });
}
