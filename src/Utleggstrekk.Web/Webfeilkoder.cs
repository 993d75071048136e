namespace Utleggstrekk.Web;

/// <summary>
/// The rule codes only this layer reports, each written once (the shared ones are <c>Utleggstrekk.Engine.Felles.Feilkoder</c>).
/// </summary>
internal static class Webfeilkoder
{
    public const string ForDyp = "FOR_DYP";
    public const string ForMangeAlternativer = "FOR_MANGE_ALTERNATIVER";
    public const string ForMangeKrav = "FOR_MANGE_KRAV";
    public const string ForMangeMaaneder = "FOR_MANGE_MAANEDER";
    public const string InnsynUtenOrgnr = "INNSYN_UTEN_ORGNR";
    public const string OrgnrBareIHeader = "ORGNR_BARE_I_HEADER";
    public const string OverBudsjett = "OVER_BUDSJETT";
    public const string UgyldigSkjema = "UGYLDIG_SKJEMA";
}
