using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>Cases used by several tests.</summary>
public static class Saker
{
    /// <summary>The beregningsdato of SPEC §4's worked example.</summary>
    public static readonly LocalDate Dato = new(2025, 3, 1);

    public static Beloep Kr(decimal kroner) => Beloep.FraDesimal(kroner);

    /// <summary>An ISO date.</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>SPEC §4 worked example: single, gross 40 000, forskuddstrekk 10 000, boutgift 8 000.</summary>
    public static Trekksak SpecEksempel() => new()
    {
        Beregningsdato = Dato,
        BruttoPerMaaned = Kr(40_000),
        ForskuddstrekkPerMaaned = Kr(10_000),
        Boutgift = Kr(8_000),
    };

    /// <summary>SPEC §12 household: 2 adults, 3 children, 2 samvær children.</summary>
    public static Trekksak Spec12Husstand() => new()
    {
        Beregningsdato = Dato,
        BruttoPerMaaned = Kr(62_000),
        ForskuddstrekkPerMaaned = Kr(17_500),
        TrekkMedBedrePrioritetPerMaaned = Kr(1_200),
        AndreInntekterPerMaaned = Kr(3_500),
        Sivilstand = Sivilstand.Gift,
        PartnerNettoPerMaaned = Kr(31_000),
        PartnerEgenGjeldPerMaaned = Kr(2_500),
        Barn = [new Barn(new LocalDate(2021, 5, 10)), new Barn(new LocalDate(2016, 11, 2)), new Barn(new LocalDate(2009, 8, 20))],
        Samvaersbarn = [new Samvaersbarn(new LocalDate(2014, 1, 15), 2), new Samvaersbarn(new LocalDate(2018, 9, 30), 3)],
        Boutgift = Kr(14_500),
        Barnetilsyn = Kr(3_200),
        BidragBetalt = Kr(1_800),
        AndreUtgifter = [new AnnenUtgift("Reiseutgifter til arbeid", Kr(900), EgenUtgift: true)],
    };

    /// <summary>A single debtor with the given children (born on the dates) and samvær children.</summary>
    public static Trekksak Enslig(ImmutableArray<Barn> barn = default, ImmutableArray<Samvaersbarn> samvaersbarn = default, LocalDate? dato = null) => new()
    {
        Beregningsdato = dato ?? Dato,
        BruttoPerMaaned = Kr(40_000),
        ForskuddstrekkPerMaaned = Kr(10_000),
        Barn = barn.IsDefault ? [] : barn,
        Samvaersbarn = samvaersbarn.IsDefault ? [] : samvaersbarn,
    };

    /// <summary>A couple, gross 40 000, forskuddstrekk 10 000, boutgift 10 000, no children: E = 2 × 9 082 + 10 000 = 28 164.</summary>
    public static Trekksak Par(Kostnadsdeling deling, decimal partnerNetto, decimal partnerGjeld = 0, Takregel tak = Takregel.Normal) => new()
    {
        Beregningsdato = Dato,
        BruttoPerMaaned = Kr(40_000),
        ForskuddstrekkPerMaaned = Kr(10_000),
        Sivilstand = Sivilstand.Gift,
        PartnerNettoPerMaaned = Kr(partnerNetto),
        PartnerEgenGjeldPerMaaned = Kr(partnerGjeld),
        Boutgift = Kr(10_000),
        Kostnadsdeling = deling,
        Tak = tak,
        TakBegrunnelse = tak == Takregel.Utvidet ? TakBegrunnelse : null,
    };

    /// <summary>A caseworker's reason for the 80 % ceiling, required with <see cref="Takregel.Utvidet"/>.</summary>
    public const string TakBegrunnelse = "Skyldner har særlig høy inntekt og lave utgifter; vurdert av saksbehandler.";
}
