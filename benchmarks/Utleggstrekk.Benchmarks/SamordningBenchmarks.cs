using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Samordning;
using Utleggstrekk.Reference.Samordning;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// Issue 20 item 2: samordning of 8 trekk in one ytelse (classes a, d, e, f; two equal-priority groups shared pro rata)
/// per debtor. Target: 0 B (asserted in the tests too). Baseline: the LINQ reference.
/// </summary>
[MemoryDiagnoser]
public class SamordningBenchmarks
{
    private readonly Samordningstrekk[] _trekk =
    [
        new("inkasso-1", Artsprioritet.F, new LocalDate(2024, 2, 1), Beloep.FraKroner(4_000)),
        new("inkasso-2", Artsprioritet.F, new LocalDate(2024, 2, 1), Beloep.FraKroner(2_500)),
        new("skatt-3", Artsprioritet.E, new LocalDate(2024, 5, 10), Beloep.FraKroner(1_000)),
        new("skatt-2", Artsprioritet.E, new LocalDate(2024, 5, 10), Beloep.FraKroner(1_000)),
        new("skatt-1", Artsprioritet.E, new LocalDate(2024, 5, 10), Beloep.FraKroner(1_000)),
        new("bot-1", Artsprioritet.D, new LocalDate(2025, 1, 15), Beloep.FraKroner(2_500)),
        new("bidrag-2", Artsprioritet.A, new LocalDate(2025, 3, 1), Beloep.FraKroner(1_000)),
        new("bidrag-1", Artsprioritet.A, new LocalDate(2023, 1, 1), Beloep.FraKroner(2_000)),
    ];

    private readonly Beloep[] _nytt = new Beloep[8];

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseSamordning.Samordne(6_500m, _trekk).Uutnyttet;

    [Benchmark]
    public Beloep Motor() => Samordner.Samordne(Beloep.FraKroner(6_500), _trekk, _nytt);
}
