using System.Globalization;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json;

/// <summary>
/// Formatting for what a caseworker reads (tables, the web page), independent of the machine's culture: Norwegian
/// style, fixed (space as group separator, comma as decimal separator).
/// </summary>
public static class Norskformat
{
    private static readonly NumberFormatInfo Norsk = new()
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        NumberGroupSizes = [3],
    };

    /// <summary>An amount: <c>11 276</c> for whole kroner, <c>40,98</c> otherwise.</summary>
    public static string Kr(Beloep beloep) =>
        beloep.Oere % Beloep.OerePerKrone == 0
            ? beloep.Kroner.ToString("#,0", Norsk)
            : beloep.Kroner.ToString("#,0.00", Norsk);

    /// <summary>A signed difference: <c>+1 000</c>, <c>-500</c>, <c>0</c>.</summary>
    public static string Differanse(Beloep beloep) => beloep.ErNegativt || beloep.ErNull ? Kr(beloep) : "+" + Kr(beloep);

    /// <summary>A percentage: <c>28,19 %</c>.</summary>
    public static string Prosent(Prosent prosent) => prosent.Verdi.ToString("0.00", Norsk) + " %";

    /// <summary>A Norwegian sentence for a binding constraint, with its source.</summary>
    public static string Begrensning(Begrensning b) => b switch
    {
        Engine.Trekkberegning.Begrensning.Livsopphold => "det skyldneren og husstanden trenger til livsopphold (deknl. § 2-7 første ledd)",
        Engine.Trekkberegning.Begrensning.Tak60 => "taket på 60 % av brutto for forskuddstrekk og utleggstrekk samlet (Retningslinje pkt. 5.4)",
        Engine.Trekkberegning.Begrensning.Tak80 => "det utvidede taket på 80 % av brutto (Retningslinje pkt. 5.4)",
        Engine.Trekkberegning.Begrensning.TrekkbarInntekt => "trekkbar inntekt: brutto minus forskuddstrekk og trekk med bedre prioritet",
        Engine.Trekkberegning.Begrensning.Naering20 => "20 % av brutto godtgjørelse ved skjematisk næringstrekk (sktbl. § 14-4 (2) b)",
        Engine.Trekkberegning.Begrensning.IngenTrekkevne => "ingen trekkevne: disponibelt dekker ikke skyldnerens andel av utgiftene",
        _ => b.ToString(),
    };
}
