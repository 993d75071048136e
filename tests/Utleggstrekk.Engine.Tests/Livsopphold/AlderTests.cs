using NodaTime;
using Utleggstrekk.Engine.Livsopphold;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Livsopphold;

public class AlderTests
{
    [Theory]
    [InlineData("2019-03-01", "2025-02-28", 5)] // the day before the 6th birthday
    [InlineData("2019-03-01", "2025-03-01", 6)] // on the birthday
    [InlineData("2025-03-01", "2025-03-01", 0)] // born on the beregningsdato
    [InlineData("2007-03-02", "2025-03-01", 17)]
    [InlineData("2007-03-01", "2025-03-01", 18)]
    [InlineData("2020-02-29", "2024-02-28", 3)] // leap year: the birthday is 29 February
    [InlineData("2020-02-29", "2024-02-29", 4)]
    [InlineData("2020-02-29", "2025-02-27", 4)]
    [InlineData("2020-02-29", "2025-02-28", 5)] // non-leap year: a year older on 28 February (NodaTime's convention)
    public void Whole_years_on_the_date(string foedt, string dato, int alder) =>
        Alder.HeleAar(D(foedt), D(dato))
            .Should().Be(alder);

    [Fact]
    public void Agrees_with_NodaTime_Period_Between_on_every_day_of_a_leap_cycle()
    {
        // Every pair (birth date in 2016–2020, date in 2016–2024, date ≥ birth) sampled on a 7/11-day grid.
        for (var f = new LocalDate(2016, 1, 1); f < new LocalDate(2021, 1, 1); f = f.PlusDays(7))
        {
            for (var d = f; d < new LocalDate(2025, 1, 1); d = d.PlusDays(11))
            {
                Alder.HeleAar(f, d).Should().Be(Period.Between(f, d, PeriodUnits.Years).Years, $"born {f}, on {d}");
            }
        }

        var skuddaarsbarn = new LocalDate(2016, 2, 29);
        for (var d = skuddaarsbarn; d < new LocalDate(2025, 1, 1); d = d.PlusDays(1))
        {
            Alder.HeleAar(skuddaarsbarn, d).Should().Be(Period.Between(skuddaarsbarn, d, PeriodUnits.Years).Years, $"on {d}");
        }
    }
    [Fact]
    public void The_date_key_orders_dates_as_the_calendar_does_and_is_its_formula()
    {
        var rng = new Random(20261206);
        for (var n = 0; n < 20_000; n++)
        {
            var a = new LocalDate(1, 1, 1).PlusDays(rng.Next(3_652_059));
            var b = rng.Next(4) == 0 ? a.PlusDays(rng.Next(-40, 41)) : new LocalDate(1, 1, 1).PlusDays(rng.Next(3_652_059));
            Math.Sign(Alder.Noekkel(a).CompareTo(Alder.Noekkel(b))).Should().Be(Math.Sign(a.CompareTo(b)), "{0} against {1}", a, b);
        }

        Alder.Noekkel(new LocalDate(2024, 2, 29)).Should().Be((2024 * 512) + (2 * 32) + 29);
        Alder.Noekkel(new LocalDate(2024, 3, 1)).Should().BeGreaterThan(Alder.Noekkel(new LocalDate(2024, 2, 29)));
        Alder.Noekkel(new LocalDate(2024, 1, 31)).Should().BeLessThan(Alder.Noekkel(new LocalDate(2024, 2, 1)));
    }
}
