using NodaTime;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Tests.Satser;

public class TidsserieTests
{
    private static readonly Tidsserie Serie = Tidsserie.Lag(
        [new LocalDate(2020, 7, 1), new LocalDate(2023, 7, 1)],
        [new LocalDate(2021, 7, 1), new LocalDate(2024, 7, 1)]);

    [Fact]
    public void Finds_the_period_containing_the_date_with_half_open_ends()
    {
        Serie.Finn(new LocalDate(2020, 7, 1), false, out var s1).Should().Be(0);
        s1.Should().Be(SatsStatus.Kjent);
        Serie.Finn(new LocalDate(2021, 6, 30), false, out _).Should().Be(0);
        Serie.Finn(new LocalDate(2024, 6, 30), false, out _).Should().Be(1);
    }

    [Fact]
    public void A_gap_stays_a_gap()
    {
        Serie.Finn(new LocalDate(2021, 7, 1), true, out var status).Should().Be(-1);
        status.Should().Be(SatsStatus.Mangler);
        Serie.Finn(new LocalDate(2019, 1, 1), true, out status).Should().Be(-1);
        status.Should().Be(SatsStatus.Mangler);
    }

    [Fact]
    public void After_the_last_known_day_only_an_explicit_choice_carries_the_rate_forward()
    {
        Serie.SistKjenteDag.Should().Be(new LocalDate(2024, 6, 30));
        Serie.Finn(new LocalDate(2024, 7, 1), false, out var status).Should().Be(-1);
        status.Should().Be(SatsStatus.Mangler);
        Serie.Finn(new LocalDate(2024, 7, 1), true, out status).Should().Be(1);
        status.Should().Be(SatsStatus.Antatt);
    }

    [Fact]
    public void Refuses_overlapping_periods() =>
        FluentActions.Invoking(() => Tidsserie.Lag(
                [new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 1)],
                [new LocalDate(2020, 7, 1), null]))
            .Should().Throw<ArgumentException>().WithMessage("*overlaps*");

    [Fact]
    public void Lookup_allocates_nothing()
    {
        var dag = Tidsserie.Dagnummer(new LocalDate(2024, 1, 1));
        Serie.Finn(dag, false, out _);
        var foer = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Serie.Finn(dag + i, true, out _);
        }

        (GC.GetAllocatedBytesForCurrentThread() - foer).Should().Be(0);
    }
}
