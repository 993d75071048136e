using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 7, pay periods: a monthly trekk × 12/26 (14 days) or × 12/52 (weekly), rounded down to whole kroner.</summary>
public static class Loennsperiodeomregning
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Loennsperiode",
        "Engine convention (SPEC §4 step 7): 12 months = 26 fourteen-day periods = 52 weeks; no legal source",
        new LocalDate(2020, 12, 16),
        "A monthly trekk is converted to 14-day (× 12/26) or weekly (× 12/52) pay periods, rounded down to whole kroner.");
}
