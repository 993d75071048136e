using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Ansvar;

/// <summary>
/// The rules for the trekkpliktig's liability and the debtor's credit after a trekk is laid down (Retningslinje for
/// utleggstrekk pkt. 8.3 and 8.4), with their sources.
/// </summary>
public static class Ansvarsregler
{
    private static readonly LocalDate Fra2020 = new(2020, 12, 16);

    /// <summary>What should have been deducted and was not, unless the trekkpliktig shows it was not negligent.</summary>
    public static Regel IkkeTrukket { get; } = new(
        "Ansvar.IkkeTrukket",
        "tvangsl. § 7-22 tredje ledd; sktbl. § 16-20 første ledd; Retningslinje for utleggstrekk pkt. 8.4",
        Fra2020,
        "Den trekkpliktige er ansvarlig for det som etter pålegget skulle vært trukket, men ikke ble trukket (pålagt minus gjennomført trekk), med mindre den manglende gjennomføringen ikke skyldes forsømmelse eller mangel på tilbørlig aktsomhet (skyldansvar med omvendt bevisbyrde; saksbehandleren avgjør, markert «unnskyldt»).");

    /// <summary>What was deducted and not paid over: objective liability.</summary>
    public static Regel TrukketIkkeInnbetalt { get; } = new(
        "Ansvar.TrukketIkkeInnbetalt",
        "sktbl. § 16-20 første ledd; tvangsl. § 7-22 tredje ledd; Ot.prp. nr. 83 (2004–2005) s. 147; Retningslinje for utleggstrekk pkt. 8.4",
        Fra2020,
        "Når trekket faktisk er foretatt, er plikten til å innbetale det ubetinget: den trekkpliktige er objektivt ansvarlig for gjennomført trekk som ikke er innbetalt, og ansvaret kan ikke unnskyldes.");

    /// <summary>Employer that did not report the employment: 10 % of the gross basis, skatte- og avgiftskrav only.</summary>
    public static Regel Stipulert { get; } = new(
        "Ansvar.Stipulert",
        "sktbl. § 16-20 annet ledd tredje punktum; Ot.prp. nr. 83 (2004–2005) s. 147; Retningslinje for utleggstrekk pkt. 8.4",
        Fra2020,
        "For skatte- og avgiftskrav, når arbeidsgiveren har unnlatt pliktig melding, stipuleres det som kunne vært trukket til 10 prosent av brutto trekkgrunnlag (rundet ned til hele øre), minus det som faktisk ble trukket; beløpet erstatter «ikke trukket» den måneden. Samme skyldkrav som første ledd.");

    /// <summary>An amount paid in beyond what was deducted reduces the liability.</summary>
    public static Regel InnbetaltUtoverTrukket { get; } = new(
        "Ansvar.InnbetaltUtoverTrukket",
        "tvangsl. § 7-22 tredje ledd; sktbl. § 16-20 første ledd (ansvar for det som ikke er «foretatt og innbetalt»); tolkning, se docs/ansvar.md",
        Fra2020,
        "Det den trekkpliktige har innbetalt ut over månedens gjennomførte trekk (for eksempel et tidligere måneds trekk betalt for sent), har kreditor fått: det trekkes fra ansvaret for perioden, som aldri blir negativt.");

    /// <summary>The debtor is credited with the trekk actually deducted, even if not paid over.</summary>
    public static Regel Godskrift { get; } = new(
        "Ansvar.Godskrift",
        "Retningslinje for utleggstrekk pkt. 8.3 (jf. skattebetalingsforskriften § 7-1-2 bokstav a; Løvold, Utleggstrekk 2. utg. s. 192–193)",
        Fra2020,
        "Skyldneren godskrives det trekket som faktisk er gjennomført i lønnen mv., også når den trekkpliktige ikke har betalt det videre, forutsatt at trekket er rapportert eller på annen måte dokumentert.");
}
