namespace Utleggstrekk.Json;

/// <summary>
/// The rule codes only this layer reports, each written once (the shared ones are <c>Utleggstrekk.Engine.Felles.Feilkoder</c>).
/// </summary>
internal static class Jsonfeilkoder
{
    public const string KravgjelderUtenYtelser = "KRAVGJELDER_UTEN_YTELSER";
    public const string UkjentSti = "UKJENT_STI";
    public const string YtelserOgSummer = "YTELSER_OG_SUMMER";
}
