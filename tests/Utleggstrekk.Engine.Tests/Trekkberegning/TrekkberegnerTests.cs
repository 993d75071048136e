using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>Steps 2–7 with hand-derived figures (rates from 2024-07-01, beregningsdato 2025-03-01).</summary>
public class TrekkberegnerTests
{
    private static Trekkresultat Beregn(Trekksak sak, Satsgrunnlag? satser = null, Beregningsvalg valg = default) =>
        Trekkberegner.Beregn(sak, satser ?? TestSatser.Standard, valg);

    [Fact]
    public void Spec_worked_example()
    {
        // livsopphold 10 724; E = 10 724 + 8 000 = 18 724 = share; available 40 000 − 10 000 = 30 000;
        // raw 30 000 − 18 724 = 11 276; ceiling 60 % × 40 000 − 10 000 = 14 000 → 11 276, Livsopphold.
        // trekkprosent 11 276 / 40 000 = 28.19 %.
        var r = Beregn(SpecEksempel());
        r.TrekkPerMaaned.Should().Be(Kr(11_276));
        r.Begrensning.Should().Be(Begrensning.Livsopphold);
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(28.19m));
        r.Livsopphold.Should().Be(Kr(10_724));
        r.Samvaerstillegg.Should().Be(Beloep.Null);
        r.Husstandsutgifter.Should().Be(Kr(18_724));
        r.Skyldnersandel.Should().Be(Kr(18_724));
        r.Disponibelt.Should().Be(Kr(30_000));
        r.RaaTrekk.Should().Be(Kr(11_276));
        r.TrekkbarInntekt.Should().Be(Kr(30_000));
        r.Takrom.Should().Be(Kr(14_000));
        r.Naeringsgrense.Should().BeNull();
        r.Antatt.Should().Be(AntattSats.Ingen);
        r.SatserVersjon.Should().Be(TestSatser.Standard.Versjon);
    }

    [Fact]
    public void Default_immutable_arrays_count_as_empty_lists()
    {
        var sak = new Trekksak
        {
            Beregningsdato = Dato,
            BruttoPerMaaned = Kr(40_000),
            ForskuddstrekkPerMaaned = Kr(10_000),
            Boutgift = Kr(8_000),
            Barn = default,
            Samvaersbarn = default,
            AndreUtgifter = default,
        };
        Trekkberegner.Valider(sak).Should().BeEmpty();
        Beregn(sak).TrekkPerMaaned.Should().Be(Kr(11_276));
        Trekkberegner.Forklar(sak, TestSatser.Standard).Resultat.TrekkPerMaaned.Should().Be(Kr(11_276));
        Reference.Trekkberegning.ReferanseTrekkberegner.Beregn(sak, TestSatser.Standard).TrekkPerMaaned.Should().Be(Kr(11_276));
    }

    [Fact]
    public void Shared_and_own_expenses()
    {
        // E = 10 724 + 8 000 + 300 (shared) = 19 024; own = 2 000 bidrag + 500 = 2 500; share 21 524;
        // raw 30 000 − 21 524 = 8 476.
        var sak = new Trekksak
        {
            Beregningsdato = Dato,
            BruttoPerMaaned = Kr(40_000),
            ForskuddstrekkPerMaaned = Kr(10_000),
            Boutgift = Kr(8_000),
            BidragBetalt = Kr(2_000),
            AndreUtgifter = [new AnnenUtgift("Strøm", Kr(300)), new AnnenUtgift("Reise", Kr(500), EgenUtgift: true)],
        };
        var r = Beregn(sak);
        r.Husstandsutgifter.Should().Be(Kr(19_024));
        r.Skyldnersandel.Should().Be(Kr(21_524));
        r.TrekkPerMaaned.Should().Be(Kr(8_476));
    }

    [Fact]
    public void Counted_non_garnishable_income_raises_available_income()
    {
        // Worked example + barnetrygd 1 766: available 31 766, raw 13 042 (< ceiling room 14 000).
        var sak = SpecEksempel();
        sak = new Trekksak { Beregningsdato = sak.Beregningsdato, BruttoPerMaaned = sak.BruttoPerMaaned, ForskuddstrekkPerMaaned = sak.ForskuddstrekkPerMaaned, Boutgift = sak.Boutgift, AndreInntekterPerMaaned = Kr(1_766) };
        var r = Beregn(sak);
        r.Disponibelt.Should().Be(Kr(31_766));
        r.TrekkPerMaaned.Should().Be(Kr(13_042));
        r.TrekkbarInntekt.Should().Be(Kr(30_000));
    }

    [Fact]
    public void Better_priority_trekk_reduces_available_income_and_ceiling_room()
    {
        // Worked example + 3 000 better-priority trekk: available 27 000, raw 8 276; ceiling 24 000 − 13 000 = 11 000.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), TrekkMedBedrePrioritetPerMaaned = Kr(3_000), Boutgift = Kr(8_000) };
        var r = Beregn(sak);
        r.TrekkPerMaaned.Should().Be(Kr(8_276));
        r.Takrom.Should().Be(Kr(11_000));
        r.TrekkbarInntekt.Should().Be(Kr(27_000));
    }

    // Couple cases: E = 2 × 9 082 + 10 000 = 28 164; available 30 000; ceiling room 14 000 (60 %) / 22 000 (80 %).
    [Fact]
    public void Halvpart_couple_carries_half()
    {
        // Partner available 30 000 ≥ 14 082 → share 14 082; raw 15 918 > ceiling 14 000 → 14 000, Tak60.
        var r = Beregn(Par(Kostnadsdeling.Halvpart, 30_000));
        r.Skyldnersandel.Should().Be(Kr(14_082));
        r.RaaTrekk.Should().Be(Kr(15_918));
        r.TrekkPerMaaned.Should().Be(Kr(14_000));
        r.Begrensning.Should().Be(Begrensning.Tak60);
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(35m));
    }

    [Fact]
    public void Halvpart_odd_oere_goes_to_the_debtor()
    {
        // Boutgift 10 000.01 → E = 28 164.01; half = 14 082.005 → the debtor carries 14 082.01.
        var basis = Par(Kostnadsdeling.Halvpart, 30_000);
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = basis.BruttoPerMaaned, ForskuddstrekkPerMaaned = basis.ForskuddstrekkPerMaaned, Sivilstand = Sivilstand.Samboer, PartnerNettoPerMaaned = basis.PartnerNettoPerMaaned, Boutgift = Kr(10_000.01m) };
        var r = Beregn(sak);
        r.Husstandsutgifter.Should().Be(Kr(28_164.01m));
        r.Skyldnersandel.Should().Be(Kr(14_082.01m));
    }

    [Fact]
    public void Halvpart_partner_below_half_the_debtor_carries_the_rest()
    {
        // Partner 12 000 − own debt 2 000 = 10 000 < 14 082 → share 28 164 − 10 000 = 18 164; raw 11 836.
        var r = Beregn(Par(Kostnadsdeling.Halvpart, 12_000, 2_000));
        r.Skyldnersandel.Should().Be(Kr(18_164));
        r.TrekkPerMaaned.Should().Be(Kr(11_836));
        r.Begrensning.Should().Be(Begrensning.Livsopphold);
    }

    [Fact]
    public void Partner_debt_above_net_income_counts_as_zero_available()
    {
        // Partner 5 000 − 7 000 → 0 → the debtor carries all 28 164; raw 1 836.
        var r = Beregn(Par(Kostnadsdeling.Halvpart, 5_000, 7_000));
        r.Skyldnersandel.Should().Be(Kr(28_164));
        r.TrekkPerMaaned.Should().Be(Kr(1_836));
    }

    [Fact]
    public void Forholdsmessig_splits_by_available_incomes_rounding_up_to_the_oere()
    {
        // 28 164 × 30 000 / (30 000 + 35 000) = 28 164 × 6/13 = 168 984 / 13 = 12 998.769… → 12 998.77; raw 17 001.23 → ceiling 14 000.
        var r = Beregn(Par(Kostnadsdeling.Forholdsmessig, 35_000));
        r.Skyldnersandel.Should().Be(Kr(12_998.77m));
        r.RaaTrekk.Should().Be(Kr(17_001.23m));

        // 28 164 × 30 000 / 40 000 = 21 123 exactly; raw 8 877.
        var r2 = Beregn(Par(Kostnadsdeling.Forholdsmessig, 10_000));
        r2.Skyldnersandel.Should().Be(Kr(21_123));
        r2.TrekkPerMaaned.Should().Be(Kr(8_877));
    }

    [Fact]
    public void Forholdsmessig_with_no_income_on_either_side_the_debtor_carries_everything()
    {
        // Gross 10 000, forskuddstrekk 10 000 → available 0; partner 0 → sum 0 → share E = 28 164; raw < 0.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_000), ForskuddstrekkPerMaaned = Kr(10_000), Sivilstand = Sivilstand.Gift, Boutgift = Kr(10_000), Kostnadsdeling = Kostnadsdeling.Forholdsmessig };
        var r = Beregn(sak);
        r.Skyldnersandel.Should().Be(Kr(28_164));
        r.TrekkPerMaaned.Should().Be(Beloep.Null);
        r.Begrensning.Should().Be(Begrensning.IngenTrekkevne);
    }

    [Fact]
    public void Husstand_share_is_E_minus_partner_available_and_the_80_percent_ceiling_protects()
    {
        // Partner 35 000 → share 28 164 − 35 000 = −6 836; raw 30 000 + 6 836 = 36 836.
        // Utvidet: 80 % × 40 000 − 10 000 = 22 000 → Tak80. Normal: 14 000 → Tak60.
        var r = Beregn(Par(Kostnadsdeling.Husstand, 35_000, tak: Takregel.Utvidet));
        r.Skyldnersandel.Should().Be(Kr(-6_836));
        r.RaaTrekk.Should().Be(Kr(36_836));
        r.Takrom.Should().Be(Kr(22_000));
        r.TrekkPerMaaned.Should().Be(Kr(22_000));
        r.Begrensning.Should().Be(Begrensning.Tak80);
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(55m));

        var normal = Beregn(Par(Kostnadsdeling.Husstand, 35_000));
        normal.TrekkPerMaaned.Should().Be(Kr(14_000));
        normal.Begrensning.Should().Be(Begrensning.Tak60);
    }

    [Fact]
    public void Every_split_gives_a_single_debtor_all_of_E()
    {
        foreach (var deling in new[] { Kostnadsdeling.Halvpart, Kostnadsdeling.Forholdsmessig, Kostnadsdeling.Husstand })
        {
            var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), Boutgift = Kr(8_000), Kostnadsdeling = deling };
            Beregn(sak).TrekkPerMaaned.Should().Be(Kr(11_276), deling.ToString());
        }
    }

    [Fact]
    public void Naering20_binds_when_the_schematic_rule_is_chosen()
    {
        // E = 10 724; raw 19 276; ceiling 14 000; næring 20 % × 40 000 = 8 000 → 8 000, Naering20.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), Naeringsinntekt = true, NaeringSkjematisk = true };
        var r = Beregn(sak);
        r.Naeringsgrense.Should().Be(Kr(8_000));
        r.TrekkPerMaaned.Should().Be(Kr(8_000));
        r.Begrensning.Should().Be(Begrensning.Naering20);
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(20m));
    }

    [Fact]
    public void Naering_limit_is_exact_in_oere_and_rounded_down()
    {
        // 20 % × 40 000.03 = 8 000.006 → 8 000.00 (øre, down) → trekk 8 000.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000.03m), ForskuddstrekkPerMaaned = Kr(10_000), Naeringsinntekt = true, NaeringSkjematisk = true };
        Beregn(sak).Naeringsgrense.Should().Be(Kr(8_000));
    }

    [Fact]
    public void Trekkbar_inntekt_binds_when_the_only_income_is_non_garnishable()
    {
        // Gross 0, barnetrygd/bidrag 20 000: raw 20 000 − 10 724 = 9 276 > 0, but garnishable net 0 and ceiling room 0:
        // equal limits → TrekkbarInntekt (fixed order Livsopphold, TrekkbarInntekt, Tak, Naering20); trekk 0, trekkprosent 0.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Beloep.Null, AndreInntekterPerMaaned = Kr(20_000) };
        var r = Beregn(sak);
        r.RaaTrekk.Should().Be(Kr(9_276));
        r.TrekkPerMaaned.Should().Be(Beloep.Null);
        r.Begrensning.Should().Be(Begrensning.TrekkbarInntekt);
        r.Trekkprosent.Should().Be(Prosent.Null);
    }

    [Fact]
    public void A_trekk_never_takes_the_whole_net_income_pkt_5_4()
    {
        // The engine never sees a ceiling above 80 % (TrekkgrenserTabell.Lag refuses it), so the ceiling room
        // 80 % × gross − fs − better < gross − fs − better = net whenever gross > 0.
        // Gross 10 000, andre 50 000, Utvidet: raw 60 000 − 10 724 = 49 276; net 10 000; ceiling 8 000 → 8 000, Tak80.
        FluentActions.Invoking(() => TestSatser.Lag(takMaks: 100)).Should().Throw<ArgumentException>();
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_000), AndreInntekterPerMaaned = Kr(50_000), Tak = Takregel.Utvidet, TakBegrunnelse = TakBegrunnelse };
        var r = Beregn(sak);
        r.TrekkPerMaaned.Should().Be(Kr(8_000));
        r.Begrensning.Should().Be(Begrensning.Tak80);
    }

    [Theory]
    [InlineData("\u00a0\u200b")]       // no-break space + zero-width space (issue 18)
    [InlineData("\u2003\u200d\u2060")] // em space, zero-width joiner, word joiner
    [InlineData(" \t ")]
    public void A_tak_reason_without_any_letter_or_digit_is_refused(string begrunnelse)
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), Tak = Takregel.Utvidet, TakBegrunnelse = begrunnelse };
        FluentActions.Invoking(() => Beregn(sak)).Should().Throw<UgyldigInndataException>()
            .Which.Feil.Should().ContainSingle(f => f.Felt == "regler.takBegrunnelse" && f.Regel == "PAAKREVD" && f.Melding.Contains("synlige bokstaver", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u00a0x")]
    [InlineData("7")]
    [InlineData("Ø")]
    public void A_tak_reason_with_one_letter_or_digit_is_accepted(string begrunnelse) =>
        FluentActions.Invoking(() => Beregn(new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), Tak = Takregel.Utvidet, TakBegrunnelse = begrunnelse }))
            .Should().NotThrow("one visible letter or digit is a reason, however short");

    [Fact]
    public void A_raw_trekk_below_one_krone_rounds_to_zero_but_still_reports_Livsopphold()
    {
        // Single, gross 10 724.50, nothing else: raw = 10 724.50 − 10 724 = 0.50 > 0, so there is trekkevne (SPEC §4
        // step 5 says only raw ≤ 0 means none). Limits: net 10 724.50, ceiling ⌊60 % × 10 724.50⌋ = 6 434.70; the raw
        // trekk 0.50 is lowest → Livsopphold; step 7 rounds it down to 0 kr (documented interpretation).
        var r = Beregn(new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(10_724.50m) });
        r.RaaTrekk.Should().Be(Kr(0.50m));
        r.TrekkPerMaaned.Should().Be(Beloep.Null);
        r.Begrensning.Should().Be(Begrensning.Livsopphold);
        r.Trekkprosent.Should().Be(Prosent.Null);
    }

    [Fact]
    public void Ceiling_already_used_up_gives_zero_bound_by_the_ceiling()
    {
        // Forskuddstrekk 26 000 > 60 % × 40 000 = 24 000: room −2 000; raw 14 000 − 10 724 = 3 276 > 0 → 0, Tak60.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(26_000) };
        var r = Beregn(sak);
        r.Takrom.Should().Be(Kr(-2_000));
        r.TrekkPerMaaned.Should().Be(Beloep.Null);
        r.Begrensning.Should().Be(Begrensning.Tak60);
    }

    [Theory]
    [InlineData(15_000, 3_000)] // available 12 000 − 18 724 < 0
    [InlineData(20_000, 1_276)] // available 18 724 − 18 724 = 0 exactly
    public void No_trekkevne_when_raw_is_zero_or_less(int brutto, int forskuddstrekk)
    {
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(brutto), ForskuddstrekkPerMaaned = Kr(forskuddstrekk), Boutgift = Kr(8_000) };
        var r = Beregn(sak);
        r.TrekkPerMaaned.Should().Be(Beloep.Null);
        r.Begrensning.Should().Be(Begrensning.IngenTrekkevne);
        r.Trekkprosent.Should().Be(Prosent.Null);
    }

    [Fact]
    public void Trekk_is_rounded_down_to_whole_kroner_and_trekkprosent_down_to_two_decimals()
    {
        // Boutgift 8 000.75 → raw 11 275.25 → 11 275; 11 275 / 40 000 = 28.1875 % → 28.18.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), Boutgift = Kr(8_000.75m) };
        var r = Beregn(sak);
        r.RaaTrekk.Should().Be(Kr(11_275.25m));
        r.TrekkPerMaaned.Should().Be(Kr(11_275));
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(28.18m));
    }

    [Fact]
    public void Trekkprosent_is_rounded_down_not_to_nearest()
    {
        // Gross 30 000, forskuddstrekk 0, no expenses but livsopphold: raw 30 000 − 10 724 = 19 276; ceiling 18 000 →
        // 18 000 = 60.00 %. With gross 29 999: ceiling 17 999.40 → 17 999; 17 999 / 29 999 = 59.99866… % → 59.99.
        var sak = new Trekksak { Beregningsdato = Dato, BruttoPerMaaned = Kr(29_999) };
        var r = Beregn(sak);
        r.TrekkPerMaaned.Should().Be(Kr(17_999));
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(59.99m));
    }

    [Theory]
    [InlineData(Loennsperiode.Maaned, 11_276, 11_276)]
    [InlineData(Loennsperiode.FjortenDager, 11_276, 5_204)] // 11 276 × 12 / 26 = 5 204.307…
    [InlineData(Loennsperiode.Uke, 11_276, 2_602)] // 11 276 × 12 / 52 = 2 602.153…
    [InlineData(Loennsperiode.FjortenDager, 13, 6)] // 156 / 26 = 6 exactly
    [InlineData(Loennsperiode.Uke, 0, 0)]
    public void Pay_period_conversion_rounds_down(Loennsperiode periode, int perMaaned, int forventet) =>
        Trekkberegner.TilLoennsperiode(Kr(perMaaned), periode).Should().Be(Kr(forventet));

    [Fact]
    public void Pay_period_conversion_refuses_negative_amounts_and_unknown_periods()
    {
        Trekkberegner.TilLoennsperiode(Kr(1_000.99m), Loennsperiode.Maaned).Should().Be(Kr(1_000));
        FluentActions.Invoking(() => Trekkberegner.TilLoennsperiode(Kr(-1), Loennsperiode.Uke)).Should().Throw<UgyldigInndataException>()
            .Which.Feil.Should().ContainSingle().Which.Should().Be(new Valideringsfeil("trekkPerMaaned", "-1.00", "UGYLDIG_BELOEP", "Trekket kan ikke være negativt."));
        FluentActions.Invoking(() => Trekkberegner.TilLoennsperiode(Kr(1), (Loennsperiode)9)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Rates_past_the_last_known_day_are_an_error_by_default()
    {
        var sak = new Trekksak { Beregningsdato = D("2025-07-01"), BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), Boutgift = Kr(8_000) };
        var feil = FluentActions.Invoking(() => Beregn(sak)).Should().Throw<SatserManglerException>().Which;
        feil.Tabell.Should().Be("livsopphold");
        feil.Message.Should().StartWith("satser for 2025-07-01 mangler");
        feil.SistKjenteDag.Should().Be(D("2025-06-30"));
        feil.Mangel.Should().Be(Satsmangel.EtterSistKjenteDag);
        feil.Message.Should().Contain("Tillat antatte satser", "only after the last known day can assumed rates help");
    }

    [Fact]
    public void Assumed_rates_are_carried_forward_only_when_allowed_and_flagged()
    {
        // Same figures as the worked example, carried forward to 2025-07-01.
        var sak = new Trekksak { Beregningsdato = D("2025-07-01"), BruttoPerMaaned = Kr(40_000), ForskuddstrekkPerMaaned = Kr(10_000), Boutgift = Kr(8_000) };
        var r = Beregn(sak, valg: new Beregningsvalg(TillatAntatteSatser: true));
        r.TrekkPerMaaned.Should().Be(Kr(11_276));
        r.Antatt.Should().Be(AntattSats.Livsopphold, "the samvær table is not consulted without samvær children");

        var medSamvaer = Saker.Enslig(samvaersbarn: [new Engine.Trekkberegning.Samvaersbarn(D("2020-01-01"), 1)], dato: D("2025-07-01"));
        Beregn(medSamvaer, valg: new Beregningsvalg(true)).Antatt.Should().Be(AntattSats.Livsopphold | AntattSats.Samvaer);
    }

    [Fact]
    public void Dates_before_the_first_period_are_missing_even_when_assumed_rates_are_allowed()
    {
        var sak = new Trekksak { Beregningsdato = D("2023-06-30"), BruttoPerMaaned = Kr(40_000) };
        var feil = FluentActions.Invoking(() => Beregn(sak, valg: new Beregningsvalg(true))).Should().Throw<SatserManglerException>().Which;
        feil.Mangel.Should().Be(Satsmangel.FoerFoerstePeriode);
        feil.Message.Should().Contain("før tabellens første periode").And.Contain("2023-07-01")
            .And.NotContainEquivalentOf("tillat antatte satser", "assumed rates do not help before the first period");
    }

    [Fact]
    public void Spec12_household_by_hand()
    {
        // 2025-03-01. Children born 2021-05-10 (3), 2016-11-02 (8), 2009-08-20 (15); N = 5 → the two youngest cut:
        // 3 432 × 0.8 = 2 745.60, 4 553 × 0.8 = 3 642.40, 6 611 full. Livsopphold = 18 164 + 2 745.60 + 3 642.40 + 6 611 = 31 163.
        // Samvær: born 2014-01-15 (11) class 2 = 1 813; 2018-09-30 (6) class 3 = 2 047; two → no cut: 3 860.
        // E = 31 163 + 14 500 + 3 200 = 48 863. Partner 31 000 − 2 500 = 28 500 ≥ 24 431.50 → half 24 431.50.
        // Own: 3 860 + 1 800 + 900 = 6 560 → share 30 991.50.
        // Available = 62 000 − 17 500 − 1 200 + 3 500 = 46 800; raw 15 808.50; ceiling 37 200 − 18 700 = 18 500;
        // net 43 300 → 15 808, Livsopphold; 15 808 / 62 000 = 25.496… % → 25.49.
        var r = Beregn(Spec12Husstand());
        r.Livsopphold.Should().Be(Kr(31_163));
        r.Samvaerstillegg.Should().Be(Kr(3_860));
        r.Husstandsutgifter.Should().Be(Kr(48_863));
        r.Skyldnersandel.Should().Be(Kr(30_991.50m));
        r.Disponibelt.Should().Be(Kr(46_800));
        r.RaaTrekk.Should().Be(Kr(15_808.50m));
        r.Takrom.Should().Be(Kr(18_500));
        r.TrekkPerMaaned.Should().Be(Kr(15_808));
        r.Begrensning.Should().Be(Begrensning.Livsopphold);
        r.Trekkprosent.Should().Be(Prosent.FraDesimal(25.49m));
    }
}
