using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Innsyn;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: innsyn aggregates (a)–(c) for one krav among 100 on a prepared trekk (access check, id lookup, sums).
/// Target ≤ 300 ns, 0 B. The krav asked about is the last in input order (the id lookup scans all 100). Baseline: the
/// reference implementation, which states the order of cover pair by pair and stipulates the interest itself.
/// </summary>
[MemoryDiagnoser]
public class InnsynBenchmarks
{
    private static readonly LocalDate Dato = new(2025, 3, 1);
    private Trekk _trekk = null!;
    private ForberedtTrekk _forberedt = null!;
    private EnkelTabell<Prosentverdi> _tabell = null!;
    private string _id = string.Empty;
    private Organisasjonsnummer _som;

    [Params(Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet)]
    public Fordelingsregel Regel { get; set; }

    [GlobalSetup]
    public void Oppsett()
    {
        _tabell = SatserLaster.LastInnebygde().Forsinkelsesrente;
        _trekk = Benchmarkdata.Trekk(100, Regel);
        _forberedt = ForberedtTrekk.Forbered(_trekk, Dato, _tabell);
        _id = _trekk.Krav[^1].Id;
        _som = _trekk.ParterFor(_trekk.Krav.Length - 1).Saksoeker!.Value;
    }

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseInnsyn.Aggregater(_trekk.Krav, Regel, _trekk.Krav.Length - 1, Dato, _tabell).Hoeyere;

    [Benchmark]
    public long Motor()
    {
        _forberedt.Aggregater(_id, _som, out var a);
        return a.SumHoeyerePrioritet.Oere;
    }
}
