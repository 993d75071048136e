using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// <see cref="Tidsserie.Dagnummer"/> counts the day number from year, month and day; it must give exactly
/// <see cref="DateOnly.DayNumber"/>, the definition it replaced.
/// </summary>
public class DagnummerTests
{
    [Theory]
    [InlineData(1)] // the first year: day 0 is 0001-01-01
    [InlineData(4)] // the first leap year
    [InlineData(100)] // divisible by 100: not a leap year
    [InlineData(400)] // divisible by 400: a leap year
    [InlineData(1600)]
    [InlineData(1900)]
    [InlineData(2000)]
    [InlineData(2024)]
    [InlineData(2100)]
    [InlineData(9999)] // the last year
    public void Every_day_of_the_year_and_the_year_before_agrees_with_DateOnly(int aar)
    {
        for (var dato = new LocalDate(Math.Max(1, aar - 1), 1, 1); dato.Year <= aar; dato = dato.PlusDays(1))
        {
            Tidsserie.Dagnummer(dato).Should().Be(dato.ToDateOnly().DayNumber, dato.ToString());
            if (dato == new LocalDate(9999, 12, 31))
            {
                break;
            }
        }
    }

    [Property(MaxTest = 2000)]
    public Property Random_days_of_years_1_to_9999_agree_with_DateOnly() =>
        Prop.ForAll(
            Gen.Choose(0, DateOnly.MaxValue.DayNumber).ToArbitrary(),
            dag =>
            {
                var dato = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));
                return Tidsserie.Dagnummer(dato) == dag;
            });

    [Fact]
    public void A_date_of_another_calendar_takes_the_DateOnly_path()
    {
        var julian = new LocalDate(2024, 2, 29, CalendarSystem.Julian);

        Tidsserie.Dagnummer(julian).Should().Be(julian.ToDateOnly().DayNumber);
    }
}
