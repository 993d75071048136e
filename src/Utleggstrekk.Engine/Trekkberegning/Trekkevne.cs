using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 5: raw trekk = available − the debtor's share; at or below 0 the debtor has no trekkevne and the trekk is 0.</summary>
public static class Trekkevne
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Trekkevne",
        "deknl. § 2-7 første ledd (inntekt som overstiger det som trengs til underhold); Retningslinje for utleggstrekk pkt. 5.1",
        new LocalDate(2020, 12, 16),
        "Rått trekk = disponibelt − skyldners andel; er det 0 eller mindre, er det ingen trekkevne og trekket blir 0.");
}
