namespace Utleggstrekk.Json;

/// <summary>
/// The Norwegian warning every surface shows when a result used a derived figure (kildegrad <c>avledet</c>): which
/// table, and the rule the figure was derived by. The CLI tables and the web page print the same text.
/// </summary>
public static class Avledetmerknad
{
    /// <summary>The rule a table's derived figures follow, in Norwegian, for the warning.</summary>
    /// <param name="tabell">The table name (<c>livsopphold</c>, <c>samvaer</c>, <c>forsinkelsesrente</c>, <c>trekkgrenser</c>).</param>
    public static string Regel(string tabell) => tabell switch
    {
        "livsopphold" => "fjorårets livsoppholdssatser × (1 + KPI-endringen mai–mai), avrundet til hele kroner (forskrift om livsoppholdssatser § 6)",
        "forsinkelsesrente" => "Norges Banks styringsrente + 8 prosentpoeng (forsinkelsesrenteloven § 3)",
        _ => "regelen som står i tabellens kilde",
    };

    /// <summary>
    /// The warning for a list of tables (<see cref="BeregnUtdata.Avledet"/>), or <c>null</c> when the list is empty.
    /// </summary>
    public static string? Tekst(IReadOnlyList<string> tabeller)
    {
        ArgumentNullException.ThrowIfNull(tabeller);
        if (tabeller.Count == 0)
        {
            return null;
        }

        var deler = tabeller.Select(t => $"{t} (avledet etter {Regel(t)})");
        return "MERK: beregningen bruker avledede satser, ikke kunngjorte: " + string.Join("; ", deler)
            + ". Kontroller mot de kunngjorte satsene når de foreligger (se docs/satser.md).";
    }
}
