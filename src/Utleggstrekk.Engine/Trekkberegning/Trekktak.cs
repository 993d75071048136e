using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 6, ceiling: forskuddstrekk + trekk with better priority + this trekk ≤ 60 % of gross (Takregel.Normal) or 80 % (Takregel.Utvidet), from the trekkgrenser table; the ceiling is exact in øre, rounded down.</summary>
public static class Trekktak
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Grense.Tak",
        "Retningslinje for utleggstrekk pkt. 5.4 (60 % som utgangspunkt, aldri over 80 % sammen med forskuddstrekket)",
        new LocalDate(2020, 12, 16),
        "Forskuddstrekk + trekk med bedre prioritet + dette trekket holdes innenfor taket (60 % av brutto, eller 80 % når det er valgt); regnes eksakt i øre og rundes ned.");

    /// <summary>Room under the ceiling: ⌊gross × ceiling⌋ − forskuddstrekk − trekk with better priority (may be negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Rom(Beloep brutto, Prosent tak, Beloep forskuddstrekk, Beloep bedrePrioritet) =>
        Oeresregning.AndelNed(tak, brutto) - forskuddstrekk - bedrePrioritet;
}
