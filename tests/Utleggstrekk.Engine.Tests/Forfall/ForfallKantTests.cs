using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Forfall;

namespace Utleggstrekk.Tests.Forfall;

/// <summary>
/// The edges the Stryker run of 2026-12-06 (14:39, 88.5 %) found untested in <see cref="Forfallsberegner"/> and
/// <see cref="Helligdager"/>: the range's bounds with their texts, the notes word for word, the Easter rule's years —
/// and a fault it led to: a term in a year before 1583 asked the holiday calendar for a year it does not cover and
/// ended in an <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public class ForfallKantTests
{
    private const string Grunn = "Trekket i terminen (to kalendermåneder) forfaller med forskuddstrekket.";

    private static Valideringsfeil Avvist(YearMonth fra, YearMonth til, bool skattetrekkskonto)
    {
        var handling = () => Forfallsberegner.Terminer(fra, til, skattetrekkskonto);
        return handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Subject;
    }

    [Fact]
    public void One_month_is_a_range_and_a_month_before_it_is_refused_with_both_months()
    {
        Forfallsberegner.Terminer(new YearMonth(2025, 5), new YearMonth(2025, 5), skattetrekkskonto: false).Should().ContainSingle();
        Avvist(new YearMonth(2025, 5), new YearMonth(2025, 4), skattetrekkskonto: false)
            .Should().Be(new Valideringsfeil("til", "2025-04", "UGYLDIG_PERIODE", "Til-måneden kan ikke være før fra-måneden 2025-05."));
    }

    [Fact]
    public void The_longest_range_is_accepted_and_one_month_more_is_refused_with_the_limit()
    {
        var fra = new YearMonth(2026, 1);
        Forfallsberegner.Terminer(fra, fra.PlusMonths(Forfallsberegner.MaksMaaneder - 1), skattetrekkskonto: false)
            .Should().HaveCount(Forfallsberegner.MaksMaaneder);
        Avvist(fra, fra.PlusMonths(Forfallsberegner.MaksMaaneder), skattetrekkskonto: false)
            .Should().Be(new Valideringsfeil("til", "2126-01", "FOR_LANG_PERIODE", "Høyst 1200 måneder om gangen."));
    }

    [Fact]
    public void A_due_date_on_a_working_day_has_the_plain_note()
    {
        // March–April 2025: due Thursday 15 May 2025.
        var t = Forfallsberegner.Terminer(new YearMonth(2025, 3), new YearMonth(2025, 4), skattetrekkskonto: true).Single();
        t.Forfall.Should().Be(new LocalDate(2025, 5, 15));
        t.Betalingsfrist.Should().Be(t.Forfall);
        t.Merknad.Should().Be(Grunn);
    }

    [Fact]
    public void A_moved_due_date_names_each_day_passed_over_and_the_new_date()
    {
        // January–February 2025: due Saturday 15 March 2025; Sunday 16th; paid Monday 17 March.
        var t = Forfallsberegner.Terminer(new YearMonth(2025, 1), new YearMonth(2025, 2), skattetrekkskonto: true).Single();
        t.Betalingsfrist.Should().Be(new LocalDate(2025, 3, 17));
        t.Merknad.Should().Be(Grunn + " 2025-03-15 er lørdag, 2025-03-16 er søndag, så fristen utskytes til første virkedag 2025-03-17 (sktbl. § 10-2).");
    }

    [Fact]
    public void A_holiday_on_the_15th_moves_the_date_to_the_next_working_day()
    {
        // Easter Sunday 2042 is 6 April, so Kristi himmelfartsdag (+39 days) is Thursday 15 May 2042.
        Helligdager.Paaskedag(2042).Should().Be(new LocalDate(2042, 4, 6));
        Helligdager.Navn(new LocalDate(2042, 5, 15)).Should().Be("Kristi himmelfartsdag");
        Helligdager.FoersteVirkedagFraOgMed(new LocalDate(2042, 5, 15)).Should().Be(new LocalDate(2042, 5, 16));
    }

    [Fact]
    public void Terms_with_skattetrekkskonto_start_in_2009_when_the_rules_apply()
    {
        Forfallsberegner.Terminer(new YearMonth(2009, 1), new YearMonth(2009, 2), skattetrekkskonto: true).Single().Forfall
            .Should().Be(new LocalDate(2009, 3, 15));
        Avvist(new YearMonth(2008, 12), new YearMonth(2009, 2), skattetrekkskonto: true).Should().Be(new Valideringsfeil(
            "fra", "2008-12", "UGYLDIG_PERIODE", "Med skattetrekkskonto regnes terminene fra 2009-01: skattebetalingslovens regler gjelder fra 1. januar 2009."));

        // Before: an ArgumentOutOfRangeException from the Easter rule for year 1500.
        Avvist(new YearMonth(1500, 3), new YearMonth(1500, 4), skattetrekkskonto: true).Felt.Should().Be("fra");
        Avvist(new YearMonth(1, 1), new YearMonth(1, 2), skattetrekkskonto: true).Verdi.Should().Be("0001-01");

        // Without the flag no date is computed, so any month is fine.
        Forfallsberegner.Terminer(new YearMonth(1500, 3), new YearMonth(1500, 4), skattetrekkskonto: false).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    public void The_easter_rule_refuses_years_outside_1583_to_9999(int aar)
    {
        var handling = () => Helligdager.Paaskedag(aar);
        handling.Should().Throw<ArgumentOutOfRangeException>().Which.Should().Match<ArgumentOutOfRangeException>(e =>
            e.ParamName == "aar" && Equals(e.ActualValue, aar) && e.Message.StartsWith("The Gregorian Easter rule applies to years 1583–9999.", StringComparison.Ordinal));
    }

    [Fact]
    public void Outside_march_to_june_no_easter_is_needed_so_any_year_has_its_fixed_holidays()
    {
        Helligdager.Navn(new LocalDate(1500, 1, 1)).Should().Be("nyttårsdag");
        Helligdager.Navn(new LocalDate(1500, 12, 25)).Should().Be("1. juledag");
        Helligdager.Navn(new LocalDate(1500, 7, 2)).Should().Be(new LocalDate(1500, 7, 2).DayOfWeek == IsoDayOfWeek.Sunday ? "søndag" : null);
        Helligdager.ErVirkedag(new LocalDate(1, 2, 1)).Should().Be(new LocalDate(1, 2, 1).DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }
}
