using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Trekkberegning;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// The one-entry cache of <see cref="Dagsindeks.Finn(LocalDate, int)"/>: the segment it gives for a date is the one the
/// binary search gives, whichever date was looked up before, on one thread or on two threads sharing the index with
/// different dates at the same time; and neither a hit nor a miss allocates.
/// </summary>
public class DagsindeksCacheTests
{
    /// <summary>Dates in different segments of <see cref="TestSatser.Standard"/> (two livsopphold periods, a trekkgrense change, before every period).</summary>
    private static readonly LocalDate[] Datoer =
    [
        new(2024, 3, 1), new(2025, 3, 1), new(2024, 7, 1), new(2024, 6, 30), new(2022, 1, 1), new(2025, 3, 1), new(2025, 3, 2),
    ];

    [Fact]
    public void Each_date_gets_the_segment_of_the_binary_search_whatever_came_before()
    {
        var indeks = Ny().Dagsindeks;
        var fra = Tidsserie.Dagnummer(new LocalDate(2023, 1, 1));
        var til = Tidsserie.Dagnummer(new LocalDate(2026, 1, 1));
        var tilfeldig = new Random(2026_12_06);
        for (var i = 0; i < 5_000; i++)
        {
            // Runs of the same day (hits) mixed with jumps (misses), forwards and backwards.
            var dag = i % 3 == 0 ? tilfeldig.Next(fra, til) : fra + ((i / 3) % (til - fra));
            var dato = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));
            Unsafe.AreSame(in indeks.Finn(dato, Datonoekkel.Noekkel(dato)), in indeks.Finn(dag)).Should().BeTrue("day {0}", dato);
            Unsafe.AreSame(in indeks.Finn(dato, Datonoekkel.Noekkel(dato)), in indeks.Finn(dag)).Should().BeTrue("day {0}, again", dato);
        }
    }

    [Fact]
    public void The_first_allowed_day_whose_key_is_0_is_searched_on_a_fresh_index()
    {
        var indeks = Ny().Dagsindeks;
        var dato = new LocalDate(1, 1, 1);
        Datonoekkel.Noekkel(dato).Should().Be(0);
        Unsafe.AreSame(in indeks.Finn(dato, 0), in indeks.Finn(Tidsserie.Dagnummer(dato))).Should().BeTrue();
        indeks.Finn(dato, 0).Livsopphold(true, out _).Should().Be(-1);
    }

    [Fact]
    public void Two_threads_with_alternating_dates_each_get_their_own_dates_segment()
    {
        var indeks = Ny().Dagsindeks;
        var dager = Datoer.Select(Tidsserie.Dagnummer).ToArray();
        var feil = 0;
        var start = new Barrier(2);
        void Hamre(int forskyvning)
        {
            start.SignalAndWait();
            for (var i = 0; i < 400_000; i++)
            {
                var k = (i + forskyvning) % Datoer.Length;
                if (!Unsafe.AreSame(in indeks.Finn(Datoer[k], Datonoekkel.Noekkel(Datoer[k])), in indeks.Finn(dager[k])))
                {
                    Interlocked.Increment(ref feil);
                }
            }
        }

        ToTraader(Hamre, 0, 3);

        feil.Should().Be(0);
    }

    [Fact]
    public void Two_threads_computing_trekk_on_alternating_dates_get_the_single_threaded_results()
    {
        // Expected: each date alone, on an index of its own (one miss, then hits).
        var saker = Datoer.Where(d => d >= TestSatser.FoersteDag).Select(d => Saker.Spec12Husstand() with { Beregningsdato = d }).ToArray();
        var forventet = saker.Select(s => Trekkberegner.Beregn(s, Ny())).ToArray();
        forventet.Select(r => r.Livsopphold).Distinct().Should().HaveCountGreaterThan(1, "a mix-up of dates must show in the results");

        var satser = Ny();
        var feil = 0;
        var start = new Barrier(2);
        void Hamre(int forskyvning)
        {
            start.SignalAndWait();
            for (var i = 0; i < 100_000; i++)
            {
                var k = (i + forskyvning) % saker.Length;
                if (Trekkberegner.Beregn(saker[k], satser) != forventet[k])
                {
                    Interlocked.Increment(ref feil);
                }
            }
        }

        ToTraader(Hamre, 0, 1);

        feil.Should().Be(0);
    }

    [Fact]
    public void Neither_a_hit_nor_a_miss_allocates()
    {
        var satser = Ny();
        var saker = new[] { Saker.Spec12Husstand(), Saker.Spec12Husstand() with { Beregningsdato = new LocalDate(2024, 3, 1) } };
        var sum = 0L;
        for (var i = 0; i < 2_000; i++)
        {
            sum += Trekkberegner.Beregn(saker[(i / 2) % 2], satser).TrekkPerMaaned.Oere;
        }

        // Every other call changes the date (a miss), the others repeat it (a hit).
        Allokering.Minst(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                sum += Trekkberegner.Beregn(saker[(i / 2) % 2], satser).TrekkPerMaaned.Oere;
            }
        }).Should().Be(0);
        sum.Should().BePositive();
    }

    /// <summary>A fresh copy of the test satser, so each test starts with an empty cache.</summary>
    private static Satsgrunnlag Ny()
    {
        var s = TestSatser.Standard;
        return new Satsgrunnlag(s.Versjon, s.Tabellversjoner, s.Livsopphold, s.Samvaer, s.Forsinkelsesrente, s.Rettsgebyr, s.Trekkgrenser);
    }

    /// <summary>Runs <paramref name="hamre"/> on two threads at once, with the two offsets, and waits for both.</summary>
    private static void ToTraader(Action<int> hamre, int forskyvningA, int forskyvningB)
    {
        var traader = new[] { new Thread(() => hamre(forskyvningA)), new Thread(() => hamre(forskyvningB)) };
        foreach (var t in traader)
        {
            t.Start();
        }

        foreach (var t in traader)
        {
            t.Join();
        }
    }
}
