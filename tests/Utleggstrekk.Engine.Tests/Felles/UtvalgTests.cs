using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

public class UtvalgTests
{
    /// <summary>Keys: mostly from a few values (ties are the rule), sometimes any long, including the extremes.</summary>
    private static Gen<long[]> Noekler() =>
        Gen.OneOf(
                Gen.Choose(0, 5).Select(x => (long)x),
                Gen.Choose(-3, 3).Select(x => x * (long.MaxValue / 3)),
                Gen.Elements(long.MinValue, long.MaxValue, 0L))
            .ArrayOf()
            .Where(a => a.Length > 0);

    private static int[] SorterOgTa(long[] noekler, int antall) =>
        [.. Enumerable.Range(0, noekler.Length).OrderByDescending(j => noekler[j]).ThenBy(j => j).Take(antall).Order()];

    [Property(MaxTest = 500)]
    public Property Selecting_the_first_ranked_equals_sort_and_take_for_every_budget() =>
        Prop.ForAll(
            Noekler().ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            Gen.Elements(0, 1, 2, 100, -1).ToArbitrary(),
            (noekler, k, budsjett) =>
            {
                // Budget 0/1/2 forces the heap fallback after that many partition rounds; 100 lets quickselect finish;
                // -1 stands for the default budget (2·log₂ m + 2).
                var antall = 1 + (k % noekler.Length);
                var rekke = Enumerable.Range(0, noekler.Length).ToArray();
                if (budsjett < 0)
                {
                    Utvalg.VelgForan(rekke, antall, noekler);
                }
                else
                {
                    Utvalg.VelgForan(rekke, antall, noekler, budsjett);
                }

                return rekke.Take(antall).Order().SequenceEqual(SorterOgTa(noekler, antall))
                    && rekke.Order().SequenceEqual(Enumerable.Range(0, noekler.Length));
            });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Adversarial_orders_select_the_same_set_as_sorting(int budsjett)
    {
        // Ascending, descending, all equal and organ-pipe keys: the inputs that make a naive pivot quadratic.
        var m = 257;
        long[][] tilfeller =
        [
            [.. Enumerable.Range(0, m).Select(i => (long)i)],
            [.. Enumerable.Range(0, m).Select(i => (long)(m - i))],
            [.. Enumerable.Repeat(7L, m)],
            [.. Enumerable.Range(0, m).Select(i => (long)Math.Min(i, m - i))],
        ];
        foreach (var noekler in tilfeller)
        {
            foreach (var antall in new[] { 1, 2, m / 2, m - 1, m })
            {
                var rekke = Enumerable.Range(0, m).ToArray();
                Utvalg.VelgForan(rekke, antall, noekler, budsjett);
                rekke.Take(antall).Order().Should().Equal(SorterOgTa(noekler, antall));
            }
        }
    }

    [Property(MaxTest = 300)]
    public Property Foran_is_a_strict_total_order_on_positions() =>
        Prop.ForAll(Noekler().Where(a => a.Length >= 3).ToArbitrary(), noekler =>
        {
            var m = noekler.Length;
            for (var a = 0; a < m; a++)
            {
                if (Utvalg.Foran(a, a, noekler))
                {
                    return false;
                }

                for (var b = 0; b < m; b++)
                {
                    if (a != b && Utvalg.Foran(a, b, noekler) == Utvalg.Foran(b, a, noekler))
                    {
                        return false;
                    }
                }
            }

            return Utvalg.Foran(0, 1, noekler) && Utvalg.Foran(1, 2, noekler) ? Utvalg.Foran(0, 2, noekler) : true;
        });

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 4)]
    [InlineData(4, 6)]
    [InlineData(1_000, 20)]
    public void The_budget_is_two_log2_plus_two(int m, int forventet) =>
        Utvalg.Velgebudsjett(m).Should().Be(forventet);

    [Fact]
    public void Selection_allocates_nothing()
    {
        var noekler = Enumerable.Range(0, 500).Select(i => (long)(i * 7919 % 13)).ToArray();
        var rekke = new int[noekler.Length];
        Allokering.Minst(() =>
        {
            for (var i = 0; i < rekke.Length; i++)
            {
                rekke[i] = i;
            }

            Utvalg.VelgForan(rekke, 100, noekler, 0);
            Utvalg.VelgForan(rekke, 100, noekler);
        }).Should().Be(0);
    }
}
