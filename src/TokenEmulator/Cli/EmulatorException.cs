namespace Inkan.TokenEmulator.Cli;

/// <summary>A problem the user can fix (a missing file, an unknown serial, an image without a code); shown as one line on stderr.</summary>
internal sealed class EmulatorException : Exception
{
    public EmulatorException(string message)
        : base(message)
    {
    }

    public EmulatorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
