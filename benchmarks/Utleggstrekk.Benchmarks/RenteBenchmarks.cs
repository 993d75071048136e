using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Reference.Renter;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: forsinkelsesrente over 5 years crossing 10 rate periods (2019-03-15 → 2024-03-15 touches 11 half-year
/// periods, 10 changes). Target ≤ 100 ns, 0 B. Baseline: the day-by-day reference implementation.
/// </summary>
[MemoryDiagnoser]
public class RenteBenchmarks
{
    private static readonly LocalDate Fra = new(2019, 3, 15);
    private static readonly LocalDate Til = new(2024, 3, 15);
    private readonly Beloep _hovedstol = Beloep.FraDesimal(123_456.78m);
    private EnkelTabell<Prosentverdi>? _tabell;

    [GlobalSetup]
    public void Oppsett() => _tabell = SatserLaster.LastInnebygde().Forsinkelsesrente;

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseRenter.Forsinkelsesrente(_hovedstol.Kroner, Fra, Til, _tabell!).Rente;

    [Benchmark]
    public Beloep Motor() => Renteberegner.Forsinkelsesrente(_hovedstol, Fra, Til, _tabell!).Rente;
}
