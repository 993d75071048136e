using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>The 128-bit helpers of the hot paths against <see cref="BigInteger"/> arithmetic.</summary>
public class HeltallsregningTests
{
    /// <summary>Non-negative longs of every size: 31 random bits shifted by 0, 10, 20 or 32, plus the edges.</summary>
    private static Gen<long> IkkeNegativ() =>
        Gen.OneOf(
            from skala in Gen.Choose(0, 3)
            from x in Gen.Choose(0, int.MaxValue)
            select (long)x << (skala == 3 ? 32 : skala * 10),
            Gen.Elements(0L, 1L, 2L, long.MaxValue, long.MaxValue - 1, 1L << 62, (1L << 32) - 1, 1L << 32));

    private static Gen<long> Hvilken() =>
        from fortegn in Gen.Elements(1L, -1L)
        from x in IkkeNegativ()
        select fortegn * x;

    [Property(MaxTest = 1_000)]
    public Property ProduktMinst_equals_BigInteger_comparison() =>
        Prop.ForAll(
            (from a in IkkeNegativ() from b in IkkeNegativ() from c in IkkeNegativ() from d in IkkeNegativ() select (a, b, c, d)).ToArbitrary(),
            t =>
            {
                var (a, b, c, d) = t;
                return Heltallsregning.ProduktMinst(a, b, c, d) == ((BigInteger)a * b >= (BigInteger)c * d)
                    && Heltallsregning.ProduktMinst(a, b, a, b)
                    && Heltallsregning.ProduktMinst(c, d, a, b) == ((BigInteger)c * d >= (BigInteger)a * b);
            });

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue - 1, true)]
    [InlineData(long.MaxValue, long.MaxValue - 1, long.MaxValue, long.MaxValue, false)]
    [InlineData(1L << 40, 1L << 40, 1L << 41, 1L << 39, true)]
    [InlineData(1L << 40, (1L << 40) - 1, 1L << 41, 1L << 39, false)]
    [InlineData(3, 0, 0, 5, true)]
    [InlineData(0, 5, 1, 1, false)]
    public void ProduktMinst_at_the_edges(long a, long b, long c, long d, bool forventet) =>
        Heltallsregning.ProduktMinst(a, b, c, d).Should().Be(forventet);

    [Property(MaxTest = 1_000)]
    public Property MulDivNedMedRest_equals_BigInteger_division() =>
        Prop.ForAll(
            (from a in IkkeNegativ() from x in IkkeNegativ() from y in IkkeNegativ() select (a, x, y)).ToArbitrary(),
            t =>
            {
                // b ≤ c, c positive: the quotient is at most a.
                var (a, x, y) = t;
                var c = Math.Max(Math.Max(x, y), 1);
                var b = Math.Min(x, y);
                var kvotient = Heltallsregning.MulDivNedMedRest(a, b, c, out var rest);
                var forventet = BigInteger.DivRem((BigInteger)a * b, c, out var forventetRest);
                return kvotient == forventet && rest == forventetRest && rest >= 0 && rest < c;
            });

    [Theory]
    [InlineData(long.MaxValue, long.MaxValue, long.MaxValue)] // 128-bit product, quotient a
    [InlineData(1L << 32, 1L << 32, 3)] // 2^64: just past the 64-bit path
    [InlineData((1L << 32) - 1, (1L << 32) + 1, 7)] // 2^64 − 1: the largest 64-bit product
    [InlineData(0, 5, 5)]
    [InlineData(5, 0, 1)]
    public void MulDivNedMedRest_on_both_sides_of_64_bits(long a, long b, long c)
    {
        var kvotient = Heltallsregning.MulDivNedMedRest(a, b, c, out var rest);
        var forventet = BigInteger.DivRem((BigInteger)a * b, c, out var forventetRest);
        ((BigInteger)kvotient).Should().Be(forventet);
        ((BigInteger)rest).Should().Be(forventetRest);
    }

    [Property(MaxTest = 1_000)]
    public Property MulDivHalvt_equals_the_128_bit_rounding_half_away_from_zero() =>
        Prop.ForAll(
            (from a in Hvilken() from b in Hvilken() from c in IkkeNegativ() select (a, b, Math.Max(c, 1))).ToArbitrary(),
            t =>
            {
                var (a, b, c) = t;
                var forventet = Heltallsregning.DivHalvtBortFraNull((Int128)a * b, c);
                if (forventet > long.MaxValue || forventet < long.MinValue)
                {
                    try
                    {
                        Heltallsregning.MulDivHalvt(a, b, c);
                        return false;
                    }
                    catch (OverflowException)
                    {
                        return true;
                    }
                }

                return Heltallsregning.MulDivHalvt(a, b, c) == (long)forventet;
            });

    [Theory]
    [InlineData(3, 1, 2, 2)] // 1.5 → 2
    [InlineData(-3, 1, 2, -2)] // −1.5 → −2 (128-bit path: negative product)
    [InlineData(5, 1, 2, 3)]
    [InlineData(4, 1, 3, 1)] // 1.33 → 1
    [InlineData(long.MaxValue, 1, 1, long.MaxValue)] // the largest 63-bit product
    [InlineData(1L << 31, 1L << 32, 4, 1L << 61)] // 2^63: just past the 64-bit path
    [InlineData(0, -5, 7, 0)]
    public void MulDivHalvt_on_both_sides_of_the_fast_path(long a, long b, long c, long forventet) =>
        Heltallsregning.MulDivHalvt(a, b, c).Should().Be(forventet);

    [Fact]
    public void MulDivHalvt_refuses_a_result_outside_long() =>
        FluentActions.Invoking(() => Heltallsregning.MulDivHalvt(long.MaxValue, 2, 1)).Should().Throw<OverflowException>();
}
