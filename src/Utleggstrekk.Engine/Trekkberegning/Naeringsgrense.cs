using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 6, næring: when the schematic rule for tax claims is chosen, the trekk is at most the trekkgrenser 'naering_skjematisk' percentage (20 %) of gross, exact in øre, rounded down.</summary>
public static class Naeringsgrense
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Grense.Naering20",
        "skattebetalingsloven § 14-4 annet ledd bokstav b; skattebetalingsforskriften § 14-4-3 tredje ledd",
        new LocalDate(2020, 12, 16),
        "Når den skjematiske næringsregelen er valgt (skattekrav), er trekket høyst 20 % av brutto; eksakt i øre, rundet ned.");
}
