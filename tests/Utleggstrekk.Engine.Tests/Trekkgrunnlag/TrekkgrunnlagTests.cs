using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;
using Utleggstrekk.Reference.Trekkgrunnlag;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Trekkgrunnlag;

public class TrekkgrunnlagTests
{
    private static Beloep Kr(long kroner) => Beloep.FraKroner(kroner);

    // The list, read against Retningslinje pkt. 4 and 5.2: (type, for skatt, for annet).
    public static TheoryData<Ytelsestype, Behandling, Behandling> Liste() => new()
    {
        { Ytelsestype.Loenn, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Feriepenger, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Overtid, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Provisjon, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Bonus, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.FastTilleggUtgifter, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.SkattefriUtgiftsgodtgjoerelse, Behandling.HoldesUtenfor, Behandling.HoldesUtenfor },
        { Ytelsestype.NaeringLoennsdel, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.PensjonFraArbeidsgiver, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Vartpenger, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.AnnenPensjon, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Livrente, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Ektefellebidrag, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Barnebidrag, Behandling.InntektIkkeTrekkbar, Behandling.InntektIkkeTrekkbar },
        { Ytelsestype.Folketrygd, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Sosialhjelp, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Kontantstoette, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Barnetrygd, Behandling.InntektIkkeTrekkbar, Behandling.InntektIkkeTrekkbar },
        { Ytelsestype.StoenadTilBarnetilsyn, Behandling.HoldesUtenfor, Behandling.HoldesUtenfor },
        { Ytelsestype.ErstatningPersonskade, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.InnsamledeMidler, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Aeresgave, Behandling.Trekkbar, Behandling.Trekkbar },
        { Ytelsestype.Kapitalinntekt, Behandling.HoldesUtenfor, Behandling.HoldesUtenfor },
        { Ytelsestype.Naturalytelse, Behandling.InntektIkkeTrekkbar, Behandling.HoldesUtenfor },
    };

    [Theory]
    [MemberData(nameof(Liste))]
    public void Every_type_is_treated_as_the_retningslinje_reads_deknl_2_7(Ytelsestype type, Behandling skatt, Behandling annet)
    {
        Trekkgrunnlagsberegner.Klassifiser(type, KravGjelder.Skatt).Behandling.Should().Be(skatt);
        Trekkgrunnlagsberegner.Klassifiser(type, KravGjelder.Annet).Behandling.Should().Be(annet);
        Trekkgrunnlagsberegner.Klassifiser(type, KravGjelder.Skatt).Kilde.Should().NotBeNullOrWhiteSpace();
        Trekkgrunnlagsberegner.Klassifiser(type, KravGjelder.Annet).Merknad.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_list_covers_every_type()
    {
        Liste().Select(r => (Ytelsestype)r[0]).Should().BeEquivalentTo(Enum.GetValues<Ytelsestype>());
    }

    [Fact]
    public void The_sources_name_the_letter_of_the_second_ledd_and_the_special_cases()
    {
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.NaeringLoennsdel, KravGjelder.Annet).Kilde.Should().Contain("annet ledd bokstav a");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Vartpenger, KravGjelder.Annet).Kilde.Should().Contain("bokstav b");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Livrente, KravGjelder.Annet).Kilde.Should().Contain("bokstav c");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Ektefellebidrag, KravGjelder.Annet).Kilde.Should().Contain("bokstav d");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Kontantstoette, KravGjelder.Annet).Kilde.Should().Contain("bokstav e");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.ErstatningPersonskade, KravGjelder.Annet).Kilde.Should().Contain("bokstav f");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.InnsamledeMidler, KravGjelder.Annet).Kilde.Should().Contain("bokstav g");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Aeresgave, KravGjelder.Annet).Kilde.Should().Contain("bokstav h");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Naturalytelse, KravGjelder.Skatt).Kilde.Should().Contain("§ 14-4-3 tredje ledd");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Kapitalinntekt, KravGjelder.Skatt).Merknad.Should().Contain("Rt-2001-1402");
        Trekkgrunnlagsberegner.Klassifiser(Ytelsestype.Barnetrygd, KravGjelder.Skatt).Kilde.Should().Contain("Rt-1951-1203");
    }

    [Fact]
    public void Hand_worked_sums_for_a_tax_claim_and_for_another_claim()
    {
        // docs/eksempler/trekkgrunnlag-skatt.json, worked in docs/trekkgrunnlag.md.
        Ytelse[] ytelser =
        [
            new(Ytelsestype.Loenn, Kr(38_000), Kr(9_500)),
            new(Ytelsestype.Overtid, Kr(2_000), Kr(700)),
            new(Ytelsestype.Naturalytelse, Kr(3_000), Kr(1_050)),
            new(Ytelsestype.Barnetrygd, Kr(1_766)),
            new(Ytelsestype.SkattefriUtgiftsgodtgjoerelse, Kr(1_200)),
            new(Ytelsestype.Kapitalinntekt, Kr(400)),
        ];

        // Skatt: brutto 38 000 + 2 000; forskudd 9 500 + 700 + 1 050; andre 3 000 (naturalytelse) + 1 766 (barnetrygd).
        Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Skatt).Should().Be(new Trekkgrunnlagssum(Kr(40_000), Kr(11_250), Kr(4_766)));

        // Annet: the naturalytelse is held outside, but its tax is still withheld from the cash pay.
        Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Annet).Should().Be(new Trekkgrunnlagssum(Kr(40_000), Kr(11_250), Kr(1_766)));
    }

    [Fact]
    public void The_forskuddstrekk_of_an_income_held_outside_is_not_counted()
    {
        Ytelse[] ytelser = [new(Ytelsestype.Loenn, Kr(30_000), Kr(8_000)), new(Ytelsestype.Kapitalinntekt, Kr(5_000), Kr(1_000))];
        Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Skatt).ForskuddstrekkPerMaaned.Should().Be(Kr(8_000));
    }

    [Fact]
    public void A_forskuddstrekk_above_the_gross_is_refused_naming_the_field()
    {
        Ytelse[] ytelser = [new(Ytelsestype.Loenn, Kr(30_000), Kr(8_000)), new(Ytelsestype.Bonus, Kr(1_000), Kr(1_001))];
        var handling = () => Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Annet);
        handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "ytelser[1].forskuddstrekkPerMaaned" && f.Regel == "FORSKUDDSTREKK_OVER_BRUTTO" && f.Verdi == "1001.00");
    }

    [Fact]
    public void The_explanation_lists_each_ytelse_with_its_treatment_and_the_sums()
    {
        Ytelse[] ytelser = [new(Ytelsestype.Loenn, Kr(30_000), Kr(8_000)), new(Ytelsestype.Barnebidrag, Kr(2_000))];
        var f = Trekkgrunnlagsberegner.Forklar(ytelser, KravGjelder.Annet);
        f.Resultat.Should().Be("30000.00");
        f.Fakta.Should().Contain(new Faktum("skyldner.andreInntekterPerMaaned", "2000.00"));
        f.Deler.Select(d => d.Resultat).Should().Equal("trekkbar", "inntektIkkeTrekkbar");
        f.Deler[1].Regel.Kilde.Should().Contain("barneloven § 67");
    }

    [Fact]
    public void Classifying_and_summing_allocate_nothing()
    {
        Ytelse[] ytelser = [.. Enum.GetValues<Ytelsestype>().Select(t => new Ytelse(t, Kr(1_000), Kr(100)))];
        Trekkgrunnlagsberegner.Summer(ytelser, KravGjelder.Skatt);
        Allokering.Minst(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                Trekkgrunnlagsberegner.Summer(ytelser, (KravGjelder)(i % 2));
                Trekkgrunnlagsberegner.Klassifiser((Ytelsestype)(i % ytelser.Length), KravGjelder.Annet);
            }
        }).Should().Be(0);
    }

    private static Arbitrary<(Ytelse[] Ytelser, KravGjelder Krav)> Tilfeller() =>
        (from antall in Gen.Choose(0, 12)
         from ytelser in Gen.ArrayOf(
             from type in Gen.Elements(Enum.GetValues<Ytelsestype>())
             from brutto in Gen.Choose(0, 5_000_000)
             from andel in Gen.Choose(0, 100)
             select new Ytelse(type, Beloep.FraOere(brutto), Beloep.FraOere(brutto / 100 * andel)), antall)
         from krav in Gen.Elements(KravGjelder.Skatt, KravGjelder.Annet)
         select (ytelser, krav)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_engine_agrees_with_the_reference() => Prop.ForAll(Tilfeller(), t =>
    {
        var sum = Trekkgrunnlagsberegner.Summer(t.Ytelser, t.Krav);
        var r = ReferanseTrekkgrunnlag.Summer(t.Ytelser, t.Krav);
        return sum.BruttoPerMaaned.Kroner == r.Brutto && sum.ForskuddstrekkPerMaaned.Kroner == r.Forskuddstrekk && sum.AndreInntekterPerMaaned.Kroner == r.AndreInntekter
            && t.Ytelser.All(y => Trekkgrunnlagsberegner.Klassifiser(y.Type, t.Krav).Behandling == ReferanseTrekkgrunnlag.Behandling(y.Type, t.Krav));
    });
}
