namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// The rule codes of violations and refusals (<see cref="Valideringsfeil.Regel"/>), each written once: the engine and every
/// layer above it (Json, Applikasjon, Cli, Web, Satser.Csv) use these constants. ELAN's own codes are in
/// <c>Utleggstrekk.Elan.Elankoder</c>; a code only one layer reports is in that layer's internal list
/// (<c>Jsonfeilkoder</c>, <c>Clifeilkoder</c>, <c>Webfeilkoder</c>). A test in Cli.Tests fails on a code written as a
/// literal anywhere else.
/// </summary>
public static class Feilkoder
{
    /// <summary><c>BELOEP_ELLER_PROSENT</c>.</summary>
    public const string BeloepEllerProsent = "BELOEP_ELLER_PROSENT";

    /// <summary><c>BIDRAG_MAA_HA_ARTSPRIORITET_A</c>.</summary>
    public const string BidragMaaHaArtsprioritetA = "BIDRAG_MAA_HA_ARTSPRIORITET_A";

    /// <summary><c>BRUTTO_KUN_VED_IKKE_MELDT</c>.</summary>
    public const string BruttoKunVedIkkeMeldt = "BRUTTO_KUN_VED_IKKE_MELDT";

    /// <summary><c>DATO_FOER_HOVEDSTOLENS_TIDSPRIORITET</c>.</summary>
    public const string DatoFoerHovedstolensTidsprioritet = "DATO_FOER_HOVEDSTOLENS_TIDSPRIORITET";

    /// <summary><c>DUPLIKAT_FELT</c>.</summary>
    public const string DuplikatFelt = "DUPLIKAT_FELT";

    /// <summary><c>DUPLIKAT_ID</c>.</summary>
    public const string DuplikatId = "DUPLIKAT_ID";

    /// <summary><c>DUPLIKAT_MAANED</c>.</summary>
    public const string DuplikatMaaned = "DUPLIKAT_MAANED";

    /// <summary><c>ENDRINGSVEDTAK_FOER_INNTEKTSAAR</c>.</summary>
    public const string EndringsvedtakFoerInntektsaar = "ENDRINGSVEDTAK_FOER_INNTEKTSAAR";

    /// <summary><c>ENDRINGSVEDTAKAAR_ETTER_BESLUTNING</c>.</summary>
    public const string EndringsvedtakaarEtterBeslutning = "ENDRINGSVEDTAKAAR_ETTER_BESLUTNING";

    /// <summary><c>FOR_LANG_PERIODE</c>.</summary>
    public const string ForLangPeriode = "FOR_LANG_PERIODE";

    /// <summary><c>FORLENGELSE_KUN_SKATT</c>.</summary>
    public const string ForlengelseKunSkatt = "FORLENGELSE_KUN_SKATT";

    /// <summary><c>FORSKUDDSTREKK_OVER_BRUTTO</c>.</summary>
    public const string ForskuddstrekkOverBrutto = "FORSKUDDSTREKK_OVER_BRUTTO";

    /// <summary><c>IKKE_MELDT_KUN_SKATT</c>.</summary>
    public const string IkkeMeldtKunSkatt = "IKKE_MELDT_KUN_SKATT";

    /// <summary><c>INNSYN_GITT</c>.</summary>
    public const string InnsynGitt = "INNSYN_GITT";

    /// <summary><c>INNSYN_IKKE_PART</c>.</summary>
    public const string InnsynIkkePart = "INNSYN_IKKE_PART";

    /// <summary><c>INNSYN_TREKK_AVSLUTTET</c>.</summary>
    public const string InnsynTrekkAvsluttet = "INNSYN_TREKK_AVSLUTTET";

    /// <summary><c>INNSYN_UKJENT_KRAV</c>.</summary>
    public const string InnsynUkjentKrav = "INNSYN_UKJENT_KRAV";

    /// <summary><c>INNTEKTSAAR_ETTER_BESLUTNING</c>.</summary>
    public const string InntektsaarEtterBeslutning = "INNTEKTSAAR_ETTER_BESLUTNING";

    /// <summary><c>KRAV_DUPLIKATE_REFERANSER</c>.</summary>
    public const string KravDuplikateReferanser = "KRAV_DUPLIKATE_REFERANSER";

    /// <summary><c>KRAVTYPE_HAR_ANNEN_ARTSPRIORITET</c>.</summary>
    public const string KravtypeHarAnnenArtsprioritet = "KRAVTYPE_HAR_ANNEN_ARTSPRIORITET";

    /// <summary><c>KUN_FOR_SKATT</c>.</summary>
    public const string KunForSkatt = "KUN_FOR_SKATT";

    /// <summary><c>LOEPENDE_BIDRAG_HAR_IKKE_RENTER</c>.</summary>
    public const string LoependeBidragHarIkkeRenter = "LOEPENDE_BIDRAG_HAR_IKKE_RENTER";

    /// <summary><c>LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP</c>.</summary>
    public const string LoependeBidragManglerMaanedligBeloep = "LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP";

    /// <summary><c>MAANEDLIG_BELOEP_KUN_FOR_LOEPENDE_BIDRAG</c>.</summary>
    public const string MaanedligBeloepKunForLoependeBidrag = "MAANEDLIG_BELOEP_KUN_FOR_LOEPENDE_BIDRAG";

    /// <summary><c>MANGLER_KRAV</c>.</summary>
    public const string ManglerKrav = "MANGLER_KRAV";

    /// <summary><c>MANGLER_MAANEDER</c>.</summary>
    public const string ManglerMaaneder = "MANGLER_MAANEDER";

    /// <summary><c>MOTTATT_ETTER_DATO</c>.</summary>
    public const string MottattEtterDato = "MOTTATT_ETTER_DATO";

    /// <summary><c>NY_BESLUTNING_FOER_OPPRINNELIG</c>.</summary>
    public const string NyBeslutningFoerOpprinnelig = "NY_BESLUTNING_FOER_OPPRINNELIG";

    /// <summary><c>OVERFLYT</c>.</summary>
    public const string Overflyt = "OVERFLYT";

    /// <summary><c>PAAKREVD</c>.</summary>
    public const string Paakrevd = "PAAKREVD";

    /// <summary><c>PARTER_PASSER_IKKE</c>.</summary>
    public const string ParterPasserIkke = "PARTER_PASSER_IKKE";

    /// <summary><c>PRIORITET_MANGLER</c>.</summary>
    public const string PrioritetMangler = "PRIORITET_MANGLER";

    /// <summary><c>RENTEKRAV_KAN_IKKE_HA_RENTEKRAV</c>.</summary>
    public const string RentekravKanIkkeHaRentekrav = "RENTEKRAV_KAN_IKKE_HA_RENTEKRAV";

    /// <summary><c>SATSER_MANGLER</c>.</summary>
    public const string SatserMangler = "SATSER_MANGLER";

    /// <summary><c>START_ETTER_TREKKPERIODENS_SLUTT</c>.</summary>
    public const string StartEtterTrekkperiodensSlutt = "START_ETTER_TREKKPERIODENS_SLUTT";

    /// <summary><c>START_FOER_BESLUTNINGSDATO</c>.</summary>
    public const string StartFoerBeslutningsdato = "START_FOER_BESLUTNINGSDATO";

    /// <summary><c>TREKKPERIODESLUTT_PASSER_IKKE</c>.</summary>
    public const string TrekkperiodesluttPasserIkke = "TREKKPERIODESLUTT_PASSER_IKKE";

    /// <summary><c>UGYLDIG_AAR</c>.</summary>
    public const string UgyldigAar = "UGYLDIG_AAR";

    /// <summary><c>UGYLDIG_BELOEP</c>.</summary>
    public const string UgyldigBeloep = "UGYLDIG_BELOEP";

    /// <summary><c>UGYLDIG_DATO</c>.</summary>
    public const string UgyldigDato = "UGYLDIG_DATO";

    /// <summary><c>UGYLDIG_JSON</c>.</summary>
    public const string UgyldigJson = "UGYLDIG_JSON";

    /// <summary><c>UGYLDIG_KRAVTYPE</c>.</summary>
    public const string UgyldigKravtype = "UGYLDIG_KRAVTYPE";

    /// <summary><c>UGYLDIG_MAANED</c>.</summary>
    public const string UgyldigMaaned = "UGYLDIG_MAANED";

    /// <summary><c>UGYLDIG_ORGNR</c>.</summary>
    public const string UgyldigOrgnr = "UGYLDIG_ORGNR";

    /// <summary><c>UGYLDIG_PERIODE</c>.</summary>
    public const string UgyldigPeriode = "UGYLDIG_PERIODE";

    /// <summary><c>UGYLDIG_PRIORITET_I_SAK</c>.</summary>
    public const string UgyldigPrioritetISak = "UGYLDIG_PRIORITET_I_SAK";

    /// <summary><c>UGYLDIG_PROSENT</c>.</summary>
    public const string UgyldigProsent = "UGYLDIG_PROSENT";

    /// <summary><c>UGYLDIG_RENTE</c>.</summary>
    public const string UgyldigRente = "UGYLDIG_RENTE";

    /// <summary><c>UGYLDIG_RENTEVILKAAR</c>.</summary>
    public const string UgyldigRentevilkaar = "UGYLDIG_RENTEVILKAAR";

    /// <summary><c>UGYLDIG_SETT</c>.</summary>
    public const string UgyldigSett = "UGYLDIG_SETT";

    /// <summary><c>UGYLDIG_TYPE</c>.</summary>
    public const string UgyldigType = "UGYLDIG_TYPE";

    /// <summary><c>UGYLDIG_VERDI</c>.</summary>
    public const string UgyldigVerdi = "UGYLDIG_VERDI";

    /// <summary><c>UKJENT_ARTSPRIORITET</c>.</summary>
    public const string UkjentArtsprioritet = "UKJENT_ARTSPRIORITET";

    /// <summary><c>UKJENT_FELT</c>.</summary>
    public const string UkjentFelt = "UKJENT_FELT";

    /// <summary><c>UKJENT_KATEGORI</c>.</summary>
    public const string UkjentKategori = "UKJENT_KATEGORI";

    /// <summary><c>UKJENT_KRAVART</c>.</summary>
    public const string UkjentKravart = "UKJENT_KRAVART";

    /// <summary><c>UKJENT_PARAMETER</c>.</summary>
    public const string UkjentParameter = "UKJENT_PARAMETER";

    /// <summary><c>ULIKE_PARTER_I_SAK</c>.</summary>
    public const string UlikeParterISak = "ULIKE_PARTER_I_SAK";

    /// <summary><c>VERDI_MANGLER</c>.</summary>
    public const string VerdiMangler = "VERDI_MANGLER";
}
