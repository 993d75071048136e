using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Avregning;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12 / issue 20: avregning of 120 payments (8 000 kr on the first of each month from 2025-03-01) over 20
/// claims (<see cref="Benchmarkdata.Trekk"/>: mixed classes, a third on forsinkelsesrente, a third on an agreed rate,
/// tidsprioriteter up to 2025-12, so some claims join late), stated on 2035-03-01. Target ≤ 50 µs, 0 B after setup
/// (the grunnlag — plan, payment order, the interest numerator of each period — and the buffer are made in the setup).
/// Baseline: the reference implementation (decimal + LINQ, reference fordeling and interest per period).
/// </summary>
[MemoryDiagnoser]
public class AvregningBenchmarks
{
    private static readonly LocalDate Fra = new(2025, 3, 1);
    private static readonly LocalDate Dato = new(2035, 3, 1);
    private Trekk _trekk = null!;
    private EnkelTabell<Prosentverdi> _tabell = null!;
    private Avregningsgrunnlag _grunnlag = null!;
    private Avregningsbuffer _buffer = null!;
    private KravAvregning[] _krav = [];
    private BetalingAvregning[] _betalinger = [];
    private Plassering[] _plasseringer = [];

    [Params(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)]
    public Fordelingsregel Regel { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        _tabell = SatserLaster.LastInnebygde().Forsinkelsesrente;
        var trekk = Benchmarkdata.Trekk(20, Regel);
        _trekk = trekk with { Mottatt = [.. Enumerable.Range(0, 120).Select(j => new Mottak(Fra.PlusMonths(j), Beloep.FraKroner(8_000)))] };
        _grunnlag = Avregningsgrunnlag.Forbered(_trekk, Dato, _tabell);
        _buffer = new Avregningsbuffer(_grunnlag);
        _krav = new KravAvregning[_grunnlag.AntallKrav];
        _betalinger = new BetalingAvregning[_grunnlag.AntallBetalinger];
        _plasseringer = new Plassering[_grunnlag.AntallKrav * _grunnlag.AntallBetalinger];
    }

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseAvregning.Avregn(_trekk, Dato, _tabell).Krav.Sum(k => k.Gjenstaaende);

    [Benchmark]
    public Beloep Motor()
    {
        Avregner.Avregn(_grunnlag, _buffer, _krav, _betalinger, _plasseringer, out var sum);
        return sum.Gjenstaaende;
    }
}
