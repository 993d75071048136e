using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Framskriving;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: projection of 20 claims (mixed classes, a third on forsinkelsesrente, a third on an agreed rate) over 24
/// months from 2025-03-01 (past the rate table's end, so carried-forward rates are used), the decided trekk of 8 000 kr
/// per month. Target ≤ 10 µs, 0 B after setup (the grunnlag and buffer are made in the setup). Baseline: the reference
/// implementation (decimal + LINQ, reference fordeling and day-by-day interest each month).
/// </summary>
[MemoryDiagnoser]
public class FramskrivingBenchmarks
{
    private static readonly LocalDate Fra = new(2025, 3, 1);
    private Trekk _trekk = null!;
    private EnkelTabell<Prosentverdi> _tabell = null!;
    private Framskrivingsgrunnlag _grunnlag = null!;
    private Framskrivingsbuffer _buffer = null!;
    private KravFramskriving[] _krav = [];
    private Framskrivingsmaaned[] _maaneder = [];

    [Params(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)]
    public Fordelingsregel Regel { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        _tabell = SatserLaster.LastInnebygde().Forsinkelsesrente;
        _trekk = Benchmarkdata.Trekk(20, Regel);
        _grunnlag = Framskrivingsgrunnlag.Forbered(_trekk, Fra, 24, _tabell);
        _buffer = new Framskrivingsbuffer(_grunnlag);
        _krav = new KravFramskriving[_grunnlag.AntallKrav];
        _maaneder = new Framskrivingsmaaned[24];
    }

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseFramskriving.Framskriv(_trekk, Fra, 24, _tabell, null, null, null).Maaneder[^1].Gjenstaaende;

    [Benchmark]
    public Beloep Motor()
    {
        Framskriver.Framskriv(_grunnlag, null, _buffer, _krav, _maaneder, []);
        return _maaneder[^1].Gjenstaaende;
    }
}
