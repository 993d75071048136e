using BenchmarkDotNet.Attributes;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Reference.Prioritet;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: fordeling of one payment over 100 claims of mixed classes, with a prepared plan. Target ≤ 1 µs, 0 B.
/// The payment covers classes in turn and ends part-way, so both the in-turn and the pro-rata (largest remainder) paths
/// run. Baseline: the reference implementation (decimal + LINQ) on the same claims.
/// </summary>
[MemoryDiagnoser]
public class FordelingBenchmarks
{
    private Krav[] _krav = [];
    private Fordelingsplan? _plan;
    private Beloep[] _andeler = [];
    private readonly Beloep _betaling = Beloep.FraDesimal(123_456.78m);

    [Params(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)]
    public Fordelingsregel Regel { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        _krav = Benchmarkdata.BlandedeKrav(100);
        _plan = Fordeler.Planlegg(_krav, Regel);
        _andeler = new Beloep[_krav.Length];
    }

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseFordeling.Fordel(_krav, _betaling.Kroner, Regel).Overskudd;

    [Benchmark]
    public Beloep Motor()
    {
        Fordeler.Fordel(_plan!, _betaling, _andeler, out var overskudd);
        return overskudd;
    }
}
