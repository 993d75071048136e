using System.Text.Json;

namespace Utleggstrekk.Json;

/// <summary>
/// The public JSON mapping of the engine's results, the same one the command line's <c>--json</c> uses:
/// <c>JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options)</c> of a <see cref="Engine.Trekkberegning.Trekkresultat"/>,
/// <see cref="Engine.Prioritet.Fordelingsresultat"/>, <see cref="Engine.Trekkperiode.Trekkperiodesvar"/>,
/// <see cref="Engine.Renter.Renteresultat"/>, <see cref="Engine.Felles.Forklaring"/>, <see cref="Engine.Innsyn.Innsynssvar"/>
/// (the <c>innsyn</c> document), <see cref="Engine.Trekkdata.Trekk"/> (TREKK.json, which also reads back),
/// <see cref="Engine.Framskriving.Kravinnfrielse"/> (a <c>krav</c> element of the <c>framskriv</c> document) or
/// <see cref="Engine.Framskriving.KravFramskriving"/> / <see cref="Engine.Framskriving.Framskrivingsmaaned"/> (and arrays
/// of them; these two carry no claim id or date of their own, so they are written field by field: month index, amounts
/// in kroner) gives the documented document
/// (docs/cli.md): camelCase names in a fixed order, amounts as JSON numbers in kroner with two decimals, percentages as
/// numbers with two decimals, dates as <c>ÅÅÅÅ-MM-DD</c>, enumerations as their documented codes (<see cref="Koder"/>),
/// two-space indentation with <c>\n</c> line ends, non-ASCII text (§, æ, ø, å) unescaped. Deterministic: the same result
/// gives byte-identical text.
/// </summary>
/// <remarks>
/// The options are source-generated (<see cref="UtleggstrekkJsonContext"/>) and read-only; they serialize the result
/// types above, the result documents (<see cref="BeregnUtdata"/>, <see cref="FordelUtdata"/>, <see cref="RenteUtdata"/>,
/// <see cref="TrekkperiodeUtdata"/>, <see cref="HvaOmUtdata"/>, <see cref="SatserUtdata"/>) and the enumerations of
/// <see cref="Koder"/>. The command line adds a final newline after the document. Results are output only: reading a
/// result back is not supported (input is read with <see cref="SakJson"/> and <see cref="TrekkJson"/>).
/// </remarks>
public static class UtleggstrekkJson
{
    /// <summary>The serializer options of every result document (read-only).</summary>
    public static JsonSerializerOptions Options => UtleggstrekkJsonContext.Utdata.Options;

    /// <summary>As <see cref="Options"/> without indentation: each document on one line (the <c>--ndjson</c> output).</summary>
    public static JsonSerializerOptions KompaktOptions => UtleggstrekkJsonContext.Kompakt.Options;

    /// <summary>The source-generated context behind <see cref="Options"/>, for <c>JsonTypeInfo</c>-based calls and AOT.</summary>
    public static UtleggstrekkJsonContext Context => UtleggstrekkJsonContext.Utdata;
}
