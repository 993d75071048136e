using System.Numerics;
using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Selection of the first-ranked elements by a total order, in place and allocation-free: which positions
/// <c>0 … m−1</c> rank first when ranked by key descending, then position ascending (the keys need not be distinct;
/// the order is total because positions are). Quickselect with a median-of-three pivot, O(m) expected; after a budget
/// of partition rounds the rest is selected with a partial heap sort, so the worst case stays O(m log m).
/// </summary>
internal static class Utvalg
{
    /// <summary>Partition rounds quickselect may take before it falls back to a heap: 2·log₂(m) + 2.</summary>
    internal static int Velgebudsjett(int m) => (2 * BitOperations.Log2((uint)m)) + 2;

    /// <summary>
    /// Reorders <paramref name="rekke"/> (positions into <paramref name="noekler"/>) so that its first
    /// <paramref name="antall"/> elements are the <paramref name="antall"/> positions ranked first by (key descending,
    /// position ascending), in no particular order among themselves; the rest follow. <paramref name="antall"/> is
    /// 1 … <c>rekke.Length</c>.
    /// </summary>
    internal static void VelgForan(Span<int> rekke, int antall, ReadOnlySpan<long> noekler) =>
        VelgForan(rekke, antall, noekler, Velgebudsjett(rekke.Length));

    /// <summary>As <see cref="VelgForan(Span{int}, int, ReadOnlySpan{long})"/> with an explicit partition budget (tests force the heap).</summary>
    internal static void VelgForan(Span<int> rekke, int antall, ReadOnlySpan<long> noekler, int budsjett)
    {
        var maal = antall - 1;
        var lo = 0;
        var hi = rekke.Length - 1;
        while (lo < hi)
        {
            if (budsjett-- == 0)
            {
                VelgMedHaug(rekke.Slice(lo, hi - lo + 1), maal - lo + 1, noekler);
                return;
            }

            var p = Partisjoner(rekke, lo, hi, noekler);
            if (p == maal)
            {
                return;
            }

            if (p < maal)
            {
                lo = p + 1;
            }
            else
            {
                hi = p - 1;
            }
        }
    }

    /// <summary>True when position <paramref name="a"/> ranks before <paramref name="b"/>: larger key, or equal key and lower position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Foran(int a, int b, ReadOnlySpan<long> noekler) =>
        noekler[a] > noekler[b] || (noekler[a] == noekler[b] && a < b);

    /// <summary>Lomuto partition of <c>[lo, hi]</c> around the median of first, middle and last; returns the pivot's place.</summary>
    private static int Partisjoner(Span<int> rekke, int lo, int hi, ReadOnlySpan<long> noekler)
    {
        var midt = lo + ((hi - lo) >> 1);
        if (Foran(rekke[midt], rekke[lo], noekler))
        {
            (rekke[midt], rekke[lo]) = (rekke[lo], rekke[midt]);
        }

        if (Foran(rekke[hi], rekke[lo], noekler))
        {
            (rekke[hi], rekke[lo]) = (rekke[lo], rekke[hi]);
        }

        if (Foran(rekke[midt], rekke[hi], noekler))
        {
            (rekke[midt], rekke[hi]) = (rekke[hi], rekke[midt]);
        }

        // rekke[lo] is ahead of rekke[hi], which is ahead of rekke[midt]: rekke[hi] is the median.
        var pivot = rekke[hi];
        var plass = lo;
        for (var j = lo; j < hi; j++)
        {
            if (Foran(rekke[j], pivot, noekler))
            {
                (rekke[plass], rekke[j]) = (rekke[j], rekke[plass]);
                plass++;
            }
        }

        (rekke[plass], rekke[hi]) = (rekke[hi], rekke[plass]);
        return plass;
    }

    /// <summary>Moves the <paramref name="antall"/> first-ranked elements to the front: partial heap sort, then reverse.</summary>
    private static void VelgMedHaug(Span<int> rekke, int antall, ReadOnlySpan<long> noekler)
    {
        var n = rekke.Length;
        for (var s = (n / 2) - 1; s >= 0; s--)
        {
            SiftNed(rekke, s, n, noekler);
        }

        // Each pop moves the first-ranked element to the end: after antall pops they sit at the end, best last.
        var stoerrelse = n;
        for (var e = 0; e < antall; e++)
        {
            stoerrelse--;
            (rekke[0], rekke[stoerrelse]) = (rekke[stoerrelse], rekke[0]);
            SiftNed(rekke, 0, stoerrelse, noekler);
        }

        rekke.Reverse();
    }

    private static void SiftNed(Span<int> haug, int i, int stoerrelse, ReadOnlySpan<long> noekler)
    {
        while (true)
        {
            var venstre = (2 * i) + 1;
            if (venstre >= stoerrelse)
            {
                return;
            }

            var barn = venstre;
            if (venstre + 1 < stoerrelse && Foran(haug[venstre + 1], haug[venstre], noekler))
            {
                barn = venstre + 1;
            }

            if (!Foran(haug[barn], haug[i], noekler))
            {
                return;
            }

            (haug[barn], haug[i]) = (haug[i], haug[barn]);
            i = barn;
        }
    }
}
