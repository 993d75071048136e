using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Forfall;
using Utleggstrekk.Reference.Forfall;

namespace Utleggstrekk.Tests.Forfall;

public class ForfallTests
{
    [Theory]
    [InlineData(1818, 3, 22)] // the earliest possible date
    [InlineData(1943, 4, 25)] // the latest possible date
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2021, 4, 4)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_is_computed(int aar, int maaned, int dag)
    {
        Helligdager.Paaskedag(aar).Should().Be(new LocalDate(aar, maaned, dag));
    }

    [Fact]
    public void Easter_agrees_with_gauss_formula_in_every_gregorian_year()
    {
        for (var aar = 1583; aar <= 9999; aar++)
        {
            Helligdager.Paaskedag(aar).Should().Be(ReferanseForfall.Paaskedag(aar), aar.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("2025-01-01", "nyttårsdag")]
    [InlineData("2025-04-17", "skjærtorsdag")]
    [InlineData("2025-04-18", "langfredag")]
    [InlineData("2025-04-20", "påskedag")]
    [InlineData("2025-04-21", "2. påskedag")]
    [InlineData("2025-05-01", "1. mai (lovfestet høytidsdag)")]
    [InlineData("2025-05-17", "17. mai (lovfestet høytidsdag)")]
    [InlineData("2025-05-29", "Kristi himmelfartsdag")]
    [InlineData("2025-06-08", "pinsedag")]
    [InlineData("2025-06-09", "2. pinsedag")]
    [InlineData("2025-12-25", "1. juledag")]
    [InlineData("2025-12-26", "2. juledag")]
    [InlineData("2025-03-16", "søndag")]
    public void The_holidays_of_2025_are_named(string dato, string navn)
    {
        Helligdager.Navn(Dato(dato)).Should().Be(navn);
        Helligdager.ErVirkedag(Dato(dato)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2025-03-15")] // a Saturday: not a holiday, but not a working day
    [InlineData("2025-12-24")] // julaften is no statutory holiday
    [InlineData("2025-12-31")]
    public void Saturdays_and_the_eves_are_no_holidays(string dato)
    {
        Helligdager.Navn(Dato(dato)).Should().BeNull();
    }

    [Property(MaxTest = 2_000)]
    public Property Working_days_agree_with_the_reference() => Prop.ForAll(
        Gen.Choose(0, 365 * 400).Select(d => new LocalDate(1900, 1, 1).PlusDays(d)).ToArbitrary(),
        d => Helligdager.ErVirkedag(d) == ReferanseForfall.ErVirkedag(d)
            && ReferanseForfall.ErVirkedag(Helligdager.FoersteVirkedagFraOgMed(d))
            && (Helligdager.ErVirkedag(d) == (Helligdager.FoersteVirkedagFraOgMed(d) == d)));

    [Fact]
    public void Hand_worked_2025_terms_with_skattetrekkskonto()
    {
        // 15 March and 15 November 2025 are Saturdays: the frist moves to Monday 17 (sktbl. § 10-2).
        var t = Forfallsberegner.Terminer(new YearMonth(2025, 1), new YearMonth(2025, 12), skattetrekkskonto: true);
        t.Select(x => (x.TrukketFra.Month, x.TrukketTil.Month)).Should().Equal((1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12));
        t.Select(x => x.Forfall).Should().Equal(Dato("2025-03-15"), Dato("2025-05-15"), Dato("2025-07-15"), Dato("2025-09-15"), Dato("2025-11-15"), Dato("2026-01-15"));
        t.Select(x => x.Betalingsfrist).Should().Equal(Dato("2025-03-17"), Dato("2025-05-15"), Dato("2025-07-15"), Dato("2025-09-15"), Dato("2025-11-17"), Dato("2026-01-15"));
        t[0].Merknad.Should().Contain("lørdag").And.Contain("§ 10-2");
        t.Should().OnlyContain(x => x.Kilde.Contains("§ 14-5 annet ledd", StringComparison.Ordinal));
    }

    [Fact]
    public void A_saturday_before_the_17th_of_may_moves_the_frist_two_more_days()
    {
        // 15 May 2021 is a Saturday, 16 a Sunday, 17 Grunnlovsdag (lovfestet høytidsdag): first working day 18 May.
        var t = Forfallsberegner.Terminer(new YearMonth(2021, 3), new YearMonth(2021, 4), skattetrekkskonto: true).Single();
        t.Forfall.Should().Be(Dato("2021-05-15"));
        t.Betalingsfrist.Should().Be(Dato("2021-05-18"));
        t.Merknad.Should().Contain("17. mai");
    }

    [Fact]
    public void A_range_starting_in_the_second_month_of_a_term_gives_that_month_alone()
    {
        var t = Forfallsberegner.Terminer(new YearMonth(2024, 2), new YearMonth(2024, 3), skattetrekkskonto: true);
        t.Select(x => (x.TrukketFra, x.TrukketTil, x.Forfall)).Should().Equal(
            (new YearMonth(2024, 2), new YearMonth(2024, 2), Dato("2024-03-15")),
            (new YearMonth(2024, 3), new YearMonth(2024, 3), Dato("2024-05-15")));
    }

    [Fact]
    public void From_2026_the_terms_are_monthly_without_a_fixed_date_because_the_skattetrekkskonto_was_abolished()
    {
        var t = Forfallsberegner.Terminer(new YearMonth(2025, 11), new YearMonth(2026, 2), skattetrekkskonto: true);
        t.Should().HaveCount(3);
        t[0].Forfall.Should().Be(Dato("2026-01-15"));
        t.Skip(1).Should().OnlyContain(x => x.Forfall == null && x.Betalingsfrist == null && x.TrukketFra == x.TrukketTil && x.Merknad.Contains("avviklet", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_skattetrekkskonto_the_pålegg_decides_one_term_per_month()
    {
        var t = Forfallsberegner.Terminer(new YearMonth(2024, 11), new YearMonth(2025, 2), skattetrekkskonto: false);
        t.Should().HaveCount(4).And.OnlyContain(x => x.Forfall == null && x.Betalingsfrist == null && x.Merknad.Contains("trekkpålegget", StringComparison.Ordinal));
        t.Select(x => x.TrukketFra).Should().Equal(new YearMonth(2024, 11), new YearMonth(2024, 12), new YearMonth(2025, 1), new YearMonth(2025, 2));
    }

    [Fact]
    public void A_reversed_or_too_long_range_is_refused_naming_til()
    {
        var baklengs = () => Forfallsberegner.Terminer(new YearMonth(2025, 3), new YearMonth(2025, 2), true);
        baklengs.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Should().Match<Valideringsfeil>(f => f.Felt == "til" && f.Regel == "UGYLDIG_PERIODE");
        var lang = () => Forfallsberegner.Terminer(new YearMonth(1900, 1), new YearMonth(2001, 1), false);
        lang.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Regel.Should().Be("FOR_LANG_PERIODE");
    }

    private static LocalDate Dato(string tekst) => NodaTime.Text.LocalDatePattern.Iso.Parse(tekst).Value;
}
