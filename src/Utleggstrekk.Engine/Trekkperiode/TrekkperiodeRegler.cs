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
        "The trekkperiode may not exceed 2 years counted from the day the trekk was decided.");

    /// <summary>Bøter: at most 5 years.</summary>
    public static readonly Regel Bot5Aar = new(
        "Trekkperiode.Bot5Aar",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For bøter the trekkperiode may be up to 5 years from the beslutningsdato.");

    /// <summary>Skattekrav: up to 5 years from the end of the income year or of the endringsvedtak year.</summary>
    public static readonly Regel Skatt5Aar = new(
        "Trekkperiode.Skatt5Aar",
        "deknl. § 2-7 tredje ledd tredje punktum; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For skattekrav the trekk may run until 5 years after the end of the income year, or after the end of the "
        + "calendar year an endringsvedtak was made; read as an extension of the 2-year main rule.");

    /// <summary>Skattekrav whose 5-year limit would end no later than the main rule: the main rule applies.</summary>
    public static readonly Regel SkattOrdinaer2AarLengst = new(
        "Trekkperiode.SkattOrdinaer2AarLengst",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd (tredje punktum lest som utvidelse); Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "The tax limit extends and never shortens the 2-year main rule: when it would end no later, 2 years from the "
        + "beslutningsdato apply.");

    /// <summary>Forlengelse of a tax trekk: 2 years.</summary>
    public static readonly Regel SkattForlengelse2Aar = new(
        "Trekkperiode.SkattForlengelse2Aar",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2 (forlengelse)",
        RetningslinjeGyldigFra,
        "When a tax trekk is extended, the 2-year limit applies, counted from the new beslutningsdato.");

    /// <summary>Bidrag: no maximum.</summary>
    public static readonly Regel BidragIngenGrense = new(
        "Trekkperiode.BidragIngenGrense",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "For bidrag there is no maximum trekkperiode.");

    /// <summary>A trekk laid down to start when another ends gets only the rest of the period.</summary>
    public static readonly Regel StartSenere = new(
        "Trekkperiode.StartSenere",
        "LG-2019-124144; LG-2022-173461; Retningslinje pkt. 7.2",
        RetningslinjeGyldigFra,
        "A trekk may be laid down to take effect later, but only for the rest of the period counted from its "
        + "beslutningsdato.");

    /// <summary>Tidsprioritet on forlengelse.</summary>
    public static readonly Regel TidsprioritetVedForlengelse = new(
        "Trekkperiode.TidsprioritetVedForlengelse",
        "sktbf. § 14-5-4 tredje ledd; tvangsl. § 4-19; Retningslinje pkt. 6.2",
        RetningslinjeGyldigFra,
        "A running tax trekk keeps its original tidsprioritet on forlengelse if a valid § 4-19 varsel was sent before "
        + "the period ended and the size was assessed anew; other trekk must be laid down anew.");

    /// <summary>Interest accrued in the trekkperiode keeps the principal's tidsprioritet.</summary>
    public static readonly Regel RenterTidsprioritet = new(
        "Trekkperiode.RenterTidsprioritet",
        "sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21; Retningslinje pkt. 6.2",
        RetningslinjeGyldigFra,
        "Interest accrued in the trekkperiode has the principal's tidsprioritet; for tax claims only if the "
        + "statement of interest is made at the latest one month after the rest of the restanse was paid.");

    /// <summary>Gjeldsforhandling opened: the trekk stops for 4 months, with exceptions.</summary>
    public static readonly Regel Gjeldsforhandling = new(
        "Trekkperiode.Gjeldsforhandling",
        "gol. § 3-4 femte ledd; gol. § 4-8 første ledd bokstav d og h; Retningslinje pkt. 8.6",
        RetningslinjeGyldigFra,
        "When gjeldsforhandling is opened, utleggstrekk stops for 4 months from the opening, except for claims "
        + "from a criminal act (not inndragning and saksomkostninger in criminal cases) and for bidrag.");

    /// <summary>The debtor's konkurs: the trekk yields to the bo's beslag, except for bidrag.</summary>
    public static readonly Regel SkyldnersKonkurs = new(
        "Trekkperiode.SkyldnersKonkurs",
        "deknl. § 2-11; bidragsinnkrevingsloven § 18 første ledd; LH-2012-83190; Retningslinje pkt. 8.5.2",
        RetningslinjeGyldigFra,
        "Where the konkursbo takes beslag in the wage by court order under deknl. § 2-11, a running trekk yields, "
        + "except a trekk for bidrag; without beslag the trekk keeps running.");

    /// <summary>The trekkpliktiges konkurs: withheld amounts and separatistrett.</summary>
    public static readonly Regel TrekkpliktigesKonkurs = new(
        "Trekkperiode.TrekkpliktigesKonkurs",
        "sktbl. § 14-5 annet og tredje ledd; bidragsinnkrevingsloven § 18 annet ledd; tvangsl. § 7-22; "
        + "Retningslinje pkt. 8.5.1",
        RetningslinjeGyldigFra,
        "Withheld amounts for tax and bidrag claims stay outside the trekkpliktiges konkursbo if in fact kept apart; "
        + "for other claims there is no duty to keep them apart and so no separatistrett.");

    /// <summary>Foreldelse: new 10-year period from the notification of the trekkpliktige.</summary>
    public static readonly Regel Foreldelse = new(
        "Trekkperiode.Foreldelse",
        "fl. § 21 nr. 1 og nr. 3; fl. § 29 nr. 1; Innst. O. nr. 128 (1992-1993) pkt. 16; tvangsl. § 7-21; "
        + "Retningslinje pkt. 9",
        RetningslinjeGyldigFra,
        "No limitation runs while the trekk runs; a new 10-year period runs from the day the trekkpliktige was "
        + "notified of the trekk.");
}
