using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Exact integer arithmetic helpers with explicit rounding. Intermediate products use 128 bits, so
/// <c>a * b / c</c> never overflows before the division; a result outside <see cref="long"/> throws.
/// </summary>
public static class Heltallsregning
{
    /// <summary><c>a * b / c</c> rounded towards minus infinity. <paramref name="c"/> must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MulDivNed(long a, long b, long c)
    {
        Preconditions.CheckArgument(c > 0, nameof(c), "Divisor must be positive.");
        var produkt = (Int128)a * b;
        var kvotient = produkt / c;
        if (produkt % c != 0 && produkt < 0)
        {
            kvotient -= 1;
        }

        return checked((long)kvotient);
    }

    /// <summary><c>a * b / c</c> rounded towards plus infinity. <paramref name="c"/> must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MulDivOpp(long a, long b, long c)
    {
        Preconditions.CheckArgument(c > 0, nameof(c), "Divisor must be positive.");
        var produkt = (Int128)a * b;
        var kvotient = produkt / c;
        if (produkt % c != 0 && produkt > 0)
        {
            kvotient += 1;
        }

        return checked((long)kvotient);
    }

    /// <summary><c>a / c</c> rounded half away from zero. <paramref name="c"/> must be positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 DivHalvtBortFraNull(Int128 a, Int128 c)
    {
        Preconditions.CheckArgument(c > 0, nameof(c), "Divisor must be positive.");
        var kvotient = a / c;
        var rest = a % c;
        if (Int128.Abs(rest) * 2 >= c)
        {
            kvotient += a < 0 ? -1 : 1;
        }

        return kvotient;
    }

    /// <summary>
    /// <c>a · b ≥ c · d</c> exactly, all four non-negative: both products in 128 bits by
    /// <see cref="Math.BigMul(ulong, ulong, out ulong)"/> (no checked <see cref="Int128"/> arithmetic on a hot path; two
    /// non-negative <c>long</c> values cannot overflow 128 bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ProduktMinst(long a, long b, long c, long d)
    {
        var hoey1 = Math.BigMul((ulong)a, (ulong)b, out var lav1);
        var hoey2 = Math.BigMul((ulong)c, (ulong)d, out var lav2);
        return hoey1 > hoey2 || (hoey1 == hoey2 && lav1 >= lav2);
    }

    /// <summary>
    /// <c>a · b / c</c> rounded down, with the remainder, for non-negative <paramref name="a"/> and
    /// <paramref name="b"/>, positive <paramref name="c"/> and <c>b ≤ c</c> (so the quotient is at most <c>a</c>): one
    /// 64-bit division when the product fits 64 bits (the common case; a 128-bit division is a slow helper call), else
    /// 128-bit. Not checked: the caller guarantees the conditions.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long MulDivNedMedRest(long a, long b, long c, out long rest)
    {
        var hoey = Math.BigMul((ulong)a, (ulong)b, out var lav);
        if (hoey == 0)
        {
            var q = lav / (ulong)c;
            rest = (long)(lav - (q * (ulong)c));
            return (long)q;
        }

        var produkt = (Int128)a * b;
        var kvotient = (long)(produkt / c);
        rest = (long)(produkt - ((Int128)kvotient * c));
        return kvotient;
    }

    /// <summary>
    /// <c>a · b / c</c> rounded half away from zero (<see cref="DivHalvtBortFraNull"/>), <paramref name="c"/> positive
    /// and not checked: one 64-bit division when both factors are non-negative and the product fits 63 bits (the common
    /// case), else 128-bit. The same value either way; a result outside <see cref="long"/> throws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long MulDivHalvt(long a, long b, long c)
    {
        if ((a | b) >= 0)
        {
            var hoey = Math.BigMul((ulong)a, (ulong)b, out var lav);
            if (hoey == 0 && lav <= long.MaxValue)
            {
                var kvotient = lav / (ulong)c;
                var rest = lav - (kvotient * (ulong)c);
                return (long)(rest >= (ulong)c - rest ? kvotient + 1 : kvotient);
            }
        }

        return checked((long)DivHalvtBortFraNull((Int128)a * b, c));
    }
}
