using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Ansvar;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Ansvar;

/// <summary>The trekkpliktig's liability and the debtor's credit (pkt. 8.3, 8.4): hand-worked months and properties.</summary>
public class AnsvarTests
{
    private static Ansvarsmaaned M(int maaned, decimal paalagt, decimal trukket, decimal innbetalt, bool unnskyldt = false, bool ikkeMeldt = false, decimal? brutto = null) =>
        new(new YearMonth(2025, maaned), Beloep.FraDesimal(paalagt), Beloep.FraDesimal(trukket), Beloep.FraDesimal(innbetalt), unnskyldt, ikkeMeldt, brutto is { } b ? Beloep.FraDesimal(b) : null);

    [Fact]
    public void Not_deducted_is_owed_unless_excused_and_deducted_not_paid_is_owed_always()
    {
        // 5000 ordered, 3000 deducted, 1000 paid: 2000 not deducted + 2000 deducted and kept = 4000.
        var r = Ansvarsberegner.Beregn(KravGjelder.Annet, [M(1, 5000, 3000, 1000)]);
        r.Maaneder[0].IkkeTrukket.Should().Be(Beloep.FraKroner(2000));
        r.Maaneder[0].TrukketIkkeInnbetalt.Should().Be(Beloep.FraKroner(2000));
        r.Ansvar.Should().Be(Beloep.FraKroner(4000));
        r.GodskrivesSkyldner.Should().Be(Beloep.FraKroner(3000), "the debtor is credited with what was deducted, paid over or not (pkt. 8.3)");

        // Excused: the 2000 not deducted goes, the 2000 deducted and kept stays (objective, Ot.prp. nr. 83 s. 147).
        var u = Ansvarsberegner.Beregn(KravGjelder.Annet, [M(1, 5000, 3000, 1000, unnskyldt: true)]);
        u.Maaneder[0].IkkeTrukket.Should().Be(Beloep.Null);
        u.Ansvar.Should().Be(Beloep.FraKroner(2000));
    }

    [Fact]
    public void An_unreported_employment_stipulates_ten_percent_of_the_gross_in_place_of_not_deducted()
    {
        // sktbl. § 16-20 (2): 10 % of 33 333.33 = 3 333.333 -> 3 333.33 (down to øre), less 500 deducted = 2 833.33;
        // the pålegg's 4 000 is replaced, not added. The 500 deducted and not paid is owed on top.
        var r = Ansvarsberegner.Beregn(KravGjelder.Skatt, [M(3, 4000, 500, 0, ikkeMeldt: true, brutto: 33_333.33m)]);
        var m = r.Maaneder[0];
        m.Stipulert.Should().Be(Beloep.FraDesimal(2833.33m));
        m.IkkeTrukket.Should().Be(Beloep.Null);
        m.TrukketIkkeInnbetalt.Should().Be(Beloep.FraKroner(500));
        r.Ansvar.Should().Be(Beloep.FraDesimal(3333.33m));

        Ansvarsberegner.Beregn(KravGjelder.Skatt, [M(3, 4000, 0, 0, unnskyldt: true, ikkeMeldt: true, brutto: 33_333.33m)]).Ansvar
            .Should().Be(Beloep.Null, "the same fault requirement as the first ledd");
    }

    [Fact]
    public void A_late_payment_of_an_earlier_month_reduces_the_liability_of_the_period()
    {
        // Jan: 3000 deducted, nothing paid; Feb: 3000 deducted, 6000 paid (January's too). Nothing is owed.
        var r = Ansvarsberegner.Beregn(KravGjelder.Skatt, [M(2, 3000, 3000, 6000), M(1, 3000, 3000, 0)]);
        r.Maaneder.Select(x => x.Maaned.Month).Should().Equal(1, 2);
        r.TrukketIkkeInnbetalt.Should().Be(Beloep.FraKroner(3000));
        r.InnbetaltUtoverTrukket.Should().Be(Beloep.FraKroner(3000));
        r.Ansvar.Should().Be(Beloep.Null);
        r.GodskrivesSkyldner.Should().Be(Beloep.FraKroner(6000));
    }

    [Fact]
    public void Deducting_more_than_ordered_is_no_liability_but_is_reported()
    {
        var r = Ansvarsberegner.Beregn(KravGjelder.Annet, [M(1, 4000, 4500, 4500)]);
        r.Ansvar.Should().Be(Beloep.Null);
        r.Maaneder[0].TrukketUtoverPaalegg.Should().Be(Beloep.FraKroner(500));
        r.GodskrivesSkyldner.Should().Be(Beloep.FraKroner(4500));
    }

    [Fact]
    public void Every_violation_is_named_with_its_path()
    {
        var feil = Ansvarsberegner.Valider(KravGjelder.Annet, [
            M(1, 1, 1, 1),
            M(1, -1, 0, 0),
            new Ansvarsmaaned(new YearMonth(2025, 2), Beloep.Null, Beloep.Null, Beloep.Null, IkkeMeldt: true),
            new Ansvarsmaaned(new YearMonth(2025, 3), Beloep.Null, Beloep.Null, Beloep.Null, BruttoTrekkgrunnlag: Beloep.FraKroner(1)),
        ]);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo([
            ("maaneder[1].maaned", "DUPLIKAT_MAANED"),
            ("maaneder[1].paalagtTrekk", "UGYLDIG_BELOEP"),
            ("maaneder[2].ikkeMeldt", "IKKE_MELDT_KUN_SKATT"),
            ("maaneder[2].bruttoTrekkgrunnlag", "PAAKREVD"),
            ("maaneder[3].bruttoTrekkgrunnlag", "BRUTTO_KUN_VED_IKKE_MELDT"),
        ]);
        Ansvarsberegner.Valider(KravGjelder.Skatt, []).Should().ContainSingle(f => f.Felt == "maaneder" && f.Regel == "MANGLER_MAANEDER");
        Ansvarsberegner.Valider((KravGjelder)7, [M(1, 0, 0, 0)]).Should().ContainSingle(f => f.Felt == "kravGjelder");
        var beregn = () => Ansvarsberegner.Beregn(KravGjelder.Annet, [M(1, -1, 0, 0)]);
        beregn.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == "maaneder[0].paalagtTrekk");
    }

    private static Arbitrary<(KravGjelder Krav, Ansvarsmaaned[] Maaneder)> Tilfeller() =>
        (from krav in Gen.Elements(KravGjelder.Skatt, KravGjelder.Annet)
         from n in Gen.Choose(1, 14)
         from rader in (from paalagt in Gen.Choose(0, 1_000_000)
                        from trukket in Gen.Choose(0, 1_200_000)
                        from innbetalt in Gen.Choose(0, 1_200_000)
                        from unnskyldt in Gen.Elements(false, false, true)
                        from ikkeMeldt in Gen.Elements(false, false, true)
                        from brutto in Gen.Choose(0, 10_000_000)
                        select (paalagt, trukket, innbetalt, unnskyldt, ikkeMeldt, brutto)).ArrayOf(n)
         select (krav, rader.Select((x, i) =>
         {
             var meldt = krav == KravGjelder.Skatt && x.ikkeMeldt;
             return new Ansvarsmaaned(new YearMonth(2020, 1).PlusMonths(i * 3), Beloep.FraOere(x.paalagt), Beloep.FraOere(x.trukket), Beloep.FraOere(x.innbetalt), x.unnskyldt, meldt, meldt ? Beloep.FraOere(x.brutto) : null);
         }).ToArray())).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Each_month_follows_its_rules_and_the_period_sums_them() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var r = Ansvarsberegner.Beregn(t.Krav, t.Maaneder);
            long sum = 0;
            long utover = 0;
            foreach (var m in r.Maaneder)
            {
                var inn = t.Maaneder.Single(x => x.Maaned == m.Maaned);
                var ikkeInnbetalt = Math.Max(0, inn.GjennomfoertTrekk.Oere - inn.Innbetalt.Oere);
                var ikkeTrukket = inn.Unnskyldt || inn.IkkeMeldt ? 0 : Math.Max(0, inn.PaalagtTrekk.Oere - inn.GjennomfoertTrekk.Oere);
                var stipulert = inn.Unnskyldt || !inn.IkkeMeldt ? 0 : Math.Max(0, (inn.BruttoTrekkgrunnlag!.Value.Oere / 10) - inn.GjennomfoertTrekk.Oere);
                if (m.TrukketIkkeInnbetalt.Oere != ikkeInnbetalt || m.IkkeTrukket.Oere != ikkeTrukket || m.Stipulert.Oere != stipulert
                    || m.Ansvar.Oere != ikkeInnbetalt + ikkeTrukket + stipulert || m.GodskrivesSkyldner != inn.GjennomfoertTrekk)
                {
                    return false.Label($"month {m.Maaned}: {m} from {inn}");
                }

                sum += m.Ansvar.Oere;
                utover += Math.Max(0, inn.Innbetalt.Oere - inn.GjennomfoertTrekk.Oere);
            }

            return (r.Ansvar.Oere == Math.Max(0, sum - utover)
                    && r.GodskrivesSkyldner.Oere == t.Maaneder.Sum(x => x.GjennomfoertTrekk.Oere)
                    && r.Maaneder.Select(x => x.Maaned).SequenceEqual(t.Maaneder.Select(x => x.Maaned).Order()))
                .Label("period: liability = Σ months − paid beyond deducted (≥ 0); credit = Σ deducted; calendar order");
        });

    [Property(MaxTest = 200)]
    public Property An_excuse_never_touches_what_was_deducted_and_kept_and_never_raises_the_liability() =>
        Prop.ForAll(Tilfeller(), t =>
        {
            var r = Ansvarsberegner.Beregn(t.Krav, t.Maaneder);
            var unnskyldt = Ansvarsberegner.Beregn(t.Krav, [.. t.Maaneder.Select(m => m with { Unnskyldt = true })]);
            return (unnskyldt.TrukketIkkeInnbetalt == r.TrukketIkkeInnbetalt && unnskyldt.Ansvar <= r.Ansvar
                    && unnskyldt.IkkeTrukket.ErNull && unnskyldt.Stipulert.ErNull).ToProperty();
        });
}
