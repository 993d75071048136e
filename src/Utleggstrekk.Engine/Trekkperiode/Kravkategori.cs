namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Which maximum trekkperiode applies to the claim (tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2).
/// </summary>
public enum Kravkategori
{
    /// <summary>
    /// Every claim that follows the main rule of at most 2 years: merverdiavgift, særavgifter, claims collected by
    /// Oppdrag other than bøter, tilbakebetalingskrav and so on (Retningslinje pkt. 7.2, second paragraph).
    /// </summary>
    Ordinaer,

    /// <summary>Bøter: at most 5 years (deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21).</summary>
    Bot,

    /// <summary>
    /// Skattekrav in the sense of deknl. § 2-7 tredje ledd tredje punktum: the claims of sktbl. § 1-1 annet ledd
    /// bokstav a–c, skattetrekkansvar (§ 16-20) and ansvar for andres skatt (§§ 16-10 to 16-14) (Retningslinje pkt. 7.2).
    /// </summary>
    Skatt,

    /// <summary>Bidrag (lovbestemt forsørgelsesplikt): no maximum (deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21).</summary>
    Bidrag,
}

/// <summary>
/// What kind of claim a trekk is for, as the lifecycle rules (tidsprioritet on forlengelse, gjeldsforhandling,
/// konkurs) distinguish it. Mostly the artsprioritet letters of deknl. § 2-8 første ledd, plus the two kinds of claim
/// from a criminal case that the gjeldsforhandling rule treats differently (Retningslinje pkt. 8.6).
/// </summary>
public enum Kravart
{
    /// <summary>(a) Lovbestemt forsørgelsesplikt: underholdsbidrag, bidragsgjeld, refusjon of bidragsforskudd.</summary>
    Bidrag,

    /// <summary>(b) Erstatning or oppreisning for skade voldt ved en straffbar handling.</summary>
    ErstatningStraffbarHandling,

    /// <summary>(c) Statens regresskrav etter voldserstatningsloven § 11.</summary>
    Voldserstatningsregress,

    /// <summary>(d) Bøter.</summary>
    Bot,

    /// <summary>(e) Skatt eller offentlig avgift (sktbl. § 1-1 annet ledd and other public levies).</summary>
    SkattOgAvgift,

    /// <summary>(f) Andre krav.</summary>
    Annet,

    /// <summary>Inndragning (confiscation) in a criminal case. Artsprioritet (f).</summary>
    InndragningStraffesak,

    /// <summary>Saksomkostninger in a criminal case. Artsprioritet (f) (Retningslinje pkt. 6.1).</summary>
    SaksomkostningerStraffesak,
}
