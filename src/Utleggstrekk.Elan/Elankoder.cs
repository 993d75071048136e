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
        ["MANGLER_KRAV"] = "Begjæringen refererer ikke til noen krav",
        ["KRAV_DUPLIKATE_REFERANSER"] = "Krav har ikke unike kravreferanser",
        ["KRAV_IKKE_BENYTTET"] = "Begjæringen inneholder krav som ikke er dokumentert gjennom tvangsgrunnlag",
        ["KRAV_I_FLERE_TVANGSGRUNNLAG"] = "Krav i flere tvangsgrunnlag",
        ["TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER"] = "Begjæringens tvangsgrunnlag peker på krav som ikke eksisterer",
        ["HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV"] = "Hovedstol har et relatert krav",
        ["RENTE_MAA_HA_RELATERT_KRAV"] = "Relasjon til rentebærende krav mangler",
        ["RENTEKRAV_KAN_IKKE_HA_RENTEKRAV"] = "Uriktig relasjon til rentekravet",
        ["GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL"] = "Uriktig eller manglende relasjon til hovedstol",
        ["RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV"] = "Relaterte krav kan ikke peke på seg selv",
        ["RELATERTE_KRAV_MÅ_FINNES"] = "Relaterte krav må peke til krav i samme tvangsgrunnlag",
        ["RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER"] = "Relaterte krav peker på krav som ikke eksisterer",
        ["PRIORITET_MANGLER"] = "Manglende angivelse av prioritet på kravet",
        ["PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER"] = "Prioritet angitt på ett krav men mangler på renter frem i tid",
        ["PRIORITET_MANGLER_PÅ_RETTSGEBYR"] = "Manglende angivelse av prioritet på kravet",
        ["UGYLDIG_BELOEP"] = "Ugyldig beløp",
        ["UGYLDIG_RENTE"] = "Ugyldig rente",
        ["UGYLDIG_KID"] = "Ugyldig kid",
        ["UGYLDIG_KONTONR"] = "Ugyldig kontonummer",
        ["UGYLDIG_ORGNR_PROSESSFULLMEKTIG"] = "Prosessfullmektiges orgnummer er ugyldig",
        ["SAMME_SAKSOEKT_SOM_SAKSOEKER"] = "Saksøker kan ikke være saksøkt",
        ["DUPLIKAT_SAKSOEKER"] = "Duplikat saksøker",
        ["DUPLIKAT_SAKSOEKT"] = "Duplikat saksøkt",

        // Our own codes (not in ELAN's table).
        [UkjentArtsprioritet] = "Ukjent artsprioritet",
        [RenteOverstiger] = "Krevd rente er høyere enn beregnet rente",
    };

    /// <summary>Own code: <c>prioritetDekningsloven</c> is not a letter of the chosen lettering.</summary>
    public const string UkjentArtsprioritet = "UKJENT_ARTSPRIORITET";

    /// <summary>Own code: a rentekrav claims more than the interest the engine computes for its period and basis.</summary>
    public const string RenteOverstiger = "RENTEKRAV_OVERSTIGER_BEREGNET";

    /// <summary>True for the codes that are ours, not ELAN's.</summary>
    public static bool ErEgenKode(string kode) => kode is UkjentArtsprioritet or RenteOverstiger;
}
