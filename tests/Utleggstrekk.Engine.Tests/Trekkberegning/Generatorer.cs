using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>
/// FsCheck generators of valid trekk cases: beregningsdato inside the known satser periods of <see cref="TestSatser"/>,
/// forskuddstrekk + better-priority trekk never above gross, partner figures only for couples, children aged 0–21
/// (some 18+ in videregående), samvær children aged 0–19, amounts with øre.
/// </summary>
public static class Generatorer
{
    public static Gen<LocalDate> Beregningsdato { get; } =
        Gen.Choose(0, Period.Between(TestSatser.FoersteDag, TestSatser.SisteKjenteDag, PeriodUnits.Days).Days)
            .Select(d => TestSatser.FoersteDag.PlusDays(d));

    /// <summary>An amount from 0 to <paramref name="maksKroner"/> kr, with øre half of the time.</summary>
    public static Gen<Beloep> Beloep(int maksKroner) =>
        from kroner in Gen.Choose(0, maksKroner)
        from oere in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 99)))
        select Engine.Felles.Beloep.FraOere((kroner * 100L) + oere);

    /// <summary>Zero most of the time, otherwise an amount.</summary>
    public static Gen<Beloep> OfteNull(int maksKroner) =>
        Gen.Frequency((2, Gen.Constant(Engine.Felles.Beloep.Null)), (1, Beloep(maksKroner)));

    public static Gen<Barn> Barn(LocalDate dato) =>
        from dagerGammel in Gen.Choose(0, (21 * 365) + 5)
        from vgs in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Barn(dato.PlusDays(-dagerGammel), vgs);

    public static Gen<Samvaersbarn> Samvaersbarn(LocalDate dato) =>
        from dagerGammel in Gen.Choose(0, (19 * 365) + 5)
        from klasse in Gen.Choose(1, 4)
        select new Samvaersbarn(dato.PlusDays(-dagerGammel), klasse);

    public static Gen<AnnenUtgift> AnnenUtgift { get; } =
        from beloep in Beloep(3_000)
        from egen in Gen.Elements(false, true)
        select new AnnenUtgift(egen ? "Egen utgift" : "Felles utgift", beloep, egen);

    public static Gen<ImmutableArray<T>> Liste<T>(Gen<T> gen, int maks) =>
        from n in Gen.Frequency((3, Gen.Choose(0, Math.Min(2, maks))), (1, Gen.Choose(0, maks)))
        from xs in gen.ArrayOf(n)
        select ImmutableArray.Create(xs);

    public static Gen<Trekksak> Trekksak { get; } =
        from dato in Beregningsdato
        from brutto in Gen.Frequency((1, Gen.Constant(Engine.Felles.Beloep.Null)), (20, Beloep(150_000)))
        from forskuddProsent in Gen.Choose(0, 75)
        from bedreProsent in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 40)))
        from andreInntekter in OfteNull(25_000)
        from sivilstand in Gen.Elements(Sivilstand.Enslig, Sivilstand.Gift, Sivilstand.Samboer)
        from partnerNetto in Beloep(90_000)
        from partnerGjeld in OfteNull(30_000)
        from barn in Liste(Barn(dato), 5)
        from samvaersbarn in Liste(Samvaersbarn(dato), 4)
        from boutgift in Beloep(25_000)
        from barnetilsyn in OfteNull(6_000)
        from bidrag in OfteNull(8_000)
        from andre in Liste(AnnenUtgift, 3)
        from deling in Gen.Elements(Kostnadsdeling.Halvpart, Kostnadsdeling.Forholdsmessig, Kostnadsdeling.Husstand)
        from tak in Gen.Elements(Takregel.Normal, Takregel.Utvidet)
        from naering in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        let forskudd = Engine.Felles.Beloep.FraOere(Heltallsregning.MulDivNed(brutto.Oere, forskuddProsent, 100))
        let bedre = Engine.Felles.Beloep.FraOere(Heltallsregning.MulDivNed((brutto - forskudd).Oere, bedreProsent, 100))
        let par = sivilstand != Sivilstand.Enslig
        select new Engine.Trekkberegning.Trekksak
        {
            Beregningsdato = dato,
            BruttoPerMaaned = brutto,
            ForskuddstrekkPerMaaned = forskudd,
            TrekkMedBedrePrioritetPerMaaned = bedre,
            AndreInntekterPerMaaned = andreInntekter,
            Naeringsinntekt = naering > 0,
            NaeringSkjematisk = naering == 2,
            Sivilstand = sivilstand,
            PartnerNettoPerMaaned = par ? partnerNetto : Engine.Felles.Beloep.Null,
            PartnerEgenGjeldPerMaaned = par ? partnerGjeld : Engine.Felles.Beloep.Null,
            Barn = barn,
            Samvaersbarn = samvaersbarn,
            Boutgift = boutgift,
            Barnetilsyn = barnetilsyn,
            BidragBetalt = bidrag,
            AndreUtgifter = andre,
            Kostnadsdeling = deling,
            Tak = tak,
            TakBegrunnelse = tak == Takregel.Utvidet ? Tests.Trekkberegning.Saker.TakBegrunnelse : null,
        };

    public static Arbitrary<Engine.Trekkberegning.Trekksak> Saker { get; } = Arb.From(Trekksak);

    /// <summary>A copy of <paramref name="sak"/> with some fields replaced.</summary>
    public static Engine.Trekkberegning.Trekksak Med(
        Engine.Trekkberegning.Trekksak sak,
        Beloep? brutto = null,
        Beloep? boutgift = null,
        ImmutableArray<Barn>? barn = null,
        ImmutableArray<Samvaersbarn>? samvaersbarn = null) => new()
        {
            Beregningsdato = sak.Beregningsdato,
            BruttoPerMaaned = brutto ?? sak.BruttoPerMaaned,
            ForskuddstrekkPerMaaned = sak.ForskuddstrekkPerMaaned,
            TrekkMedBedrePrioritetPerMaaned = sak.TrekkMedBedrePrioritetPerMaaned,
            AndreInntekterPerMaaned = sak.AndreInntekterPerMaaned,
            Naeringsinntekt = sak.Naeringsinntekt,
            NaeringSkjematisk = sak.NaeringSkjematisk,
            Sivilstand = sak.Sivilstand,
            PartnerNettoPerMaaned = sak.PartnerNettoPerMaaned,
            PartnerEgenGjeldPerMaaned = sak.PartnerEgenGjeldPerMaaned,
            Barn = barn ?? sak.Barn,
            Samvaersbarn = samvaersbarn ?? sak.Samvaersbarn,
            Boutgift = boutgift ?? sak.Boutgift,
            Barnetilsyn = sak.Barnetilsyn,
            BidragBetalt = sak.BidragBetalt,
            AndreUtgifter = sak.AndreUtgifter,
            Kostnadsdeling = sak.Kostnadsdeling,
            Tak = sak.Tak,
            TakBegrunnelse = sak.TakBegrunnelse,
        };

    /// <summary>
    /// A generated valid case with one random rule broken (or none): a negative or huge amount, forskuddstrekk above
    /// gross, a bad samværsklasse, a birth date after the beregningsdato, partner figures for a single debtor, the
    /// næring rule without næringsinntekt, an undefined enum value, an expense without text or the 80 % ceiling without
    /// a reason.
    /// </summary>
    public static Gen<Engine.Trekkberegning.Trekksak> KanskjeUgyldig { get; } =
        from sak in Trekksak
        from feil in Gen.Choose(0, 13)
        from hvilket in Gen.Choose(0, 8)
        select Bryt(sak, feil, hvilket);

    private static Engine.Trekkberegning.Trekksak Bryt(Engine.Trekkberegning.Trekksak sak, int feil, int hvilket)
    {
        var negativ = Engine.Felles.Beloep.FraOere(-1 - hvilket);
        var enorm = Engine.Felles.Beloep.FraOere(long.MaxValue / 4);
        var beloep = hvilket % 2 == 0 ? negativ : enorm;
        var b = Med(sak);
        return feil switch
        {
            1 => hvilket switch
            {
                0 => Med(b, brutto: beloep),
                1 => Med(b, boutgift: beloep),
                2 => Kopi(b, forskudd: beloep),
                3 => Kopi(b, bedre: beloep),
                4 => Kopi(b, andreInntekter: beloep),
                5 => Kopi(b, partnerNetto: beloep),
                6 => Kopi(b, partnerGjeld: beloep),
                7 => Kopi(b, barnetilsyn: beloep),
                _ => Kopi(b, bidrag: beloep),
            },
            2 => Kopi(b, forskudd: b.BruttoPerMaaned + Engine.Felles.Beloep.FraOere(1)),
            3 => Med(b, samvaersbarn: b.Samvaersbarn.Add(new Samvaersbarn(b.Beregningsdato, hvilket % 2 == 0 ? 0 : 5))),
            4 => Med(b, barn: b.Barn.Add(new Barn(b.Beregningsdato.PlusDays(1 + hvilket)))),
            5 => Med(b, samvaersbarn: b.Samvaersbarn.Add(new Samvaersbarn(b.Beregningsdato.PlusDays(1), 2))),
            6 => Kopi(b, sivilstand: Sivilstand.Enslig, partnerNetto: Engine.Felles.Beloep.FraOere(1 + hvilket)),
            7 => Kopi(b, naeringSkjematisk: true, naeringsinntekt: false),
            8 => Kopi(b, sivilstand: (Sivilstand)(hvilket % 2 == 0 ? -1 - hvilket : 3 + hvilket)),
            9 => Kopi(b, kostnadsdeling: (Kostnadsdeling)(hvilket % 2 == 0 ? -1 : 3 + hvilket)),
            10 => Kopi(b, tak: (Takregel)(hvilket % 2 == 0 ? int.MinValue : 2 + hvilket)),
            11 => Kopi(b, andre: b.AndreUtgifter.Add(new AnnenUtgift(hvilket % 2 == 0 ? string.Empty : " ", Engine.Felles.Beloep.FraKroner(1)))),
            12 => Kopi(b, andre: b.AndreUtgifter.Add(new AnnenUtgift("Utgift", beloep))),
            13 => Kopi(b, tak: Takregel.Utvidet, takBegrunnelse: hvilket % 3 == 0 ? string.Empty : " \t"),
            _ => b,
        };
    }

    private static Engine.Trekkberegning.Trekksak Kopi(
        Engine.Trekkberegning.Trekksak sak,
        Beloep? forskudd = null,
        Beloep? bedre = null,
        Beloep? andreInntekter = null,
        Beloep? partnerNetto = null,
        Beloep? partnerGjeld = null,
        Beloep? barnetilsyn = null,
        Beloep? bidrag = null,
        Sivilstand? sivilstand = null,
        bool? naeringSkjematisk = null,
        bool? naeringsinntekt = null,
        Kostnadsdeling? kostnadsdeling = null,
        Takregel? tak = null,
        string? takBegrunnelse = null,
        ImmutableArray<AnnenUtgift>? andre = null) => new()
        {
            Beregningsdato = sak.Beregningsdato,
            BruttoPerMaaned = sak.BruttoPerMaaned,
            ForskuddstrekkPerMaaned = forskudd ?? sak.ForskuddstrekkPerMaaned,
            TrekkMedBedrePrioritetPerMaaned = bedre ?? sak.TrekkMedBedrePrioritetPerMaaned,
            AndreInntekterPerMaaned = andreInntekter ?? sak.AndreInntekterPerMaaned,
            Naeringsinntekt = naeringsinntekt ?? sak.Naeringsinntekt,
            NaeringSkjematisk = naeringSkjematisk ?? sak.NaeringSkjematisk,
            Sivilstand = sivilstand ?? sak.Sivilstand,
            PartnerNettoPerMaaned = partnerNetto ?? sak.PartnerNettoPerMaaned,
            PartnerEgenGjeldPerMaaned = partnerGjeld ?? sak.PartnerEgenGjeldPerMaaned,
            Barn = sak.Barn,
            Samvaersbarn = sak.Samvaersbarn,
            Boutgift = sak.Boutgift,
            Barnetilsyn = barnetilsyn ?? sak.Barnetilsyn,
            BidragBetalt = bidrag ?? sak.BidragBetalt,
            AndreUtgifter = andre ?? sak.AndreUtgifter,
            Kostnadsdeling = kostnadsdeling ?? sak.Kostnadsdeling,
            Tak = tak ?? sak.Tak,
            TakBegrunnelse = takBegrunnelse ?? sak.TakBegrunnelse,
        };
}
