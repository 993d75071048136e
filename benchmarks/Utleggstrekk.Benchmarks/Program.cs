using BenchmarkDotNet.Running;
using Utleggstrekk.Benchmarks;

if (args.Length > 0 && args[0] == "--ci")
{
    return CiPort.Kjoer(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, CiPort.MedJson());
return 0;
