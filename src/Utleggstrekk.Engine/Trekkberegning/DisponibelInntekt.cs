using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 4: available = gross − forskuddstrekk − trekk and avregning with better priority + counted income that cannot itself be garnished.</summary>
public static class DisponibelInntekt
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Disponibelt",
        "deknl. § 2-7 første ledd; Retningslinje for utleggstrekk pkt. 5.2 (barnetrygd og barnebidrag tas med på inntektssiden); deknl. § 2-8 (bedre prioritet)",
        new LocalDate(2020, 12, 16),
        "Disponibelt = brutto − forskuddstrekk − trekk med bedre prioritet + medregnet inntekt som ikke kan trekkes.");
}
