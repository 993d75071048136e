using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>
/// The whole explanation a caseworker reads, node by node — step, rule, result and every fact — for cases that
/// together reach every branch of the trace: a household with the fourth-person cut and a child over 18 in
/// videregående, samvær children with the third-child cut, other expenses both shared and the debtor's own, each
/// kostnadsdeling, the 80 % ceiling with the næring rule, and rates assumed after the last known day. The expected
/// traces are the files in <c>Forklaringer/</c>; each was read against its case (the ages, categories, rates and
/// sums worked out by hand) before it was committed. After a deliberate change of the trace, regenerate them with
/// <c>UTLEGGSTREKK_OPPDATER_FORKLARINGER=1</c> and read the diff.
/// </summary>
public class ForklaringsinnholdTests
{
    public static TheoryData<string> Tilfeller => [.. Saker().Keys];

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void The_trace_reads_as_the_file(string navn)
    {
        var (sak, valg) = Saker()[navn];
        var (resultat, forklaring) = Trekkberegner.Forklar(sak, TestSatser.Standard, valg);
        resultat.Should().Be(Trekkberegner.Beregn(sak, TestSatser.Standard, valg), "the trace never changes the result");

        Forklaringsfil.SkalVaere(forklaring, "Forklaringer", navn);
    }

    private static Dictionary<string, (Trekksak Sak, Beregningsvalg Valg)> Saker() => new()
    {
        // Two adults and four children, one of them 19 in videregående and one 19 not: five persons counted, the
        // youngest child is the fourth person and later ones are cut by 20 %. Three samvær children: the third cut.
        ["husstand-fire-barn-samvaer"] = (Spec12Husstand() with
        {
            Barn =
            [
                new Barn(D("2021-05-10")),
                new Barn(D("2016-11-02")),
                new Barn(D("2005-08-20"), Videregaaende: true),
                new Barn(D("2005-09-01")),
                new Barn(D("2012-02-28")),
            ],
            Samvaersbarn =
            [
                new Samvaersbarn(D("2014-01-15"), 2),
                new Samvaersbarn(D("2018-09-30"), 3),
                new Samvaersbarn(D("2010-03-01"), 4),
                new Samvaersbarn(D("2006-05-05"), 1), // 18: no add-on
            ],
            AndreUtgifter = [new AnnenUtgift("Reiseutgifter til arbeid", Kr(900), EgenUtgift: true), new AnnenUtgift("Strøm", Kr(1_250))],
        }, default),
        ["par-husstand"] = (Par(Kostnadsdeling.Husstand, 35_000), default),
        ["par-halvpart"] = (Par(Kostnadsdeling.Halvpart, 12_000, partnerGjeld: 2_000), default),
        ["par-forholdsmessig-utvidet-naering"] = (Par(Kostnadsdeling.Forholdsmessig, 31_000, tak: Takregel.Utvidet) with
        {
            Naeringsinntekt = true,
            NaeringSkjematisk = true,
        }, default),
        ["enslig-antatte-satser"] = (Enslig([new Barn(D("2020-01-01"))], [new Samvaersbarn(D("2015-06-01"), 1)], dato: D("2025-09-01")),
            new Beregningsvalg(TillatAntatteSatser: true)),
        ["enslig-ingen-trekkevne"] = (SpecEksempel() with { Boutgift = Kr(25_000), Kostnadsdeling = Kostnadsdeling.Husstand }, default),

        // Disposable income exactly equal to the debtor's share (30 000 = 10 412 + 17 707 + the samvær add-on
        // 1 881): no capacity, in the first period of the rates (2023-07-01), with a samvær child.
        ["enslig-trekkevne-null-foerste-periode"] = (Enslig(samvaersbarn: [new Samvaersbarn(D("2016-01-01"), 3)], dato: D("2024-01-15")) with
        {
            Boutgift = Kr(30_000 - 10_412 - 1_881),
        }, default),
    };
}
