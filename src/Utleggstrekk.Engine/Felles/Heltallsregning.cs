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
}
