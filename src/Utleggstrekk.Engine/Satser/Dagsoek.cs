using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Satser;

/// <summary>The one binary search of the compiled rate tables: which period a day number falls in.</summary>
internal static class Dagsoek
{
    /// <summary>
    /// The index of the last start day on or before <paramref name="dag"/> in the ascending
    /// <paramref name="starter"/>, or -1 when every start is after it. Allocation-free.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int SisteStartPaaEllerFoer(int[] starter, int dag)
    {
        int lo = 0, hi = starter.Length - 1;

        // Index arithmetic only (no money): array lengths keep it far from overflow, so it need not be checked.
        unchecked
        {
            while (lo <= hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (starter[mid] <= dag)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        return hi;
    }
}
