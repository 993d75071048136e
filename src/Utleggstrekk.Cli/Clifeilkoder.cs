namespace Utleggstrekk.Cli;

/// <summary>
/// The rule codes only this layer reports, each written once (the shared ones are <c>Utleggstrekk.Engine.Felles.Feilkoder</c>).
/// </summary>
internal static class Clifeilkoder
{
    public const string ErKatalog = "ER_KATALOG";
    public const string FilFinnesIkke = "FIL_FINNES_IKKE";
    public const string ForStorFil = "FOR_STOR_FIL";
    public const string HeleNettoinntekten = "HELE_NETTOINNTEKTEN";
    public const string IkkeVanligFil = "IKKE_VANLIG_FIL";
    public const string InternFeil = "INTERN_FEIL";
    public const string KanIkkeLese = "KAN_IKKE_LESE";
    public const string KanIkkeSkrive = "KAN_IKKE_SKRIVE";
    public const string KatalogFinnesIkke = "KATALOG_FINNES_IKKE";
    public const string KatalogIkkeTom = "KATALOG_IKKE_TOM";
    public const string UgyldigFra = "UGYLDIG_FRA";
    public const string UgyldigKommandolinje = "UGYLDIG_KOMMANDOLINJE";
    public const string UgyldigKpi = "UGYLDIG_KPI";
}
