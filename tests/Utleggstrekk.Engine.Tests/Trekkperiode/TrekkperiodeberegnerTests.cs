using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Tests.Trekkperiode;

/// <summary>
/// Maximum trekkperiode: tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2; LG-2019-124144.
/// Counting: "N years from day D" = [D, D + N years); the last day is D + N years − 1 day.
/// </summary>
public class TrekkperiodeberegnerTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Trekkperiodesvar Beregn(
        Kravkategori k, LocalDate b, int? inntektsaar = null, int? endringsvedtakaar = null, bool forlengelse = false,
        LocalDate? start = null) =>
        Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(k, b, inntektsaar, endringsvedtakaar, forlengelse, start));

    private static Valideringsfeil EnFeil(Action act) =>
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;

    [Fact]
    public void Ordinaer_is_two_years_from_beslutningsdato_tvangsl_7_21()
    {
        // 2025-03-15 + 2 years = 2027-03-15 (exclusive); last day 2027-03-14.
        var svar = Beregn(Kravkategori.Ordinaer, D(2025, 3, 15));
        svar.Fra.Should().Be(D(2025, 3, 15));
        svar.Til.Should().Be(D(2027, 3, 15));
        svar.SisteDag.Should().Be(D(2027, 3, 14));
        svar.Grunn.Should().Be("ORDINAER_2_AAR");
        svar.Kilde.Should().Contain("tvangsl. § 7-21").And.Contain("deknl. § 2-7 tredje ledd").And.Contain("pkt. 7.2");
        svar.Forklaring.Should().Contain("to år").And.NotContain(" / ", "the explanation is Norwegian only");
    }

    [Fact]
    public void Two_years_from_leap_day_ends_before_28_February()
    {
        // NodaTime PlusYears: 2024-02-29 + 2 years = 2026-02-28 (no 29 February in 2026) -> exclusive end 2026-02-28,
        // last day 2026-02-27. [2024-02-29, 2026-02-28) is 730 days, the same as [2024-03-01, 2026-03-01).
        var svar = Beregn(Kravkategori.Ordinaer, D(2024, 2, 29));
        svar.Til.Should().Be(D(2026, 2, 28));
        svar.SisteDag.Should().Be(D(2026, 2, 27));
        Period.Between(svar.Fra, svar.Til!.Value, PeriodUnits.Days).Days.Should().Be(730);
    }

    [Fact]
    public void Two_years_from_leap_day_into_a_leap_year_is_exact()
    {
        // 2026-02-28 + 2 years = 2028-02-28 (2028 is a leap year, but the day number 28 exists).
        Beregn(Kravkategori.Ordinaer, D(2026, 2, 28)).Til.Should().Be(D(2028, 2, 28));
    }

    [Fact]
    public void Bot_is_five_years_deknl_2_7_third_ledd()
    {
        // 2025-03-15 + 5 years = 2030-03-15; last day 2030-03-14.
        var svar = Beregn(Kravkategori.Bot, D(2025, 3, 15));
        svar.Til.Should().Be(D(2030, 3, 15));
        svar.SisteDag.Should().Be(D(2030, 3, 14));
        svar.Grunn.Should().Be("BOT_5_AAR");
        svar.Kilde.Should().Contain("deknl. § 2-7 tredje ledd");
    }

    [Fact]
    public void Bot_from_leap_day()
    {
        // 2024-02-29 + 5 years = 2029-02-28.
        Beregn(Kravkategori.Bot, D(2024, 2, 29)).Til.Should().Be(D(2029, 2, 28));
    }

    [Fact]
    public void Spec_example_restskatt_2021_last_day_is_31_December_2026()
    {
        // Retningslinje pkt. 7.2: restskatt 2021 -> the 5 years start 1.1.2022 -> [2022-01-01, 2027-01-01),
        // last day 2026-12-31. Decided 2022-09-01: the main rule would end 2024-09-01, so the tax limit is longer.
        var svar = Beregn(Kravkategori.Skatt, D(2022, 9, 1), inntektsaar: 2021);
        svar.Fra.Should().Be(D(2022, 9, 1));
        svar.Til.Should().Be(D(2027, 1, 1));
        svar.SisteDag.Should().Be(D(2026, 12, 31));
        svar.Grunn.Should().Be("SKATT_5_AAR_FRA_INNTEKTSAAR");
        svar.Kilde.Should().Contain("deknl. § 2-7 tredje ledd tredje punktum");
        svar.Forklaring.Should().Contain("2022-01-01").And.Contain("2026-12-31");
    }

    [Fact]
    public void Skatt_endringsvedtak_counts_from_end_of_the_vedtak_year()
    {
        // Endringsvedtak made in 2023 (income year 2019): 5 years from the end of 2023 -> [2024-01-01, 2029-01-01),
        // last day 2028-12-31. Main rule from 2024-02-01 would end 2026-02-01: shorter.
        var svar = Beregn(Kravkategori.Skatt, D(2024, 2, 1), inntektsaar: 2019, endringsvedtakaar: 2023);
        svar.Til.Should().Be(D(2029, 1, 1));
        svar.SisteDag.Should().Be(D(2028, 12, 31));
        svar.Grunn.Should().Be("SKATT_5_AAR_FRA_ENDRINGSVEDTAK");
    }

    [Fact]
    public void Skatt_endringsvedtak_alone_is_enough()
    {
        Beregn(Kravkategori.Skatt, D(2024, 2, 1), endringsvedtakaar: 2023).Til.Should().Be(D(2029, 1, 1));
    }

    [Fact]
    public void Skatt_limit_ending_earlier_than_two_years_gives_the_main_rule()
    {
        // Restskatt 2021, decided 2025-06-01: tax limit ends 2027-01-01, main rule 2025-06-01 + 2 = 2027-06-01, later.
        // The tax rule is read as an extension (SPEC §7; Retningslinje pkt. 7.2 "inntil 5 år"), so 2 years apply.
        var svar = Beregn(Kravkategori.Skatt, D(2025, 6, 1), inntektsaar: 2021);
        svar.Til.Should().Be(D(2027, 6, 1));
        svar.SisteDag.Should().Be(D(2027, 5, 31));
        svar.Grunn.Should().Be("SKATT_ORDINAER_2_AAR_LENGST");
        svar.Kilde.Should().Contain("tvangsl. § 7-21").And.Contain("utvidelse");
    }

    [Fact]
    public void Skatt_limit_already_passed_at_beslutning_still_gives_two_years()
    {
        // Restskatt 2015: tax limit ended 2020-12-31. Decided 2025-06-01 -> main rule [2025-06-01, 2027-06-01).
        var svar = Beregn(Kravkategori.Skatt, D(2025, 6, 1), inntektsaar: 2015);
        svar.Til.Should().Be(D(2027, 6, 1));
        svar.Grunn.Should().Be("SKATT_ORDINAER_2_AAR_LENGST");
    }

    [Fact]
    public void Skatt_tie_between_tax_limit_and_main_rule_reports_the_main_rule()
    {
        // Income year 2021: tax end 2027-01-01. Decided 2025-01-01: main rule end 2027-01-01 as well.
        var svar = Beregn(Kravkategori.Skatt, D(2025, 1, 1), inntektsaar: 2021);
        svar.Til.Should().Be(D(2027, 1, 1));
        svar.Grunn.Should().Be("SKATT_ORDINAER_2_AAR_LENGST");
    }

    [Fact]
    public void Skatt_income_year_equal_to_beslutning_year_is_allowed()
    {
        // Forskuddsskatt for the running year 2025, decided 2025-09-01: [2026-01-01 + 5 years) -> 2031-01-01.
        Beregn(Kravkategori.Skatt, D(2025, 9, 1), inntektsaar: 2025).Til.Should().Be(D(2031, 1, 1));
    }

    [Fact]
    public void Skatt_forlengelse_gets_two_years_even_past_the_tax_limit()
    {
        // Retningslinje pkt. 7.2 last sentence of the tax paragraph: "Ved forlengelse av trekket gjelder imidlertid
        // 2 års fristen". Restskatt 2021 (tax limit last day 2026-12-31), extended 2026-12-15:
        // 2026-12-15 + 2 years = 2028-12-15, beyond the tax limit.
        var svar = Beregn(Kravkategori.Skatt, D(2026, 12, 15), inntektsaar: 2021, forlengelse: true);
        svar.Til.Should().Be(D(2028, 12, 15));
        svar.SisteDag.Should().Be(D(2028, 12, 14));
        svar.Grunn.Should().Be("SKATT_FORLENGELSE_2_AAR");
        svar.Kilde.Should().Contain("forlengelse");
    }

    [Fact]
    public void Skatt_forlengelse_needs_no_income_year()
    {
        Beregn(Kravkategori.Skatt, D(2025, 5, 5), forlengelse: true).Til.Should().Be(D(2027, 5, 5));
    }

    [Fact]
    public void Bidrag_has_no_limit()
    {
        var svar = Beregn(Kravkategori.Bidrag, D(2025, 3, 15));
        svar.Fra.Should().Be(D(2025, 3, 15));
        svar.Til.Should().BeNull();
        svar.SisteDag.Should().BeNull();
        svar.Grunn.Should().Be("BIDRAG_INGEN_GRENSE");
    }

    [Fact]
    public void Later_start_gets_only_the_rest_of_two_years_LG_2019_124144()
    {
        // Decided 2025-01-10, to start 2025-07-01 when another trekk ends: the end stays 2025-01-10 + 2 = 2027-01-10.
        var svar = Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2025, 7, 1));
        svar.Fra.Should().Be(D(2025, 7, 1));
        svar.Til.Should().Be(D(2027, 1, 10));
        svar.SisteDag.Should().Be(D(2027, 1, 9));
        svar.Grunn.Should().Be("START_SENERE_REST_AV_2_AAR");
        svar.Kilde.Should().Contain("LG-2019-124144").And.Contain("LG-2022-173461").And.Contain("tvangsl. § 7-21");
        svar.Forklaring.Should().Contain("ORDINAER_2_AAR");
    }

    [Fact]
    public void Start_on_the_beslutningsdato_is_not_a_later_start()
    {
        var svar = Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2025, 1, 10));
        svar.Grunn.Should().Be("ORDINAER_2_AAR");
        svar.Fra.Should().Be(D(2025, 1, 10));
    }

    [Fact]
    public void Start_on_the_last_day_leaves_one_day()
    {
        // Last day of [2025-01-10, 2027-01-10) is 2027-01-09.
        var svar = Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2027, 1, 9));
        svar.Fra.Should().Be(D(2027, 1, 9));
        svar.SisteDag.Should().Be(D(2027, 1, 9));
    }

    [Fact]
    public void Start_at_or_after_the_end_leaves_no_period_LG_2019_124144()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2027, 1, 10)));
        feil.Felt.Should().Be("start");
        feil.Verdi.Should().Be("2027-01-10");
        feil.Regel.Should().Be("START_ETTER_TREKKPERIODENS_SLUTT");
        feil.Melding.Should().Contain("2027-01-09").And.Contain("LG-2019-124144");

        EnFeil(() => Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2030, 1, 1)))
            .Regel.Should().Be("START_ETTER_TREKKPERIODENS_SLUTT");
    }

    [Fact]
    public void Later_start_for_bot_gets_the_rest_of_five_years()
    {
        var svar = Beregn(Kravkategori.Bot, D(2025, 1, 10), start: D(2026, 1, 1));
        svar.Fra.Should().Be(D(2026, 1, 1));
        svar.Til.Should().Be(D(2030, 1, 10));
        svar.Grunn.Should().Be("START_SENERE_REST_AV_5_AAR");
    }

    [Fact]
    public void Later_start_for_skatt_gets_the_rest_up_to_the_tax_limit()
    {
        // Restskatt 2021 (end 2027-01-01), decided 2022-09-01, to start 2024-01-01.
        var svar = Beregn(Kravkategori.Skatt, D(2022, 9, 1), inntektsaar: 2021, start: D(2024, 1, 1));
        svar.Fra.Should().Be(D(2024, 1, 1));
        svar.Til.Should().Be(D(2027, 1, 1));
        svar.Grunn.Should().Be("START_SENERE_REST_AV_SKATTEFRIST");
        svar.Kilde.Should().Contain("LG-2019-124144");

        // Start after the tax limit: no period left.
        EnFeil(() => Beregn(Kravkategori.Skatt, D(2022, 9, 1), inntektsaar: 2021, start: D(2027, 1, 1)))
            .Regel.Should().Be("START_ETTER_TREKKPERIODENS_SLUTT");
    }

    [Fact]
    public void Later_start_for_skatt_on_the_main_rule_gets_the_rest_of_two_years()
    {
        var svar = Beregn(Kravkategori.Skatt, D(2025, 6, 1), inntektsaar: 2015, start: D(2026, 1, 1));
        svar.Til.Should().Be(D(2027, 6, 1));
        svar.Grunn.Should().Be("START_SENERE_REST_AV_2_AAR");
    }

    [Fact]
    public void Later_start_for_bidrag_keeps_no_limit()
    {
        var svar = Beregn(Kravkategori.Bidrag, D(2025, 1, 10), start: D(2040, 1, 1));
        svar.Fra.Should().Be(D(2040, 1, 1));
        svar.Til.Should().BeNull();
        svar.Grunn.Should().Be("BIDRAG_INGEN_GRENSE");
    }

    [Fact]
    public void Skatt_without_income_year_or_endringsvedtak_is_refused()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Skatt, D(2025, 1, 10)));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("inntektsaar", (string?)null, "PAAKREVD"));
    }

    [Fact]
    public void Income_year_after_the_beslutning_year_is_refused()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Skatt, D(2025, 1, 10), inntektsaar: 2026));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("inntektsaar", "2026", "INNTEKTSAAR_ETTER_BESLUTNING"));
    }

    [Fact]
    public void Endringsvedtak_year_after_the_beslutning_year_is_refused()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Skatt, D(2025, 1, 10), endringsvedtakaar: 2026));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("endringsvedtakaar", "2026", "ENDRINGSVEDTAKAAR_ETTER_BESLUTNING"));
    }

    [Theory]
    [InlineData(2021, 2021)]
    [InlineData(2021, 2020)]
    public void Endringsvedtak_not_after_the_income_year_is_refused(int inntektsaar, int endringsvedtakaar)
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Skatt, D(2025, 1, 10), inntektsaar, endringsvedtakaar));
        (feil.Felt, feil.Regel).Should().Be(("endringsvedtakaar", "ENDRINGSVEDTAK_FOER_INNTEKTSAAR"));
    }

    [Fact]
    public void Income_year_1_is_a_year()
    {
        // The lower bound itself (the Stryker run of 2026-12-06 16:55 left `a < 1` → `a <= 1` alive).
        var handling = () => Beregn(Kravkategori.Skatt, D(2025, 1, 10), inntektsaar: 1);
        handling.Should().NotThrow();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Income_year_before_year_1_is_refused(int aar)
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Skatt, D(2025, 1, 10), inntektsaar: aar));
        (feil.Felt, feil.Regel).Should().Be(("inntektsaar", "UGYLDIG_AAR"));
    }

    [Theory]
    [InlineData(Kravkategori.Ordinaer)]
    [InlineData(Kravkategori.Bot)]
    [InlineData(Kravkategori.Bidrag)]
    public void Income_year_for_a_non_tax_kategori_is_refused(Kravkategori k)
    {
        var feil = EnFeil(() => Beregn(k, D(2025, 1, 10), inntektsaar: 2021));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("inntektsaar", "2021", "KUN_FOR_SKATT"));
        EnFeil(() => Beregn(k, D(2025, 1, 10), endringsvedtakaar: 2023))
            .Should().Match<Valideringsfeil>(f => f.Felt == "endringsvedtakaar" && f.Regel == "KUN_FOR_SKATT");
    }

    [Theory]
    [InlineData(Kravkategori.Ordinaer)]
    [InlineData(Kravkategori.Bot)]
    [InlineData(Kravkategori.Bidrag)]
    public void Forlengelse_for_a_non_tax_kategori_is_refused_Retningslinje_6_2(Kravkategori k)
    {
        var feil = EnFeil(() => Beregn(k, D(2025, 1, 10), forlengelse: true));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("forlengelse", "true", "FORLENGELSE_KUN_SKATT"));
    }

    [Fact]
    public void Start_before_the_beslutningsdato_is_refused()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Ordinaer, D(2025, 1, 10), start: D(2025, 1, 9)));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("start", "2025-01-09", "START_FOER_BESLUTNINGSDATO"));
    }

    [Fact]
    public void Beslutningsdato_beyond_supported_range_is_refused_not_crashed()
    {
        var feil = EnFeil(() => Beregn(Kravkategori.Bot, D(9998, 1, 1)));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("beslutningsdato", "9998-01-01", "UGYLDIG_DATO"));
    }

    [Fact]
    public void Unknown_kategori_is_refused()
    {
        var feil = EnFeil(() => Beregn((Kravkategori)42, D(2025, 1, 10)));
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("kategori", "42", "UKJENT_KATEGORI"));
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var act = () => Beregn(Kravkategori.Bot, D(2025, 1, 10), inntektsaar: 2021, forlengelse: true, start: D(2024, 1, 1));
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Select(f => f.Regel).Should()
            .BeEquivalentTo("KUN_FOR_SKATT", "FORLENGELSE_KUN_SKATT", "START_FOER_BESLUTNINGSDATO");
    }

    [Fact]
    public void Null_question_is_an_argument_error() =>
        FluentActions.Invoking(() => Trekkperiodeberegner.Beregn(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Every_rule_names_its_source_and_date()
    {
        var regler = new[]
        {
            Trekkperioderegler.Ordinaer2Aar, Trekkperioderegler.Bot5Aar, Trekkperioderegler.Skatt5Aar, Trekkperioderegler.SkattOrdinaer2AarLengst,
            Trekkperioderegler.SkattForlengelse2Aar, Trekkperioderegler.BidragIngenGrense, Trekkperioderegler.StartSenere,
            Trekkperioderegler.TidsprioritetVedForlengelse, Trekkperioderegler.RenterTidsprioritet,
            Trekkperioderegler.Gjeldsforhandling, Trekkperioderegler.SkyldnersKonkurs,
            Trekkperioderegler.TrekkpliktigesKonkurs, Trekkperioderegler.Foreldelse,
        };
        regler.Should().OnlyContain(r => r.Kilde.Contains("Retningslinje pkt.") && r.GyldigFra == new LocalDate(2020, 12, 16));
        regler.Select(r => r.Navn).Should().OnlyHaveUniqueItems();
    }
}
