using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// The exact øre arithmetic of the trekk calculation and the livsopphold reductions, with a 64-bit fast path: when the
/// product provably fits in a <see cref="long"/> (always, for amounts inside the validated range and percentages up to
/// 900 %), the division is a plain <see cref="long"/> division; otherwise the 128-bit <see cref="Heltallsregning"/>
/// gives the same result. Every operand here is non-negative, so truncating division is rounding down.
/// </summary>
internal static class Oeresregning
{
    /// <summary>Largest amount in øre for the fast path (10^14 øre = 10^12 kr, the validation bound).</summary>
    private const ulong MaksOere = 100_000_000_000_000UL;

    /// <summary>Largest percentage in hundredths for the fast path (900 %): 10^14 × 90 000 &lt; 2^63.</summary>
    private const int MaksHundredeler = 90_000;

    /// <summary>Largest factor for the fast path of a product of two amounts: (3·10^9)² &lt; 2^63.</summary>
    private const ulong MaksFaktor = 3_000_000_000UL;

    /// <summary><paramref name="prosent"/> of <paramref name="beloep"/>, rounded down to whole øre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep AndelNed(Prosent prosent, Beloep beloep)
    {
        var oere = beloep.Oere;
        var hundredeler = prosent.Hundredeler;
        return unchecked((ulong)oere) <= MaksOere && hundredeler <= MaksHundredeler
            ? Beloep.FraOere(oere * hundredeler / Prosent.Hel)
            : AndelNed128(prosent, beloep);
    }

    /// <summary><paramref name="del"/> / <paramref name="helhet"/> in hundredths of a percent, rounded down (both ≥ 0, helhet &gt; 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HundredelerNed(Beloep del, Beloep helhet) =>
        unchecked((ulong)del.Oere) <= MaksOere
            ? del.Oere * Prosent.Hel / helhet.Oere
            : MulDivNed128(del.Oere, Prosent.Hel, helhet.Oere);

    /// <summary><paramref name="a"/> × <paramref name="b"/> / <paramref name="c"/> in øre, rounded up (a, b ≥ 0, c &gt; 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long MulDivOpp(long a, long b, long c)
    {
        if (unchecked((ulong)a) < MaksFaktor && unchecked((ulong)b) < MaksFaktor)
        {
            var produkt = a * b;
            var kvotient = produkt / c;
            return kvotient * c == produkt ? kvotient : kvotient + 1;
        }

        return MulDivOpp128(a, b, c);
    }

    // The 128-bit paths, out of line: they run only far outside the validated range, and inlined they would take the
    // hot caller's inlining budget and code size (the trekk core inlines these helpers several times).

    /// <summary>The 128-bit path of <see cref="AndelNed"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Beloep AndelNed128(Prosent prosent, Beloep beloep) => prosent.AndelNed(beloep);

    /// <summary>The 128-bit path of <see cref="HundredelerNed"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long MulDivNed128(long a, long b, long c) => Heltallsregning.MulDivNed(a, b, c);

    /// <summary>The 128-bit path of <see cref="MulDivOpp"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long MulDivOpp128(long a, long b, long c) => Heltallsregning.MulDivOpp(a, b, c);
}
