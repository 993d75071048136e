namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// The stable reason codes (<c>Grunn</c>) of the trekkperiode and lifecycle answers. Callers may switch on them;
/// they never change meaning.
/// </summary>
public static class Trekkperiodegrunn
{
    /// <summary>Main rule: at most 2 years from the beslutningsdato.</summary>
    public const string Ordinaer2Aar = "ORDINAER_2_AAR";

    /// <summary>Bøter: at most 5 years from the beslutningsdato.</summary>
    public const string Bot5Aar = "BOT_5_AAR";

    /// <summary>Skattekrav: up to 5 years from the end of the income year.</summary>
    public const string Skatt5AarFraInntektsaar = "SKATT_5_AAR_FRA_INNTEKTSAAR";

    /// <summary>Skattekrav: up to 5 years from the end of the calendar year of an endringsvedtak.</summary>
    public const string Skatt5AarFraEndringsvedtak = "SKATT_5_AAR_FRA_ENDRINGSVEDTAK";

    /// <summary>Skattekrav whose 5-year limit ends no later than 2 years from the beslutningsdato: the main rule applies.</summary>
    public const string SkattOrdinaer2AarLengst = "SKATT_ORDINAER_2_AAR_LENGST";

    /// <summary>Forlengelse (extension) of a tax trekk: 2 years from the new beslutningsdato.</summary>
    public const string SkattForlengelse2Aar = "SKATT_FORLENGELSE_2_AAR";

    /// <summary>Bidrag: no maximum.</summary>
    public const string BidragIngenGrense = "BIDRAG_INGEN_GRENSE";

    /// <summary>Trekk laid down to start later: only the rest of the 2-year period counted from the beslutningsdato.</summary>
    public const string StartSenereRestAv2Aar = "START_SENERE_REST_AV_2_AAR";

    /// <summary>Bot trekk laid down to start later: only the rest of the 5-year period counted from the beslutningsdato.</summary>
    public const string StartSenereRestAv5Aar = "START_SENERE_REST_AV_5_AAR";

    /// <summary>Tax trekk laid down to start later: only the rest of the period up to the tax limit.</summary>
    public const string StartSenereRestAvSkattefrist = "START_SENERE_REST_AV_SKATTEFRIST";

    /// <summary>Forlengelse of a tax trekk: the original tidsprioritet is kept.</summary>
    public const string SkattBeholderOpprinneligTidsprioritet = "SKATT_BEHOLDER_OPPRINNELIG_TIDSPRIORITET";

    /// <summary>Forlengelse of a tax trekk without a timely § 4-19 varsel or new assessment: new tidsprioritet.</summary>
    public const string SkattNyTidsprioritetVilkaarIkkeOppfylt = "SKATT_NY_TIDSPRIORITET_VILKAAR_IKKE_OPPFYLT";

    /// <summary>Other claims: the trekk must be laid down anew, with a new tidsprioritet.</summary>
    public const string NyTidsprioritetNyttTrekk = "NY_TIDSPRIORITET_NYTT_TREKK";

    /// <summary>Interest accrued in the trekkperiode keeps the principal's tidsprioritet (non-tax claims).</summary>
    public const string RenterHovedstolensTidsprioritet = "RENTER_HOVEDSTOLENS_TIDSPRIORITET";

    /// <summary>Tax claims: interest keeps the principal's tidsprioritet if the statement is made in time.</summary>
    public const string SkattRenterHovedstolensTidsprioritet = "SKATT_RENTER_HOVEDSTOLENS_TIDSPRIORITET";

    /// <summary>Tax claims: the statement of interest came more than one month after the restanse was paid.</summary>
    public const string SkattRenterOppgaveEtterFrist = "SKATT_RENTER_OPPGAVE_ETTER_FRIST";

    /// <summary>Gjeldsforhandling opened: the trekk stops for 4 months.</summary>
    public const string GjeldsforhandlingStans4Maaneder = "GJELDSFORHANDLING_STANS_4_MAANEDER";

    /// <summary>Gjeldsforhandling: inndragning or saksomkostninger in a criminal case are stopped like other claims.</summary>
    public const string GjeldsforhandlingStansInndragningSaksomkostninger = "GJELDSFORHANDLING_STANS_INNDRAGNING_SAKSOMKOSTNINGER";

    /// <summary>Gjeldsforhandling: claims from a criminal act (bøter, erstatning) keep running.</summary>
    public const string GjeldsforhandlingUnntakStraffbarHandling = "GJELDSFORHANDLING_UNNTAK_STRAFFBAR_HANDLING";

    /// <summary>Gjeldsforhandling: the state's regress claim (voldserstatningsloven § 11) keeps running (our reading).</summary>
    public const string GjeldsforhandlingUnntakVoldserstatningsregress = "GJELDSFORHANDLING_UNNTAK_VOLDSERSTATNINGSREGRESS";

    /// <summary>Gjeldsforhandling: bidrag keeps running.</summary>
    public const string GjeldsforhandlingUnntakBidrag = "GJELDSFORHANDLING_UNNTAK_BIDRAG";

    /// <summary>The debtor's konkursbo took beslag in the wage: the trekk yields.</summary>
    public const string KonkursVikerForBoetsBeslag = "KONKURS_VIKER_FOR_BOETS_BESLAG";

    /// <summary>The debtor's konkursbo took beslag, but the trekk is for bidrag: it keeps running.</summary>
    public const string KonkursBidragFortsetter = "KONKURS_BIDRAG_FORTSETTER";

    /// <summary>The debtor is bankrupt but the bo has not taken beslag in the wage: the trekk keeps running.</summary>
    public const string KonkursUtenBeslagFortsetter = "KONKURS_UTEN_BESLAG_FORTSETTER";

    /// <summary>The trekkpliktige is bankrupt: the withheld tax amount, kept apart, stays outside the bo.</summary>
    public const string TrekkpliktigKonkursSkattSeparatistrett = "TREKKPLIKTIG_KONKURS_SKATT_SEPARATISTRETT";

    /// <summary>The trekkpliktige is bankrupt: the withheld bidrag amount, kept apart, stays outside the bo.</summary>
    public const string TrekkpliktigKonkursBidragSeparatistrett = "TREKKPLIKTIG_KONKURS_BIDRAG_SEPARATISTRETT";

    /// <summary>The trekkpliktige is bankrupt: the amount was not in fact kept apart, so no separatistrett.</summary>
    public const string TrekkpliktigKonkursIkkeHoldtAdskilt = "TREKKPLIKTIG_KONKURS_IKKE_HOLDT_ADSKILT";

    /// <summary>The trekkpliktige is bankrupt: no special provision for this claim, so no separatistrett.</summary>
    public const string TrekkpliktigKonkursIngenSaerregel = "TREKKPLIKTIG_KONKURS_INGEN_SAERREGEL";

    /// <summary>Foreldelse: a new 10-year period from the day the trekkpliktige was notified.</summary>
    public const string ForeldelseNy10AarsFrist = "FORELDELSE_NY_10_AARS_FRIST";
}
