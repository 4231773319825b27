using System.Text;
using Inkan.TokenEmulator.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await EmulatorCli.RunAsync(args, new CliContext(Console.Out, Console.Error, TimeProvider.System));
