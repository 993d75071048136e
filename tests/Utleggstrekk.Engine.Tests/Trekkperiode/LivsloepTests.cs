using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Tests.Trekkperiode;

/// <summary>What happens to a trekk over its life: SPEC §7, Retningslinje pkt. 6.2, 8.5, 8.6 and 9.</summary>
public class LivsloepTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Valideringsfeil EnFeil(Action act) =>
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;

    // ---- Tidsprioritet on forlengelse: sktbf. § 14-5-4 tredje ledd; Retningslinje pkt. 6.2 ----

    [Fact]
    public void Tax_trekk_keeps_original_tidsprioritet_with_varsel_and_new_assessment_sktbf_14_5_4_3()
    {
        var svar = Trekkperiodeberegner.TidsprioritetVedForlengelse(
            Kravart.SkattOgAvgift, D(2023, 3, 1), D(2025, 2, 20), varselSendtFoerUtloep: true, stoerrelseVurdertPaaNytt: true);
        svar.Tidsprioritet.Should().Be(D(2023, 3, 1));
        svar.Grunn.Should().Be("SKATT_BEHOLDER_OPPRINNELIG_TIDSPRIORITET");
        svar.Kilde.Should().Contain("sktbf. § 14-5-4 tredje ledd").And.Contain("tvangsl. § 4-19");
    }

    [Theory]
    [InlineData(false, true, "§ 4-19")]
    [InlineData(true, false, "vurdert på nytt")]
    [InlineData(false, false, "størrelsen ble ikke vurdert")]
    public void Tax_trekk_without_both_conditions_gets_new_tidsprioritet(bool varsel, bool vurdert, string mangel)
    {
        var svar = Trekkperiodeberegner.TidsprioritetVedForlengelse(
            Kravart.SkattOgAvgift, D(2023, 3, 1), D(2025, 3, 5), varsel, vurdert);
        svar.Tidsprioritet.Should().Be(D(2025, 3, 5));
        svar.Grunn.Should().Be("SKATT_NY_TIDSPRIORITET_VILKAAR_IKKE_OPPFYLT");
        svar.Forklaring.Should().Contain(mangel);
    }

    [Theory]
    [InlineData(Kravart.Bidrag)]
    [InlineData(Kravart.ErstatningStraffbarHandling)]
    [InlineData(Kravart.Voldserstatningsregress)]
    [InlineData(Kravart.Bot)]
    [InlineData(Kravart.Annet)]
    [InlineData(Kravart.InndragningStraffesak)]
    [InlineData(Kravart.SaksomkostningerStraffesak)]
    public void Other_claims_get_new_tidsprioritet_on_forlengelse_Retningslinje_6_2(Kravart art)
    {
        var svar = Trekkperiodeberegner.TidsprioritetVedForlengelse(art, D(2023, 3, 1), D(2025, 3, 5), true, true);
        svar.Tidsprioritet.Should().Be(D(2025, 3, 5));
        svar.Grunn.Should().Be("NY_TIDSPRIORITET_NYTT_TREKK");
        svar.Kilde.Should().Contain("deknl. § 2-8 tredje ledd");
    }

    [Fact]
    public void Forlengelse_dated_before_the_original_is_refused()
    {
        var feil = EnFeil(() => Trekkperiodeberegner.TidsprioritetVedForlengelse(
            Kravart.SkattOgAvgift, D(2023, 3, 1), D(2023, 2, 28), true, true));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("nyBeslutningsdato", "2023-02-28", "NY_BESLUTNING_FOER_OPPRINNELIG"));
    }

    [Fact]
    public void Unknown_kravart_is_refused()
    {
        var feil = EnFeil(() => Trekkperiodeberegner.TidsprioritetVedForlengelse((Kravart)99, D(2023, 3, 1), D(2024, 1, 1), true, true));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("art", "99", "UKJENT_KRAVART"));
        EnFeil(() => Trekkperiodeberegner.VedGjeldsforhandling(D(2025, 1, 1), (Kravart)99)).Regel.Should().Be("UKJENT_KRAVART");
        EnFeil(() => Trekkperiodeberegner.VedSkyldnersKonkurs((Kravart)99, null)).Regel.Should().Be("UKJENT_KRAVART");
        EnFeil(() => Trekkperiodeberegner.VedTrekkpliktigesKonkurs((Kravart)99, true)).Regel.Should().Be("UKJENT_KRAVART");
        EnFeil(() => Trekkperiodeberegner.TidsprioritetForRenter((Kravart)99, D(2023, 3, 1))).Regel.Should().Be("UKJENT_KRAVART");
    }

    // ---- Interest accrued in the trekkperiode: sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21; pkt. 6.2 ----

    [Fact]
    public void Interest_on_non_tax_claim_keeps_the_principals_tidsprioritet_tvangsl_7_21()
    {
        var svar = Trekkperiodeberegner.TidsprioritetForRenter(Kravart.Annet, D(2023, 3, 1), D(2025, 1, 31), D(2026, 1, 1));
        svar.Tidsprioritet.Should().Be(D(2023, 3, 1));
        svar.FristForRenteoppgave.Should().BeNull();
        svar.Grunn.Should().Be("RENTER_HOVEDSTOLENS_TIDSPRIORITET");
    }

    [Fact]
    public void Tax_interest_while_restanse_unpaid_keeps_the_principals_tidsprioritet()
    {
        var svar = Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1));
        svar.Tidsprioritet.Should().Be(D(2023, 3, 1));
        svar.FristForRenteoppgave.Should().BeNull();
        svar.Grunn.Should().Be("SKATT_RENTER_HOVEDSTOLENS_TIDSPRIORITET");
        svar.Kilde.Should().Contain("sktbf. § 14-5-4 annet ledd");
    }

    [Fact]
    public void Tax_interest_statement_within_one_month_keeps_the_tidsprioritet_sktbf_14_5_4_2()
    {
        // Paid 2025-01-31; one month later = 2025-02-28 (NodaTime PlusMonths clamps to the month's last day).
        var svar = Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1), D(2025, 1, 31), D(2025, 2, 28));
        svar.Tidsprioritet.Should().Be(D(2023, 3, 1));
        svar.FristForRenteoppgave.Should().Be(D(2025, 2, 28));
        svar.Grunn.Should().Be("SKATT_RENTER_HOVEDSTOLENS_TIDSPRIORITET");

        // Not made yet: the deadline is reported.
        Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1), D(2025, 1, 31))
            .FristForRenteoppgave.Should().Be(D(2025, 2, 28));
    }

    [Fact]
    public void Tax_interest_statement_after_one_month_loses_the_tidsprioritet()
    {
        var svar = Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1), D(2025, 1, 31), D(2025, 3, 1));
        svar.Tidsprioritet.Should().BeNull();
        svar.FristForRenteoppgave.Should().Be(D(2025, 2, 28));
        svar.Grunn.Should().Be("SKATT_RENTER_OPPGAVE_ETTER_FRIST");
    }

    [Fact]
    public void Tax_interest_payment_date_beyond_range_is_refused()
    {
        // 9999-12-15 + one month would pass NodaTime's last day 9999-12-31: typed error, not an overflow.
        EnFeil(() => Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1), D(9999, 12, 15)))
            .Should().Match<Valideringsfeil>(f => f.Felt == "restanseFerdigInnbetalt" && f.Regel == "UGYLDIG_DATO");
    }

    [Fact]
    public void Interest_dates_before_the_principals_tidsprioritet_are_refused()
    {
        var act = () => Trekkperiodeberegner.TidsprioritetForRenter(Kravart.SkattOgAvgift, D(2023, 3, 1), D(2023, 2, 1), D(2023, 2, 2));
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("restanseFerdigInnbetalt", "DATO_FOER_HOVEDSTOLENS_TIDSPRIORITET"),
            ("renteoppgaveFremsatt", "DATO_FOER_HOVEDSTOLENS_TIDSPRIORITET"),
        });
    }

    // ---- Gjeldsforhandling: gol. § 3-4 femte ledd; Retningslinje pkt. 8.6 ----

    [Theory]
    [InlineData(Kravart.Annet, "GJELDSFORHANDLING_STANS_4_MAANEDER")]
    [InlineData(Kravart.SkattOgAvgift, "GJELDSFORHANDLING_STANS_4_MAANEDER")]
    [InlineData(Kravart.InndragningStraffesak, "GJELDSFORHANDLING_STANS_INNDRAGNING_SAKSOMKOSTNINGER")]
    [InlineData(Kravart.SaksomkostningerStraffesak, "GJELDSFORHANDLING_STANS_INNDRAGNING_SAKSOMKOSTNINGER")]
    public void Gjeldsforhandling_stops_the_trekk_for_four_months_gol_3_4_5(Kravart art, string grunn)
    {
        // Counted like a statutory period in months (domstolloven § 148; fl. § 29 nr. 1): opened 2025-03-10, the
        // period expires on the 10th of the 4th month after, 2025-07-10. Stop [2025-03-10, 2025-07-11); trekk resumes
        // 2025-07-11.
        var svar = Trekkperiodeberegner.VedGjeldsforhandling(D(2025, 3, 10), art);
        svar.Stanset.Should().BeTrue();
        svar.Fra.Should().Be(D(2025, 3, 10));
        svar.Til.Should().Be(D(2025, 7, 11));
        svar.SisteDag.Should().Be(D(2025, 7, 10));
        svar.Grunn.Should().Be(grunn);
        svar.Kilde.Should().Contain("gol. § 3-4 femte ledd").And.Contain("pkt. 8.6");
    }

    [Fact]
    public void Gjeldsforhandling_four_months_from_31_October_ends_with_February()
    {
        // February has no 31st: the period ends on the last day of the month (domstolloven § 148 second ledd), so the
        // last stop day is 2026-02-28 and the trekk resumes 2026-03-01.
        var svar = Trekkperiodeberegner.VedGjeldsforhandling(D(2025, 10, 31), Kravart.Annet);
        svar.SisteDag.Should().Be(D(2026, 2, 28));
        svar.Til.Should().Be(D(2026, 3, 1));
    }

    [Theory]
    [InlineData(Kravart.Bot, "GJELDSFORHANDLING_UNNTAK_STRAFFBAR_HANDLING")]
    [InlineData(Kravart.ErstatningStraffbarHandling, "GJELDSFORHANDLING_UNNTAK_STRAFFBAR_HANDLING")]
    [InlineData(Kravart.Voldserstatningsregress, "GJELDSFORHANDLING_UNNTAK_VOLDSERSTATNINGSREGRESS")]
    [InlineData(Kravart.Bidrag, "GJELDSFORHANDLING_UNNTAK_BIDRAG")]
    public void Gjeldsforhandling_does_not_stop_criminal_act_claims_or_bidrag_Retningslinje_8_6(Kravart art, string grunn)
    {
        var svar = Trekkperiodeberegner.VedGjeldsforhandling(D(2025, 3, 10), art);
        svar.Stanset.Should().BeFalse();
        svar.Fra.Should().BeNull();
        svar.Til.Should().BeNull();
        svar.SisteDag.Should().BeNull();
        svar.Grunn.Should().Be(grunn);
    }

    [Fact]
    public void Gjeldsforhandling_date_beyond_range_is_refused() =>
        EnFeil(() => Trekkperiodeberegner.VedGjeldsforhandling(D(9999, 12, 1), Kravart.Annet))
            .Should().Match<Valideringsfeil>(f => f.Felt == "aapningsdato" && f.Regel == "UGYLDIG_DATO");

    // ---- Konkurs: deknl. § 2-11; bidragsinnkrevingsloven § 18; Retningslinje pkt. 8.5 ----

    [Theory]
    [InlineData(Kravart.Annet)]
    [InlineData(Kravart.SkattOgAvgift)]
    [InlineData(Kravart.Bot)]
    [InlineData(Kravart.ErstatningStraffbarHandling)]
    public void Debtors_konkurs_with_beslag_makes_the_trekk_yield_deknl_2_11(Kravart art)
    {
        var svar = Trekkperiodeberegner.VedSkyldnersKonkurs(art, D(2025, 4, 2));
        svar.Stanset.Should().BeTrue();
        svar.Fra.Should().Be(D(2025, 4, 2));
        svar.Til.Should().BeNull();
        svar.SisteDag.Should().BeNull();
        svar.Grunn.Should().Be("KONKURS_VIKER_FOR_BOETS_BESLAG");
        svar.Kilde.Should().Contain("deknl. § 2-11");
    }

    [Fact]
    public void Debtors_konkurs_does_not_stop_bidrag_bidragsinnkrevingsloven_18()
    {
        var svar = Trekkperiodeberegner.VedSkyldnersKonkurs(Kravart.Bidrag, D(2025, 4, 2));
        svar.Stanset.Should().BeFalse();
        svar.Grunn.Should().Be("KONKURS_BIDRAG_FORTSETTER");
        svar.Kilde.Should().Contain("bidragsinnkrevingsloven § 18 første ledd");
    }

    [Fact]
    public void Debtors_konkurs_without_beslag_lets_the_trekk_run_LH_2012_83190()
    {
        var svar = Trekkperiodeberegner.VedSkyldnersKonkurs(Kravart.Annet, null);
        svar.Stanset.Should().BeFalse();
        svar.Grunn.Should().Be("KONKURS_UTEN_BESLAG_FORTSETTER");
        svar.Kilde.Should().Contain("LH-2012-83190");
    }

    [Theory]
    [InlineData(Kravart.SkattOgAvgift, true, true, "TREKKPLIKTIG_KONKURS_SKATT_SEPARATISTRETT", "sktbl. § 14-5")]
    [InlineData(Kravart.Bidrag, true, true, "TREKKPLIKTIG_KONKURS_BIDRAG_SEPARATISTRETT", "bidragsinnkrevingsloven § 18 annet ledd")]
    [InlineData(Kravart.SkattOgAvgift, false, false, "TREKKPLIKTIG_KONKURS_IKKE_HOLDT_ADSKILT", "sktbl. § 14-5")]
    [InlineData(Kravart.Bidrag, false, false, "TREKKPLIKTIG_KONKURS_IKKE_HOLDT_ADSKILT", "bidragsinnkrevingsloven")]
    [InlineData(Kravart.Bot, true, false, "TREKKPLIKTIG_KONKURS_INGEN_SAERREGEL", "tvangsl. § 7-22")]
    [InlineData(Kravart.Annet, true, false, "TREKKPLIKTIG_KONKURS_INGEN_SAERREGEL", "tvangsl. § 7-22")]
    public void Trekkpliktiges_konkurs_separatistrett_Retningslinje_8_5_1(
        Kravart art, bool holdtAdskilt, bool separatistrett, string grunn, string kilde)
    {
        var svar = Trekkperiodeberegner.VedTrekkpliktigesKonkurs(art, holdtAdskilt);
        svar.Separatistrett.Should().Be(separatistrett);
        svar.Grunn.Should().Be(grunn);
        svar.Kilde.Should().Contain(kilde).And.Contain("pkt. 8.5.1");
    }

    // ---- Foreldelse: fl. § 21 nr. 1 og 3; fl. § 29 nr. 1; Retningslinje pkt. 9 ----

    [Fact]
    public void New_ten_year_limitation_from_notification_fl_21_nr_3()
    {
        // fl. § 29 nr. 1: the end day counts, the start day does not: notified 2025-03-15 -> runs out at the end of
        // 2035-03-15; time-barred from 2035-03-16.
        var svar = Trekkperiodeberegner.NyForeldelsesfrist(D(2025, 3, 15));
        svar.FristFra.Should().Be(D(2025, 3, 15));
        svar.SisteDag.Should().Be(D(2035, 3, 15));
        svar.ForeldetFra.Should().Be(D(2035, 3, 16));
        svar.Grunn.Should().Be("FORELDELSE_NY_10_AARS_FRIST");
        svar.Kilde.Should().Contain("fl. § 21 nr. 1 og nr. 3").And.Contain("pkt. 9");
    }

    [Fact]
    public void Limitation_from_a_leap_day_runs_out_on_the_last_day_of_February()
    {
        // fl. § 29 nr. 1: no 29 February in 2034 -> the period runs out on the last day of the month, 2034-02-28.
        var svar = Trekkperiodeberegner.NyForeldelsesfrist(D(2024, 2, 29));
        svar.SisteDag.Should().Be(D(2034, 2, 28));
        svar.ForeldetFra.Should().Be(D(2034, 3, 1));
    }

    [Fact]
    public void Limitation_date_beyond_range_is_refused() =>
        EnFeil(() => Trekkperiodeberegner.NyForeldelsesfrist(D(9995, 1, 1)))
            .Should().Match<Valideringsfeil>(f => f.Felt == "underretningsdato" && f.Regel == "UGYLDIG_DATO");
}
