using BenchmarkDotNet.Attributes;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;
using Utleggstrekk.Reference.Trekkgrunnlag;

namespace Utleggstrekk.Benchmarks;

/// <summary>
/// Issue 20 item 1: the trekkgrunnlag of one debtor with 8 ytelser of mixed treatment, for a tax claim. Target: 0 B
/// (asserted in the tests too). Baseline: the LINQ reference.
/// </summary>
[MemoryDiagnoser]
public class TrekkgrunnlagBenchmarks
{
    private readonly Ytelse[] _ytelser =
    [
        new(Ytelsestype.Loenn, Beloep.FraKroner(38_000), Beloep.FraKroner(9_500)),
        new(Ytelsestype.Overtid, Beloep.FraKroner(2_000), Beloep.FraKroner(700)),
        new(Ytelsestype.Feriepenger, Beloep.FraKroner(3_000), Beloep.FraKroner(0)),
        new(Ytelsestype.Naturalytelse, Beloep.FraKroner(3_000), Beloep.FraKroner(1_050)),
        new(Ytelsestype.Barnetrygd, Beloep.FraKroner(1_766)),
        new(Ytelsestype.Barnebidrag, Beloep.FraKroner(1_800)),
        new(Ytelsestype.SkattefriUtgiftsgodtgjoerelse, Beloep.FraKroner(1_200)),
        new(Ytelsestype.Kapitalinntekt, Beloep.FraKroner(400)),
    ];

    [Benchmark(Baseline = true)]
    public decimal Referanse() => ReferanseTrekkgrunnlag.Summer(_ytelser, KravGjelder.Skatt).Brutto;

    [Benchmark]
    public Beloep Motor() => Trekkgrunnlagsberegner.Summer(_ytelser, KravGjelder.Skatt).BruttoPerMaaned;
}
