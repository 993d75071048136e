using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Livsopphold;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// The integer date keys of the one-call hot path (<see cref="Datonoekkel"/>): NodaTime's packed date is read directly
/// on this NodaTime (and equals the value computed from the properties), and every answer drawn from the packed values —
/// allowed date, not after the beregningsdato, order, whole years — is the answer of the date-based code
/// (<see cref="Datogrense.ErGyldig"/>, NodaTime's comparison, <see cref="Alder.HeleAar(LocalDate, LocalDate)"/>).
/// </summary>
public class DatonoekkelTests
{
    private static readonly CalendarSystem[] Kalendere = [CalendarSystem.Iso, CalendarSystem.Julian, CalendarSystem.Gregorian, CalendarSystem.Coptic];

    [Fact]
    public void The_packed_value_is_read_directly_on_this_NodaTime()
    {
        Datonoekkel.Lest.Should().BeTrue("NodaTime 3 stores a LocalDate as one packed int; otherwise the hot path computes it (same results, slower)");
    }

    [Fact]
    public void Read_and_computed_packed_values_agree_and_answer_like_the_dates()
    {
        var tilfeldig = new Random(2026_12_06);
        for (var i = 0; i < 100_000; i++)
        {
            var dato = Tilfeldig(tilfeldig, CalendarSystem.Iso);
            var annen = Tilfeldig(tilfeldig, Kalendere[tilfeldig.Next(Kalendere.Length)]);
            var pakket = Datonoekkel.Pakk(dato);
            pakket.Should().Be(Datonoekkel.Regn(dato), $"{dato}");
            Datonoekkel.ErGyldig(pakket).Should().Be(Datogrense.ErGyldig(dato), $"{dato}");
            Datonoekkel.ErGyldig(Datonoekkel.Pakk(annen)).Should().Be(Datogrense.ErGyldig(annen), $"{annen}");
            Datonoekkel.ErGyldig(Datonoekkel.Regn(annen)).Should().Be(Datogrense.ErGyldig(annen), $"{annen}, computed");
            if (!Datogrense.ErGyldig(dato))
            {
                continue;
            }

            // Allowed and not after an allowed date, and the order of two allowed dates.
            var forventet = Datogrense.ErGyldig(annen) && annen <= dato.WithCalendar(annen.Calendar);
            Datonoekkel.GyldigOgIkkeEtter(Datonoekkel.Pakk(annen), pakket).Should().Be(forventet, $"{annen} against {dato}");
            var iso = Tilfeldig(tilfeldig, CalendarSystem.Iso);
            if (Datogrense.ErGyldig(iso))
            {
                Math.Sign(Datonoekkel.Noekkel(iso).CompareTo(Datonoekkel.Noekkel(dato))).Should().Be(Math.Sign(iso.CompareTo(dato)), $"{iso} against {dato}");
                Datonoekkel.HeleAar(Datonoekkel.Noekkel(iso), Datonoekkel.Aldersnoekkel(dato)).Should().Be(Alder.HeleAar(iso, dato), $"born {iso}, on {dato}");
            }
        }
    }

    [Fact]
    public void Whole_years_from_keys_equal_whole_years_from_dates_on_every_pair_of_days_around_leap_days_and_centuries()
    {
        // Every day of birth and every date within two and three years from 1 January of leap and non-leap century
        // years and the ends of the allowed range, the date also before the birth (negative ages).
        foreach (var aar in new[] { 1, 4, 1900, 2000, 2024, 2025, 2100, 9996 })
        {
            var fra = new LocalDate(aar, 1, 1);
            for (var f = fra; f < fra.PlusYears(2); f = f.PlusDays(1))
            {
                for (var d = fra; d < fra.PlusYears(3); d = d.PlusDays(1))
                {
                    var forventet = Alder.HeleAar(f, d);
                    if (Datonoekkel.HeleAar(Datonoekkel.Noekkel(f), Datonoekkel.Aldersnoekkel(d)) != forventet)
                    {
                        Datonoekkel.HeleAar(Datonoekkel.Noekkel(f), Datonoekkel.Aldersnoekkel(d)).Should().Be(forventet, $"born {f}, on {d}");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(1896, 1900, 4)] // 1900 is no leap year: the birthday of one born on 29 February is 28 February
    [InlineData(2096, 2100, 4)] // nor is 2100
    [InlineData(1996, 2000, 3)] // 2000 is (divisible by 400): the birthday is 29 February, not yet reached on the 28th
    [InlineData(2020, 2023, 3)] // an ordinary year that is not a leap year
    public void One_born_on_29_February_is_a_year_older_on_28_February_only_when_the_year_has_no_29_February(int foedt, int aar, int alder)
    {
        var foedselsdato = new LocalDate(foedt, 2, 29);
        var dato = new LocalDate(aar, 2, 28);

        Alder.HeleAar(foedselsdato, dato).Should().Be(alder, "the date-based rule");
        Datonoekkel.HeleAar(Datonoekkel.Noekkel(foedselsdato), Datonoekkel.Aldersnoekkel(dato)).Should().Be(alder);
        Datonoekkel.HeleAar(Datonoekkel.Noekkel(foedselsdato), Datonoekkel.Aldersnoekkel(dato.PlusDays(-1))).Should().Be(Alder.HeleAar(foedselsdato, dato.PlusDays(-1)), "the day before");
    }

    [Fact]
    public void The_first_allowed_day_packs_to_zero_and_is_allowed()
    {
        var foerste = new LocalDate(1, 1, 1);
        Datonoekkel.Pakk(foerste).Should().Be(0);
        Datonoekkel.ErGyldig(Datonoekkel.Pakk(foerste)).Should().BeTrue();
        Datonoekkel.ErGyldig(Datonoekkel.Pakk(foerste.PlusDays(-1))).Should().BeFalse("31 December of year 0");
        Datonoekkel.Noekkel(foerste).Should().Be(0);
    }

    [Fact]
    public void Aldersnoekkel_does_not_throw_for_dates_the_input_check_refuses()
    {
        // It runs before the check: 28 February of year 0 and of a Julian year must not throw.
        var act = () => Datonoekkel.Aldersnoekkel(new LocalDate(0, 2, 28)) + Datonoekkel.Aldersnoekkel(new LocalDate(-100, 2, 28)) + Datonoekkel.Aldersnoekkel(new LocalDate(2025, 2, 28, CalendarSystem.Julian));
        act.Should().NotThrow();
    }

    /// <summary>A random date of years −9 998 to 9 999 (ISO's range) in <paramref name="kalender"/>, within that calendar's range.</summary>
    private static LocalDate Tilfeldig(Random t, CalendarSystem kalender)
    {
        var aar = Math.Clamp(t.Next(-9_998, 10_000), kalender.MinYear, kalender.MaxYear - 1);
        var dato = new LocalDate(aar, 1, 1, kalender);
        return dato.PlusDays(t.Next(0, 365));
    }
}
