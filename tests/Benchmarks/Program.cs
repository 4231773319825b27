using BenchmarkDotNet.Running;
using Inkan.Benchmarks.Activations;
using Inkan.Benchmarks.Verification;

return args switch
{
    ["verify", ..] => await VerificationRunner.RunAsync(args),
    ["activations", ..] => await ActivationRunner.RunAsync(args),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
