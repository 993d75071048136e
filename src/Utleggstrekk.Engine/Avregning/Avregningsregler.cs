using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>The rules of avregning of received trekk, with their sources (Retningslinje pkt. 8.7; SPEC §14).</summary>
public static class Avregningsregler
{
    private static readonly LocalDate Fra2023 = new(2023, 1, 1);

    /// <summary>Each payment is placed on the day it was received, in date order, by the trekk's fordeling.</summary>
    public static Regel Plassering { get; } = new(
        "Avregning.Plassering",
        "deknl. § 2-8; Retningslinje for utleggstrekk pkt. 6 og 8.7; SPEC § 6 og § 14",
        Fra2023,
        "Hvert mottatte trekkbeløp plasseres i datoorden (samme dato: rekkefølgen i mottatt) med samme fordeling som «fordel» på mottaksdagen: renter beregnes fram til mottaksdagen, et krav er med bare fra sin tidsprioritet og til sin egen trekkperiode slutter, og innen et krav i klasse e og f dekkes renter før hovedstol.");

    /// <summary>A løpende bidrag needs its monthly amount once per calendar month.</summary>
    public static Regel LoependeBidragPerMaaned { get; } = new(
        "Avregning.LoependeBidragPerMaaned",
        "deknl. § 2-8 tredje ledd siste punktum; SPEC § 6 og § 9",
        Fra2023,
        "Et løpende bidrag forfaller med månedsbeløpet én gang per kalendermåned: flere innbetalinger i samme måned dekker til sammen høyst månedsbeløpet; det som ikke dekkes i måneden, føres ikke videre (restanse er et eget bidragsgjeldkrav).");

    /// <summary>What arrives when every claim taking part is covered must be paid back to the debtor.</summary>
    public static Regel Tilbakebetaling { get; } = new(
        "Avregning.Tilbakebetaling",
        "Retningslinje for utleggstrekk pkt. 8.7",
        Fra2023,
        "Det som er trukket når alle kravene som er med på mottaksdagen er dekket (eller etter at kravenes trekkperiode er slutt), skal tilbakebetales skyldneren så raskt som mulig.");

    /// <summary>What remains on the date of the avregning.</summary>
    public static Regel Status { get; } = new(
        "Avregning.Status",
        "forsinkelsesrenteloven § 3; SPEC § 5 og § 14",
        Fra2023,
        "Det som står igjen av hvert krav på avregningsdatoen er gjenstående hovedstol pluss påløpte og ubetalte renter, med renter beregnet fra siste innbetaling til (ikke med) avregningsdatoen; renten avrundes én gang for hver periode mellom to innbetalinger.");
}
