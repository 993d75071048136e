using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 3, own expenses: samvær add-ons, bidrag paid and other approved expenses marked as the debtor's own are added in full to the debtor's share.</summary>
public static class EgneUtgifter
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.EgneUtgifter",
        "deknl. § 2-7 første ledd; Retningslinje for utleggstrekk pkt. 5.3",
        new LocalDate(2020, 12, 16),
        "Skyldnerens egne utgifter (samværstillegg, betalt bidrag, egne godkjente poster) legges fullt ut til skyldners andel.");
}
