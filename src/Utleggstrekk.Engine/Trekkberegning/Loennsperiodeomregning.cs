using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 7, pay periods: a monthly trekk × 12/26 (14 days) or × 12/52 (weekly), rounded down to whole kroner.</summary>
public static class Loennsperiodeomregning
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Loennsperiode",
        "Beregningskonvensjon i Utleggstrekk.Engine (ingen lov- eller retningslinjetekst): 12 måneder = 26 fjortendagersperioder = 52 uker",
        new LocalDate(2020, 12, 16),
        "Et månedlig trekk regnes om til fjortendagers (× 12/26) eller ukentlige (× 12/52) lønnsperioder, rundet ned til hele kroner.");
}
