using BenchmarkDotNet.Attributes;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Reference.Prioritet;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: fordeling of one payment over 100 claims of mixed classes, with a prepared plan. Target ≤ 1 µs, 0 B.
/// <see cref="Kroner"/> 123 456.78 ends inside class a (the first group, shared pro rata by the size of each bidrag:
/// water-filling and largest remainder); 900 000 covers class a and the next groups in full (Tidsprioritet: 12 groups,
/// Samordnet: 1) and ends part-way in a later one, so the in-turn path and the same-day/samordnet groups run too.
/// Baseline: the reference implementation (decimal + LINQ) on the same claims.
/// </summary>
[MemoryDiagnoser]
public class FordelingBenchmarks
{
    private Krav[] _krav = [];
    private Fordelingsplan? _plan;
    private Beloep[] _andeler = [];
    private Beloep _betaling;

    [Params(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)]
    public Fordelingsregel Regel { get; set; }

    /// <summary>The payment in kroner.</summary>
    [Params(123_456.78, 900_000.00)]
    public double Kroner { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        _krav = Benchmarkdata.BlandedeKrav(100);
        _betaling = Beloep.FraDesimal((decimal)Kroner);
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
