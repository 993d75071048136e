using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 6, limit: the trekk is at most the garnishable net income (gross − forskuddstrekk − trekk with better priority); counted non-garnishable income is never itself garnished.</summary>
public static class TrekkbarInntektGrense
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Grense.TrekkbarInntekt",
        "deknl. § 2-7 første ledd; Retningslinje for utleggstrekk pkt. 4 og 5.2 (barnetrygd og barnebidrag kan ikke trekkes direkte)",
        new LocalDate(2020, 12, 16),
        "Trekket er høyst den trekkbare nettoinntekten: brutto − forskuddstrekk − trekk med bedre prioritet.");
}
