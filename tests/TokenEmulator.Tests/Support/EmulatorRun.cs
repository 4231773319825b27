namespace Inkan.TokenEmulator.Tests.Support;

/// <summary>The outcome of one emulator process: exit status, standard output and standard error.</summary>
internal sealed record EmulatorRun(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>Asserts success with nothing on stderr and returns stdout's lines.</summary>
    public IReadOnlyList<string> Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}, stderr: {Error}");
        Assert.Equal(string.Empty, Error);
        return OutputLines;
    }

    /// <summary>Asserts the error contract: non-zero exit, nothing on stdout, exactly one stderr line, no stack trace.</summary>
    public string Failed()
    {
        Assert.NotEqual(0, ExitCode);
        Assert.Equal(string.Empty, Output);
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        return line;
    }
}
