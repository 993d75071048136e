using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// The rules of SPEC §7 as named <see cref="Regel"/>s. <c>GyldigFra</c> is the date our source, Skatteetaten's
/// <i>Retningslinje for utleggstrekk</i>, applies from (16 December 2020); the statutes themselves are older.
/// </summary>
public static class TrekkperiodeRegler
{
    /// <summary>The date the Retningslinje applies from ("Retningslinjene gjelder fra 16. desember 2020").</summary>
    public static readonly LocalDate RetningslinjeGyldigFra = new(2020, 12, 16);

    /// <summary>Main rule: at most 2 years from the beslutningsdato.</summary>
    public static readonly Regel Ordinaer2Aar = new(
        "Trekkperiode.Ordinaer2Aar",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "Trekkperioden kan ikke overstige to år regnet fra dagen trekket ble besluttet.");

    /// <summary>Bøter: at most 5 years.</summary>
    public static readonly Regel Bot5Aar = new(
        "Trekkperiode.Bot5Aar",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For bøter kan trekkperioden være inntil fem år fra beslutningsdatoen.");

    /// <summary>Skattekrav: up to 5 years from the end of the income year or of the endringsvedtak year.</summary>
    public static readonly Regel Skatt5Aar = new(
        "Trekkperiode.Skatt5Aar",
        "deknl. § 2-7 tredje ledd tredje punktum; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For skattekrav kan trekket løpe til fem år etter utgangen av inntektsåret, eller etter utgangen av "
        + "kalenderåret et endringsvedtak ble truffet; lest som en utvidelse av hovedregelen på to år.");

    /// <summary>Skattekrav whose 5-year limit would end no later than the main rule: the main rule applies.</summary>
    public static readonly Regel SkattOrdinaer2AarLengst = new(
        "Trekkperiode.SkattOrdinaer2AarLengst",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd (tredje punktum lest som utvidelse); Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "Skattefristen utvider og forkorter aldri hovedregelen på to år: når den ikke ville slutte senere, gjelder to "
        + "år fra beslutningsdatoen.");

    /// <summary>Forlengelse of a tax trekk: 2 years.</summary>
    public static readonly Regel SkattForlengelse2Aar = new(
        "Trekkperiode.SkattForlengelse2Aar",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2 (forlengelse)",
        RetningslinjeGyldigFra,
        "Når et skattetrekk forlenges, gjelder toårsfristen, regnet fra den nye beslutningsdatoen.");

    /// <summary>Bidrag: no maximum.</summary>
    public static readonly Regel BidragIngenGrense = new(
        "Trekkperiode.BidragIngenGrense",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For bidrag gjelder det ingen maksimal trekkperiode.");

    /// <summary>A trekk laid down to start when another ends gets only the rest of the period.</summary>
    public static readonly Regel StartSenere = new(
        "Trekkperiode.StartSenere",
        "LG-2019-124144; LG-2022-173461; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "Et trekk kan legges ned med virkning fra en senere dag, men bare for resten av perioden regnet fra "
        + "beslutningsdatoen.");

    /// <summary>Tidsprioritet on forlengelse.</summary>
    public static readonly Regel TidsprioritetVedForlengelse = new(
        "Trekkperiode.TidsprioritetVedForlengelse",
        "sktbf. § 14-5-4 tredje ledd; tvangsl. § 4-19; Retningslinje pkt. 6.2",
        RetningslinjeGyldigFra,
        "Et løpende skattetrekk beholder opprinnelig tidsprioritet ved forlengelse når gyldig varsel etter § 4-19 ble "
        + "sendt før perioden løp ut og størrelsen er vurdert på nytt; andre trekk må legges ned på nytt.");

    /// <summary>Interest accrued in the trekkperiode keeps the principal's tidsprioritet.</summary>
    public static readonly Regel RenterTidsprioritet = new(
        "Trekkperiode.RenterTidsprioritet",
        "sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21; Retningslinje pkt. 6.2",
        RetningslinjeGyldigFra,
        "Renter påløpt i trekkperioden har hovedstolens tidsprioritet; for skattekrav bare når oppgaven over renter "
        + "fremsettes senest en måned etter at øvrig restanse er betalt.");

    /// <summary>Gjeldsforhandling opened: the trekk stops for 4 months, with exceptions.</summary>
    public static readonly Regel Gjeldsforhandling = new(
        "Trekkperiode.Gjeldsforhandling",
        "gol. § 3-4 femte ledd; gol. § 4-8 første ledd bokstav d og h; Retningslinje pkt. 8.6",
        RetningslinjeGyldigFra,
        "Når gjeldsforhandling åpnes, opphører utleggstrekk i fire måneder fra åpningen, unntatt for krav som grunner "
        + "på en straffbar handling (ikke inndragning og saksomkostninger i straffesaker) og for bidrag.");

    /// <summary>The debtor's konkurs: the trekk yields to the bo's beslag, except for bidrag.</summary>
    public static readonly Regel SkyldnersKonkurs = new(
        "Trekkperiode.SkyldnersKonkurs",
        "deknl. § 2-11; bidragsinnkrevingsloven § 18 første ledd; LH-2012-83190; Retningslinje pkt. 8.5.2",
        RetningslinjeGyldigFra,
        "Når konkursboet tar beslag i lønnen ved rettens beslutning etter deknl. § 2-11, viker et løpende trekk, "
        + "unntatt trekk for bidrag; uten beslag fortsetter trekket.");

    /// <summary>The trekkpliktiges konkurs: withheld amounts and separatistrett.</summary>
    public static readonly Regel TrekkpliktigesKonkurs = new(
        "Trekkperiode.TrekkpliktigesKonkurs",
        "sktbl. § 14-5 annet og tredje ledd; bidragsinnkrevingsloven § 18 annet ledd; tvangsl. § 7-22; "
        + "Retningslinje pkt. 8.5.1",
        RetningslinjeGyldigFra,
        "Trukne beløp for skatte- og bidragskrav holdes utenfor trekkpliktiges konkursbo når de faktisk er holdt "
        + "adskilt; for andre krav er det ingen plikt til å holde dem adskilt og derfor ingen separatistrett.");

    /// <summary>Foreldelse: new 10-year period from the notification of the trekkpliktige.</summary>
    public static readonly Regel Foreldelse = new(
        "Trekkperiode.Foreldelse",
        "fl. § 21 nr. 1 og nr. 3; fl. § 29 nr. 1; Innst. O. nr. 128 (1992-1993) pkt. 16; tvangsl. § 7-21; "
        + "Retningslinje pkt. 9",
        RetningslinjeGyldigFra,
        "Ingen foreldelse løper mens trekket løper; en ny tiårsfrist løper fra dagen trekkpliktige ble underrettet "
        + "om trekket.");
}
