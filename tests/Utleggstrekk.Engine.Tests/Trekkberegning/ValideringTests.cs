using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

public class ValideringTests
{
    [Fact]
    public void A_valid_case_has_no_errors() =>
        Trekkberegner.Valider(Spec12Husstand()).Should().BeEmpty();

    [Fact]
    public void Every_violation_is_collected_with_field_value_and_rule()
    {
        var sak = new Trekksak
        {
            Beregningsdato = Dato,
            BruttoPerMaaned = Kr(10_000),
            ForskuddstrekkPerMaaned = Kr(-5),
            AndreInntekterPerMaaned = Kr(-1),
            Sivilstand = (Sivilstand)7,
            Barn = [new Barn(D("2020-01-01")), new Barn(D("2021-01-01")), new Barn(D("2025-03-02"))],
            Samvaersbarn = [new Samvaersbarn(D("2020-01-01"), 5), new Samvaersbarn(D("2026-01-01"), 0)],
            Boutgift = Kr(-100),
            Barnetilsyn = Kr(-2),
            BidragBetalt = Kr(-3),
            AndreUtgifter = [new AnnenUtgift(" ", Kr(-4))],
            Kostnadsdeling = (Kostnadsdeling)9,
            Tak = (Takregel)5,
            NaeringSkjematisk = true,
        };

        var feil = Trekkberegner.Valider(sak);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("skyldner.forskuddstrekkPerMaaned", "UGYLDIG_BELOEP"),
            ("skyldner.andreInntekterPerMaaned", "UGYLDIG_BELOEP"),
            ("utgifter.boutgift", "UGYLDIG_BELOEP"),
            ("utgifter.barnetilsyn", "UGYLDIG_BELOEP"),
            ("utgifter.bidragBetalt", "UGYLDIG_BELOEP"),
            ("husstand.sivilstand", "UGYLDIG_VERDI"),
            ("regler.kostnadsdeling", "UGYLDIG_VERDI"),
            ("regler.tak", "UGYLDIG_VERDI"),
            ("regler.naeringSkjematisk", "NAERING_SKJEMATISK_UTEN_NAERINGSINNTEKT"),
            ("husstand.barn[2].foedselsdato", "FOEDSELSDATO_ETTER_BEREGNINGSDATO"),
            ("husstand.samvaersbarn[0].samvaersklasse", "UGYLDIG_SAMVAERSKLASSE"),
            ("husstand.samvaersbarn[1].foedselsdato", "FOEDSELSDATO_ETTER_BEREGNINGSDATO"),
            ("husstand.samvaersbarn[1].samvaersklasse", "UGYLDIG_SAMVAERSKLASSE"),
            ("utgifter.andre[0].beloep", "UGYLDIG_BELOEP"),
            ("utgifter.andre[0].tekst", "PAAKREVD"),
        });

        feil.Should().ContainSingle(f => f.Felt == "husstand.barn[2].foedselsdato").Which.Verdi.Should().Be("2025-03-02");
        feil.Should().ContainSingle(f => f.Felt == "husstand.samvaersbarn[0].samvaersklasse").Which.Verdi.Should().Be("5");
        feil.Should().ContainSingle(f => f.Felt == "utgifter.boutgift").Which.Verdi.Should().Be("-100.00");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t")]
    public void The_80_percent_ceiling_needs_a_reason(string? begrunnelse)
    {
        // SPEC §4: Utvidet is "a caseworker's explicit choice with a reason".
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), Tak = Takregel.Utvidet, TakBegrunnelse = begrunnelse };
        Trekkberegner.Valider(sak).Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f =>
            f.Felt == "regler.takBegrunnelse" && f.Regel == "PAAKREVD" && f.Verdi == begrunnelse);
        FluentActions.Invoking(() => Trekkberegner.Beregn(sak, TestSatser.Standard))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == Trekksakfelt.TakBegrunnelse);

        // With a reason it is valid; the normal ceiling needs none.
        Trekkberegner.Valider(new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), Tak = Takregel.Utvidet, TakBegrunnelse = "Vurdert" }).Should().BeEmpty();
        Trekkberegner.Valider(new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), Tak = Takregel.Normal, TakBegrunnelse = begrunnelse }).Should().BeEmpty();
    }

    [Fact]
    public void Forskuddstrekk_and_better_priority_above_gross()
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_000), ForskuddstrekkPerMaaned = Kr(6_000), TrekkMedBedrePrioritetPerMaaned = Kr(4_000.01m) };
        var feil = Trekkberegner.Valider(sak);
        feil.Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f =>
            f.Felt == "skyldner.forskuddstrekkPerMaaned" && f.Regel == "TREKK_OVER_BRUTTO" && f.Verdi == "6000.00");

        // Exactly equal is allowed.
        var like = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_000), ForskuddstrekkPerMaaned = Kr(6_000), TrekkMedBedrePrioritetPerMaaned = Kr(4_000) };
        Trekkberegner.Valider(like).Should().BeEmpty();
    }

    [Fact]
    public void Negative_gross_and_partner_figures_for_a_single_debtor()
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(-1), PartnerNettoPerMaaned = Kr(20_000), PartnerEgenGjeldPerMaaned = Kr(1_000), TrekkMedBedrePrioritetPerMaaned = Kr(-7) };
        Trekkberegner.Valider(sak).Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("skyldner.bruttoPerMaaned", "UGYLDIG_BELOEP"),
            ("skyldner.trekkMedBedrePrioritetPerMaaned", "UGYLDIG_BELOEP"),
            ("husstand.partnerNettoPerMaaned", "PARTNER_FOR_ENSLIG"),
            ("husstand.partnerEgenGjeldPerMaaned", "PARTNER_FOR_ENSLIG"),
        });
    }

    [Fact]
    public void Negative_partner_figures_for_a_couple()
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(1), Sivilstand = Sivilstand.Samboer, PartnerNettoPerMaaned = Kr(-1), PartnerEgenGjeldPerMaaned = Kr(-2) };
        Trekkberegner.Valider(sak).Select(f => f.Felt).Should().BeEquivalentTo("husstand.partnerNettoPerMaaned", "husstand.partnerEgenGjeldPerMaaned");
    }

    [Fact]
    public void Absurdly_large_amounts_are_refused_before_they_can_overflow()
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Beloep.FraOere(long.MaxValue / 2) };
        Trekkberegner.Valider(sak).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_BELOEP");
    }

    [Fact]
    public void Beregn_and_Forklar_throw_with_all_violations_and_never_produce_a_number()
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_000), Boutgift = Kr(-1), Samvaersbarn = [new Samvaersbarn(D("2020-01-01"), 0)] };
        var ex = FluentActions.Invoking(() => Trekkberegner.Beregn(sak, TestSatser.Standard)).Should().Throw<UgyldigInndataException>().Which;
        ex.Feil.Should().HaveCount(2);
        ex.Message.Should().Contain("utgifter.boutgift").And.Contain("husstand.samvaersbarn[0].samvaersklasse");
        FluentActions.Invoking(() => Trekkberegner.Forklar(sak, TestSatser.Standard)).Should().Throw<UgyldigInndataException>().Which.Feil.Should().HaveCount(2);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => Trekkberegner.Beregn(null!, TestSatser.Standard)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Trekkberegner.Beregn(SpecEksempel(), null!)).Should().Throw<ArgumentNullException>();
    }
}
