using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// The bounds <see cref="TrekkgrenserTabell.Lag"/> enforces on a table built in code (Retningslinje pkt. 5.4: the
/// engine never exceeds 80 %). None of the refused figures is a legal one; they only probe the guard.
/// </summary>
public class TrekkgrenserTabellTests
{
    [Theory]
    [InlineData(60, 95, 20, 20, 20)] // ceiling above 80 % would let the engine exceed 80 %
    [InlineData(60, 100, 20, 20, 20)] // a 100 % ceiling would allow the whole net income
    [InlineData(81, 80, 20, 20, 20)] // normal ceiling above 80 % (and above the maximum)
    [InlineData(70, 65, 20, 20, 20)] // normal above maximum
    [InlineData(-1, 80, 20, 20, 20)]
    [InlineData(60, 80, 101, 20, 20)] // næring above 100 %
    [InlineData(60, 80, 20, 150, 20)] // a 150 % cut would make a child's rate negative
    [InlineData(60, 80, 20, 20, 150)]
    [InlineData(60, 80, 20, -5, 20)]
    public void Out_of_bounds_tables_are_refused(int takNormal, int takMaks, int naering, int reduksjon, int reduksjonSamvaer) =>
        FluentActions.Invoking(() => TestSatser.Lag(takNormal, takMaks, naering, reduksjon, reduksjonSamvaer))
            .Should().Throw<ArgumentException>();

    [Theory]
    [InlineData(60, 80, 20, 20, 20)]
    [InlineData(80, 80, 100, 100, 0)] // the bounds themselves are allowed
    [InlineData(0, 0, 0, 0, 0)]
    public void Tables_within_the_bounds_are_accepted(int takNormal, int takMaks, int naering, int reduksjon, int reduksjonSamvaer) =>
        FluentActions.Invoking(() => TestSatser.Lag(takNormal, takMaks, naering, reduksjon, reduksjonSamvaer))
            .Should().NotThrow();

    [Fact]
    public void Normal_above_maximum_is_refused_only_where_the_periods_overlap()
    {
        var a = new LocalDate(2020, 12, 16);
        var b = new LocalDate(2026, 1, 1);
        Periodeverdi<Prosentverdi> P(LocalDate fra, LocalDate? til, int prosent) =>
            new(fra, til, new Prosentverdi(Prosent.FraHeleProsent(prosent), "test"));
        Dictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>> Tabell(IReadOnlyList<Periodeverdi<Prosentverdi>> normal, IReadOnlyList<Periodeverdi<Prosentverdi>> maks) => new()
        {
            [Trekkgrense.TakNormal] = normal,
            [Trekkgrense.TakMaks] = maks,
            [Trekkgrense.NaeringSkjematisk] = [P(a, null, 20)],
            [Trekkgrense.ReduksjonFraFjerdePerson] = [P(a, null, 20)],
            [Trekkgrense.ReduksjonSamvaerFraTredjeBarn] = [P(a, null, 20)],
        };

        // Normal 70 until 2025-12-31, then 60; maximum 65 from 2026: they never meet with normal > maximum.
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(Tabell([P(a, b, 70), P(b, null, 60)], [P(b, null, 65)])))
            .Should().NotThrow();

        // A year apart either way: normal 70 ends a year before maximum 65 starts, or starts a year after it ends.
        var c = new LocalDate(2027, 1, 1);
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(Tabell([P(a, b, 70)], [P(c, null, 65)])))
            .Should().NotThrow();
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(Tabell([P(c, null, 70)], [P(a, b, 65), P(b, null, 80)])))
            .Should().NotThrow();

        // Maximum 80 until 2025-12-31, then 55, while normal stays 60: refused.
        FluentActions.Invoking(() => TrekkgrenserTabell.Lag(Tabell([P(a, null, 60)], [P(a, b, 80), P(b, null, 55)])))
            .Should().Throw<ArgumentException>().WithMessage("*tak_normal*tak_maks*");
    }

    [Fact]
    public void The_combined_index_gives_each_parameter_the_value_of_its_own_series_on_every_day()
    {
        // Staggered periods with gaps and different ends, so the combined segments differ from every single series.
        Periodeverdi<Prosentverdi> P(LocalDate fra, LocalDate? til, int prosent) =>
            new(fra, til, new Prosentverdi(Prosent.FraHeleProsent(prosent), "test"));
        var d = (int aar, int maaned, int dag) => new LocalDate(aar, maaned, dag);
        var tabell = TrekkgrenserTabell.Lag(new Dictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>>
        {
            [Trekkgrense.TakNormal] = [P(d(2021, 1, 1), d(2022, 3, 1), 50), P(d(2022, 3, 1), null, 60)],
            [Trekkgrense.TakMaks] = [P(d(2020, 12, 16), d(2021, 7, 1), 70), P(d(2021, 9, 1), null, 80)], // gap in Jul–Aug 2021
            [Trekkgrense.NaeringSkjematisk] = [P(d(2021, 2, 15), d(2023, 1, 1), 20)], // closed: none after 2022
            [Trekkgrense.ReduksjonFraFjerdePerson] = [P(d(2014, 7, 1), null, 20)],
            [Trekkgrense.ReduksjonSamvaerFraTredjeBarn] = [P(d(2021, 6, 30), d(2021, 7, 1), 10), P(d(2021, 7, 1), null, 20)],
        });

        for (var dato = d(2014, 6, 25); dato < d(2023, 2, 1); dato = dato.PlusDays(1))
        {
            var segment = tabell.FinnSegment(Tidsserie.Dagnummer(dato));
            foreach (var grense in Enum.GetValues<Trekkgrense>())
            {
                var kjent = tabell.TryFinn(grense, dato, out var forventet);
                tabell.TryFinn(segment, grense, out var prosent).Should().Be(kjent, $"{grense} on {dato}");
                if (kjent)
                {
                    prosent.Should().Be(forventet.Prosent, $"{grense} on {dato}");
                }
            }
        }
    }
}
