namespace Inkan.TokenEmulator.Cli;

/// <summary>Where the commands write (the screen and the code on Output, one-line errors on Error) and their clock.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock for waits such as the settle time of dropped images.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, TimeProvider Time);
