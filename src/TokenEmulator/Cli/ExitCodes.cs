namespace Inkan.TokenEmulator.Cli;

/// <summary>The emulator's exit statuses; Ctrl+C (how <c>watch</c> normally ends) gives 130, set by System.CommandLine.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Bad input, an unusable file, image or token, or a <c>load</c> run with errors; one line on stderr says which.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (unknown option, missing or conflicting options).</summary>
    public const int Usage = 2;
}
