using System.Reflection;

namespace Inkan.Gateway.Hosting;

/// <summary>
/// Ends the gateway on an exception that stops it, a bad setting above all: one line naming the cause on standard error
/// and exit status 1, instead of the runtime's unhandled-exception abort (SIGABRT, status 134, a core dump where enabled).
/// </summary>
public static class StartupFailure
{
    /// <summary>The exit status of a gateway that could not run.</summary>
    public const int ExitCode = 1;

    /// <summary>
    /// Whether the gateway runs as its own process. Run by another program (<c>WebApplicationFactory</c> in tests, build-time
    /// tools), the exception must reach that program, which watches the entry point for it.
    /// </summary>
    public static bool EndsProcess => Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    /// <summary>Writes <paramref name="exception"/>'s messages, its inner exceptions' included, as one line to <paramref name="error"/>; answers <see cref="ExitCode"/>.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var messages = Messages(exception).Select(m => m.ReplaceLineEndings(" ").Trim()).Distinct(StringComparer.Ordinal);
        error.WriteLine($"The gateway could not run: {string.Join(" <- ", messages)}");
        return ExitCode;
    }

    private static IEnumerable<string> Messages(Exception exception)
    {
        // The host gathers several failures of its start into one AggregateException: each one counts.
        var causes = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        foreach (var cause in causes)
        {
            for (var e = cause; e is not null; e = e.InnerException)
            {
                yield return e.Message;
            }
        }
    }
}
