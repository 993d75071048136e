using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 6, invariant: the trekk never takes the debtor's whole garnishable net income (pkt. 5.4). The ceiling already guarantees it; every result is checked.</summary>
public static class HeleNettoinntekt
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.IkkeHeleNettoinntekten",
        "Retningslinje for utleggstrekk pkt. 5.4; LB-2020-30999",
        new LocalDate(2020, 12, 16),
        "Et trekk tar aldri hele skyldnerens nettoinntekt; kontrolleres for hvert resultat.");
}
