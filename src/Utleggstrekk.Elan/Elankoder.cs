namespace Utleggstrekk.Elan;

/// <summary>
/// The violation codes this importer reports, each with its title. The ELAN codes and titles are those of the
/// "Feilkoder" table of the Utleggsbegjæring API page (seed <c>001</c>), verbatim; the two codes marked as our own are
/// not in that table.
/// </summary>
public static class Elankoder
{
    /// <summary>Code → title.</summary>
    public static IReadOnlyDictionary<string, string> Titler { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ManglerKrav] = "Begjæringen refererer ikke til noen krav",
        [KravDuplikateReferanser] = "Krav har ikke unike kravreferanser",
        [KravIkkeBenyttet] = "Begjæringen inneholder krav som ikke er dokumentert gjennom tvangsgrunnlag",
        [KravIFlereTvangsgrunnlag] = "Krav i flere tvangsgrunnlag",
        [TvangsgrunnlagUgyldigeKravreferanser] = "Begjæringens tvangsgrunnlag peker på krav som ikke eksisterer",
        [HovedstolSkalIkkeHaEtRelatertKrav] = "Hovedstol har et relatert krav",
        [RenteMaaHaRelatertKrav] = "Relasjon til rentebærende krav mangler",
        [RentekravKanIkkeHaRentekrav] = "Uriktig relasjon til rentekravet",
        [GebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol] = "Uriktig eller manglende relasjon til hovedstol",
        [RelaterteKravKanIkkePekePaaSegSelv] = "Relaterte krav kan ikke peke på seg selv",
        [RelaterteKravMaaFinnes] = "Relaterte krav må peke til krav i samme tvangsgrunnlag",
        [RelaterteKravUgyldigeKravreferanser] = "Relaterte krav peker på krav som ikke eksisterer",
        [PrioritetMangler] = "Manglende angivelse av prioritet på kravet",
        [PrioritetManglerPaaRenteopplysninger] = "Prioritet angitt på ett krav men mangler på renter frem i tid",
        [PrioritetManglerPaaRettsgebyr] = "Manglende angivelse av prioritet på kravet",
        [UgyldigBeloep] = "Ugyldig beløp",
        [UgyldigRente] = "Ugyldig rente",
        [UgyldigKid] = "Ugyldig kid",
        [UgyldigKontonr] = "Ugyldig kontonummer",
        [UgyldigOrgnrProsessfullmektig] = "Prosessfullmektiges orgnummer er ugyldig",
        [SammeSaksoektSomSaksoeker] = "Saksøker kan ikke være saksøkt",
        [DuplikatSaksoeker] = "Duplikat saksøker",
        [DuplikatSaksoekt] = "Duplikat saksøkt",

        // Our own codes (not in ELAN's table).
        [UkjentArtsprioritet] = "Ukjent artsprioritet",
        [RenteOverstiger] = "Krevd rente er høyere enn beregnet rente",
    };

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>ARTSPRIORITET_ETTER_LOV</c>.</summary>
    public const string ArtsprioritetEtterLov = "ARTSPRIORITET_ETTER_LOV";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>ARTSPRIORITET_F</c>.</summary>
    public const string ArtsprioritetF = "ARTSPRIORITET_F";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>ARTSPRIORITET_TOLKET</c>.</summary>
    public const string ArtsprioritetTolket = "ARTSPRIORITET_TOLKET";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>BOKSTAVER</c>.</summary>
    public const string Bokstaver = "BOKSTAVER";

    /// <summary>ELAN code <c>DUPLIKAT_SAKSOEKER</c>.</summary>
    public const string DuplikatSaksoeker = "DUPLIKAT_SAKSOEKER";

    /// <summary>ELAN code <c>DUPLIKAT_SAKSOEKT</c>.</summary>
    public const string DuplikatSaksoekt = "DUPLIKAT_SAKSOEKT";

    /// <summary>ELAN code <c>GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL</c>.</summary>
    public const string GebyrEllerSakskostnadHarEtRelatertkravSomIkkeErHovedstol = "GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>GJENSTAAENDE_BEREGNET</c>.</summary>
    public const string GjenstaaendeBeregnet = "GJENSTAAENDE_BEREGNET";

    /// <summary>ELAN code <c>HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV</c>.</summary>
    public const string HovedstolSkalIkkeHaEtRelatertKrav = "HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>INGEN_KRAV</c>.</summary>
    public const string IngenKrav = "INGEN_KRAV";

    /// <summary>ELAN code <c>KRAV_DUPLIKATE_REFERANSER</c>.</summary>
    public const string KravDuplikateReferanser = "KRAV_DUPLIKATE_REFERANSER";

    /// <summary>ELAN code <c>KRAV_I_FLERE_TVANGSGRUNNLAG</c>.</summary>
    public const string KravIFlereTvangsgrunnlag = "KRAV_I_FLERE_TVANGSGRUNNLAG";

    /// <summary>ELAN code <c>KRAV_IKKE_BENYTTET</c>.</summary>
    public const string KravIkkeBenyttet = "KRAV_IKKE_BENYTTET";

    /// <summary>ELAN code <c>MANGLER_KRAV</c>.</summary>
    public const string ManglerKrav = "MANGLER_KRAV";

    /// <summary>ELAN code <c>PRIORITET_MANGLER</c>.</summary>
    public const string PrioritetMangler = "PRIORITET_MANGLER";

    /// <summary>ELAN code <c>PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER</c>.</summary>
    public const string PrioritetManglerPaaRenteopplysninger = "PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER";

    /// <summary>ELAN code <c>PRIORITET_MANGLER_PÅ_RETTSGEBYR</c>.</summary>
    public const string PrioritetManglerPaaRettsgebyr = "PRIORITET_MANGLER_PÅ_RETTSGEBYR";

    /// <summary>ELAN code <c>RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV</c>.</summary>
    public const string RelaterteKravKanIkkePekePaaSegSelv = "RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV";

    /// <summary>ELAN code <c>RELATERTE_KRAV_MÅ_FINNES</c>.</summary>
    public const string RelaterteKravMaaFinnes = "RELATERTE_KRAV_MÅ_FINNES";

    /// <summary>ELAN code <c>RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER</c>.</summary>
    public const string RelaterteKravUgyldigeKravreferanser = "RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER";

    /// <summary>ELAN code <c>RENTE_MAA_HA_RELATERT_KRAV</c>.</summary>
    public const string RenteMaaHaRelatertKrav = "RENTE_MAA_HA_RELATERT_KRAV";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>RENTEKONTROLL_IKKE_MULIG</c>.</summary>
    public const string RentekontrollIkkeMulig = "RENTEKONTROLL_IKKE_MULIG";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>RENTEKONTROLL_LAVERE</c>.</summary>
    public const string RentekontrollLavere = "RENTEKONTROLL_LAVERE";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>RENTEKONTROLL_LIK</c>.</summary>
    public const string RentekontrollLik = "RENTEKONTROLL_LIK";

    /// <summary>ELAN code <c>RENTEKRAV_KAN_IKKE_HA_RENTEKRAV</c>.</summary>
    public const string RentekravKanIkkeHaRentekrav = "RENTEKRAV_KAN_IKKE_HA_RENTEKRAV";

    /// <summary>ELAN code <c>SAMME_SAKSOEKT_SOM_SAKSOEKER</c>.</summary>
    public const string SammeSaksoektSomSaksoeker = "SAMME_SAKSOEKT_SOM_SAKSOEKER";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>TIDSPRIORITET_ANTATT</c>.</summary>
    public const string TidsprioritetAntatt = "TIDSPRIORITET_ANTATT";

    /// <summary>ELAN code <c>TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER</c>.</summary>
    public const string TvangsgrunnlagUgyldigeKravreferanser = "TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER";

    /// <summary>ELAN code <c>UGYLDIG_BELOEP</c>.</summary>
    public const string UgyldigBeloep = "UGYLDIG_BELOEP";

    /// <summary>ELAN code <c>UGYLDIG_KID</c>.</summary>
    public const string UgyldigKid = "UGYLDIG_KID";

    /// <summary>ELAN code <c>UGYLDIG_KONTONR</c>.</summary>
    public const string UgyldigKontonr = "UGYLDIG_KONTONR";

    /// <summary>ELAN code <c>UGYLDIG_ORGNR_PROSESSFULLMEKTIG</c>.</summary>
    public const string UgyldigOrgnrProsessfullmektig = "UGYLDIG_ORGNR_PROSESSFULLMEKTIG";

    /// <summary>ELAN code <c>UGYLDIG_RENTE</c>.</summary>
    public const string UgyldigRente = "UGYLDIG_RENTE";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>UGYLDIG_VALUTA</c>.</summary>
    public const string UgyldigValuta = "UGYLDIG_VALUTA";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>UKJENT_DOKUMENT</c>.</summary>
    public const string UkjentDokument = "UKJENT_DOKUMENT";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>UKJENT_KRAVDETALJER</c>.</summary>
    public const string UkjentKravdetaljer = "UKJENT_KRAVDETALJER";

    /// <summary>Own code reported by the importer (information or a violation outside ELAN's table) <c>UTENFOR_OMRAADE</c>.</summary>
    public const string UtenforOmraade = "UTENFOR_OMRAADE";

    /// <summary>Own code: <c>prioritetDekningsloven</c> is not a letter of the chosen lettering.</summary>
    public const string UkjentArtsprioritet = "UKJENT_ARTSPRIORITET";

    /// <summary>Own code: a rentekrav claims more than the interest the engine computes for its period and basis.</summary>
    public const string RenteOverstiger = "RENTEKRAV_OVERSTIGER_BEREGNET";

    /// <summary>True for the codes that are ours, not ELAN's.</summary>
    public static bool ErEgenKode(string kode) => kode is UkjentArtsprioritet or RenteOverstiger;
}
