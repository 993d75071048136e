using Utleggstrekk.Engine.Trekkgrunnlag;

namespace Utleggstrekk.Applikasjon;

/// <summary>
/// The ytelse types and their treatment as a caseworker reads them (Norwegian), shared by the CLI's
/// <c>trekkgrunnlag</c> table and the web page's explanation of a case with <c>skyldner.ytelser</c>.
/// </summary>
public static class Ytelsesnavn
{
    /// <summary>The treatment as a caseworker reads it.</summary>
    public static string Behandling(string kode) => kode switch
    {
        "trekkbar" => "trekkbar",
        "inntektIkkeTrekkbar" => "inntekt, ikke trekkbar",
        _ => "holdes utenfor",
    };

    /// <summary>The ytelse type as a caseworker reads it.</summary>
    public static string Tekst(Ytelsestype type) => type switch
    {
        Ytelsestype.Loenn => "lønn",
        Ytelsestype.Feriepenger => "feriepenger",
        Ytelsestype.Overtid => "overtid",
        Ytelsestype.Provisjon => "provisjon",
        Ytelsestype.Bonus => "bonus",
        Ytelsestype.FastTilleggUtgifter => "fast tillegg for utgifter",
        Ytelsestype.SkattefriUtgiftsgodtgjoerelse => "skattefri utgiftsgodtgjørelse",
        Ytelsestype.NaeringLoennsdel => "næring, lønnsdelen",
        Ytelsestype.PensjonFraArbeidsgiver => "pensjon fra arbeidsgiver",
        Ytelsestype.Vartpenger => "vartpenger",
        Ytelsestype.AnnenPensjon => "annen pensjon",
        Ytelsestype.Livrente => "livrente",
        Ytelsestype.Ektefellebidrag => "ektefellebidrag",
        Ytelsestype.Barnebidrag => "barnebidrag",
        Ytelsestype.Folketrygd => "folketrygd",
        Ytelsestype.Sosialhjelp => "sosialhjelp",
        Ytelsestype.Kontantstoette => "kontantstøtte",
        Ytelsestype.Barnetrygd => "barnetrygd",
        Ytelsestype.StoenadTilBarnetilsyn => "stønad til barnetilsyn",
        Ytelsestype.ErstatningPersonskade => "erstatning for personskade",
        Ytelsestype.InnsamledeMidler => "innsamlede midler",
        Ytelsestype.Aeresgave => "æresgave",
        Ytelsestype.Kapitalinntekt => "kapitalinntekt",
        Ytelsestype.Naturalytelse => "naturalytelse",
        _ => Trekkgrunnlagsberegner.Ytelsestekst(type),
    };
}
