using System.Globalization;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>Small formatting helpers of the pages (Norwegian, independent of the machine's culture).</summary>
public static class Tekst
{
    /// <summary>A whole number as invariant text.</summary>
    public static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>An amount as in the tables: <c>15 277 kr</c>.</summary>
    public static string Kr(Beloep b) => Norskformat.Kr(b) + " kr";

    /// <summary>A date as a caseworker reads it: <c>14.09.2016</c>.</summary>
    public static string Dato(NodaTime.LocalDate d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The name of a binding limit.</summary>
    public static string Begrensningsnavn(string kode) => kode switch
    {
        "Livsopphold" => "Livsopphold",
        "Tak60" => "Tak 60 %",
        "Tak80" => "Tak 80 %",
        "TrekkbarInntekt" => "Trekkbar inntekt",
        "Naering20" => "Næring 20 %",
        "IngenTrekkevne" => "Ingen trekkevne",
        _ => kode,
    };

    /// <summary>The sentence for a binding limit, with its source.</summary>
    public static string Begrensningssetning(string kode) =>
        Enum.TryParse<Engine.Trekkberegning.Begrensning>(kode, out var b) ? Norskformat.Begrensning(b) : kode;

    /// <summary>The assumed rates as words.</summary>
    public static string Antatt(IReadOnlyList<string> antatt) => antatt.Count == 0
        ? "nei"
        : string.Join(", ", antatt.Select(a => a switch { "livsopphold" => "livsopphold", "samvaer" => "samvær", _ => a }));
}
