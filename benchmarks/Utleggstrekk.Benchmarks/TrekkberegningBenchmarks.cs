using BenchmarkDotNet.Attributes;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Reference.Trekkberegning;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// SPEC § 12: trekk size for a household of 2 adults, 3 children and 2 samvær children (the 4th-person cut applies to
/// two children). Target ≤ 50 ns, 0 B. Baseline: the decimal + LINQ reference implementation. Satser: the embedded
/// defaults (<see cref="SatserLaster.LastInnebygde"/>), beregningsdato 2025-03-01.
/// </summary>
[MemoryDiagnoser]
public class TrekkberegningBenchmarks
{
    private Satsgrunnlag? _satser;
    private Trekksak? _sak;

    [GlobalSetup]
    public void Oppsett()
    {
        _satser = SatserLaster.LastInnebygde();
        _sak = Husstand();
    }

    [Benchmark(Baseline = true)]
    public Trekkresultat Referanse() => ReferanseTrekkberegner.Beregn(_sak!, _satser!);

    [Benchmark]
    public Trekkresultat Motor() => Trekkberegner.Beregn(_sak!, _satser!);

    /// <summary>The same household as <c>Saker.Spec12Husstand</c> in the tests (hand-derived there: 15 808 kr).</summary>
    internal static Trekksak Husstand() => new()
    {
        Beregningsdato = new LocalDate(2025, 3, 1),
        BruttoPerMaaned = Beloep.FraKroner(62_000),
        ForskuddstrekkPerMaaned = Beloep.FraKroner(17_500),
        TrekkMedBedrePrioritetPerMaaned = Beloep.FraKroner(1_200),
        AndreInntekterPerMaaned = Beloep.FraKroner(3_500),
        Sivilstand = Sivilstand.Gift,
        PartnerNettoPerMaaned = Beloep.FraKroner(31_000),
        PartnerEgenGjeldPerMaaned = Beloep.FraKroner(2_500),
        Barn = [new Barn(new LocalDate(2021, 5, 10)), new Barn(new LocalDate(2016, 11, 2)), new Barn(new LocalDate(2009, 8, 20))],
        Samvaersbarn = [new Samvaersbarn(new LocalDate(2014, 1, 15), 2), new Samvaersbarn(new LocalDate(2018, 9, 30), 3)],
        Boutgift = Beloep.FraKroner(14_500),
        Barnetilsyn = Beloep.FraKroner(3_200),
        BidragBetalt = Beloep.FraKroner(1_800),
        AndreUtgifter = [new AnnenUtgift("Reiseutgifter til arbeid", Beloep.FraKroner(900), EgenUtgift: true)],
    };
}
