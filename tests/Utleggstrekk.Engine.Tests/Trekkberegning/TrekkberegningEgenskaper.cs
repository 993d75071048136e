using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Reference.Trekkberegning;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>Invariants of the trekk size on generated valid households, and engine == reference.</summary>
public class TrekkberegningEgenskaper
{
    private static readonly Engine.Satser.Satsgrunnlag Satser = TestSatser.Standard;

    private static Trekkresultat Beregn(Trekksak sak) => Trekkberegner.Beregn(sak, Satser);

    [Property(MaxTest = 500)]
    public Property Generated_cases_are_valid() =>
        Prop.ForAll(Generatorer.Saker, sak => Trekkberegner.Valider(sak).Count == 0);

    [Property(MaxTest = 500)]
    public Property Trekk_is_whole_kroner_and_never_negative() =>
        Prop.ForAll(Generatorer.Saker, sak =>
        {
            var t = Beregn(sak).TrekkPerMaaned;
            return !t.ErNegativt && t.Oere % 100 == 0;
        });

    [Property(MaxTest = 500)]
    public Property Forskuddstrekk_better_priority_and_trekk_stay_within_the_ceiling() =>
        Prop.ForAll(Generatorer.Saker, sak =>
        {
            var r = Beregn(sak);
            if (r.TrekkPerMaaned.ErNull)
            {
                return true;
            }

            // Exact comparison in øre: 100 × total ≤ p × gross.
            var total = sak.ForskuddstrekkPerMaaned + sak.TrekkMedBedrePrioritetPerMaaned + r.TrekkPerMaaned;
            var innen80 = (Int128)total.Oere * 100 <= (Int128)sak.BruttoPerMaaned.Oere * 80;
            var innen60 = (Int128)total.Oere * 100 <= (Int128)sak.BruttoPerMaaned.Oere * 60;
            return innen80 && (sak.Tak == Takregel.Utvidet || innen60);
        });

    [Property(MaxTest = 500)]
    public Property Trekk_never_takes_the_whole_net_income_pkt_5_4() =>
        Prop.ForAll(Generatorer.Saker, sak =>
        {
            var r = Beregn(sak);
            var netto = sak.BruttoPerMaaned - sak.ForskuddstrekkPerMaaned - sak.TrekkMedBedrePrioritetPerMaaned;
            return r.TrekkPerMaaned <= netto && (r.TrekkPerMaaned.ErNull || r.TrekkPerMaaned < netto);
        });

    [Property(MaxTest = 300)]
    public Property More_gross_never_gives_a_smaller_trekk() =>
        Prop.ForAll(Generatorer.Saker, Arb.From(Generatorer.Beloep(20_000)), (sak, mer) =>
            Beregn(Generatorer.Med(sak, brutto: sak.BruttoPerMaaned + mer)).TrekkPerMaaned >= Beregn(sak).TrekkPerMaaned);

    [Property(MaxTest = 300)]
    public Property More_expenses_never_give_a_larger_trekk() =>
        Prop.ForAll(Generatorer.Saker, Arb.From(Generatorer.Beloep(10_000)), (sak, mer) =>
            Beregn(Generatorer.Med(sak, boutgift: sak.Boutgift + mer)).TrekkPerMaaned <= Beregn(sak).TrekkPerMaaned);

    [Property(MaxTest = 300)]
    public Property Another_child_never_gives_a_larger_trekk() =>
        Prop.ForAll(Generatorer.Saker, Arb.From(Gen.Choose(0, 21 * 365).Zip(Gen.Elements(false, true))), (sak, barn) =>
        {
            var nytt = new Barn(sak.Beregningsdato.PlusDays(-barn.Item1), barn.Item2);
            return Beregn(Generatorer.Med(sak, barn: sak.Barn.Add(nytt))).TrekkPerMaaned <= Beregn(sak).TrekkPerMaaned;
        });

    /// <summary>
    /// The new samvær child is the youngest (born after every other). With the youngest-first cut and different classes,
    /// an older child with a low class can lower the total (see docs/trekkberegning.md), so the property is stated for
    /// the youngest child, which is then the one cut.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Another_youngest_samvaer_child_never_gives_a_larger_trekk() =>
        Prop.ForAll(Generatorer.Saker, Arb.From(Gen.Choose(0, 19 * 365).Zip(Gen.Choose(1, 4))), (sak, barn) =>
        {
            var yngsteFoedt = sak.Samvaersbarn.Select(b => b.Foedselsdato).DefaultIfEmpty(sak.Beregningsdato.PlusDays(-(19 * 365))).Max();
            var foedt = sak.Beregningsdato.PlusDays(-barn.Item1);
            if (foedt <= yngsteFoedt)
            {
                foedt = yngsteFoedt.PlusDays(1) > sak.Beregningsdato ? sak.Beregningsdato : yngsteFoedt.PlusDays(1);
            }

            var nytt = new Samvaersbarn(foedt, barn.Item2);
            return Beregn(Generatorer.Med(sak, samvaersbarn: sak.Samvaersbarn.Add(nytt))).TrekkPerMaaned <= Beregn(sak).TrekkPerMaaned;
        });

    [Property(MaxTest = 2_000)]
    public Property Engine_agrees_with_the_reference() =>
        Prop.ForAll(Generatorer.Saker, sak =>
        {
            var motor = Beregn(sak);
            var referanse = ReferanseTrekkberegner.Beregn(sak, Satser);
            return (motor == referanse).Label($"engine {motor}\nreference {referanse}");
        });

    [Property(MaxTest = 200)]
    public Property Forklar_computes_the_same_result_as_Beregn() =>
        Prop.ForAll(Generatorer.Saker, sak => Trekkberegner.Forklar(sak, Satser).Resultat == Beregn(sak));

    /// <summary>
    /// Permuting the household children and the samvær children never changes the result, in the engine or the
    /// reference. Twins are made common: some children are copied with the same date of birth (samvær twins with
    /// another class), so the tie-break on equal birth dates is exercised.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property Permuting_the_children_never_changes_the_result() =>
        Prop.ForAll(
            Arb.From(
                from sak in Generatorer.Trekksak
                from barnTvillinger in Gen.Choose(0, 2)
                from samvaerTvillinger in Gen.Choose(0, 3)
                from klasser in Gen.Choose(1, 4).ArrayOf(3)
                from noekler in Gen.Choose(0, 1_000_000).ArrayOf(64)
                let barn = sak.Barn.AddRange(sak.Barn.Take(barnTvillinger))
                let samvaer = sak.Samvaersbarn.AddRange(sak.Samvaersbarn.Take(samvaerTvillinger).Select((b, i) => b with { Samvaersklasse = klasser[i] }))
                select (Sak: Generatorer.Med(sak, barn: barn, samvaersbarn: samvaer), Noekler: noekler)),
            x =>
            {
                var sak = x.Sak;
                var stokket = Generatorer.Med(
                    sak,
                    barn: [.. sak.Barn.Select((b, i) => (b, k: x.Noekler[i])).OrderBy(t => t.k).Select(t => t.b)],
                    samvaersbarn: [.. sak.Samvaersbarn.Select((b, i) => (b, k: x.Noekler[32 + i])).OrderBy(t => t.k).Select(t => t.b)]);
                var motor = Beregn(sak);
                var motorStokket = Beregn(stokket);
                var referanse = ReferanseTrekkberegner.Beregn(sak, Satser);
                var referanseStokket = ReferanseTrekkberegner.Beregn(stokket, Satser);
                return (motor == motorStokket && referanse == referanseStokket && motor == referanse)
                    .Label($"engine {motor}\nengine permuted {motorStokket}\nreference {referanse}\nreference permuted {referanseStokket}");
            });

    [Property(MaxTest = 1_000)]
    public Property Fast_validity_check_agrees_with_the_collected_errors() =>
        Prop.ForAll(Arb.From(Generatorer.KanskjeUgyldig), sak =>
        {
            var feil = Trekkberegner.Valider(sak);
            var rask = Trekksakvalidering.ErGyldig(sak);
            return (rask == (feil.Count == 0)).Label($"fast {rask}, collected: {string.Join("; ", feil)}");
        });

    [Property(MaxTest = 300)]
    public Property Invalid_input_never_produces_a_number() =>
        Prop.ForAll(Arb.From(Generatorer.KanskjeUgyldig), sak =>
        {
            var feil = Trekkberegner.Valider(sak);
            try
            {
                Beregn(sak);
                return feil.Count == 0;
            }
            catch (UgyldigInndataException e)
            {
                return feil.Count > 0 && e.Feil.SequenceEqual(feil);
            }
        });

    /// <summary>
    /// Households larger than the engine's stack buffer (16 children / 16 samvær children) take the path that
    /// recomputes ages and date keys; it must agree with the reference too (twins included).
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Large_households_agree_with_the_reference() =>
        Prop.ForAll(
            Arb.From(
                from sak in Generatorer.Trekksak
                from antallBarn in Gen.Choose(15, 22)
                from antallSamvaer in Gen.Choose(15, 20)
                from barn in Generatorer.Barn(sak.Beregningsdato).ArrayOf(antallBarn)
                from samvaer in Generatorer.Samvaersbarn(sak.Beregningsdato).ArrayOf(antallSamvaer)
                select Generatorer.Med(
                    sak,
                    barn: [.. barn, .. barn.Take(2)],
                    samvaersbarn: [.. samvaer, .. samvaer.Take(2).Select(b => b with { Samvaersklasse = 5 - b.Samvaersklasse })])),
            sak =>
            {
                var motor = Beregn(sak);
                return motor == ReferanseTrekkberegner.Beregn(sak, Satser) && motor == Trekkberegner.Forklar(sak, Satser).Resultat;
            });

    [Property(MaxTest = 500)]
    public Property Date_key_orders_like_the_dates() =>
        Prop.ForAll(Arb.From(Gen.Choose(-2_500_000, 2_500_000).Two()), par =>
        {
            var a = new NodaTime.LocalDate(2000, 1, 1).PlusDays(par.Item1);
            var b = new NodaTime.LocalDate(2000, 1, 1).PlusDays(par.Item2);
            return Math.Sign(Engine.Livsopphold.Alder.Noekkel(a).CompareTo(Engine.Livsopphold.Alder.Noekkel(b))) == Math.Sign(a.CompareTo(b));
        });
}
