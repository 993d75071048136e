using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Utleggstrekk.Json;

/// <summary>
/// The source-generated serializer context for every document: camelCase names, declared property order,
/// indented with <c>\n</c> line ends, amounts as numbers with two decimals, dates as <c>uuuu-MM-dd</c>,
/// unknown properties refused. Output is byte-identical for the same input.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(BeloepKonverter), typeof(ProsentKonverter), typeof(LocalDateKonverter)])]
[JsonSerializable(typeof(SakDokument))]
[JsonSerializable(typeof(TrekkDokument))]
[JsonSerializable(typeof(BeregnUtdata))]
[JsonSerializable(typeof(HvaOmUtdata))]
[JsonSerializable(typeof(RenteUtdata))]
[JsonSerializable(typeof(FordelUtdata))]
[JsonSerializable(typeof(TrekkperiodeUtdata))]
[JsonSerializable(typeof(SatserUtdata))]
[JsonSerializable(typeof(InnsynUtdata))]
[JsonSerializable(typeof(FramskrivUtdata))]
[JsonSerializable(typeof(FramskrivAlternativerUtdata))]
public sealed partial class UtleggstrekkJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context for writing result documents: as <see cref="Default"/>, but non-ASCII text (§, æ, ø, å) is
    /// written as is instead of as <c>\u00A7</c> escapes; only what JSON requires is escaped. For a file or a
    /// terminal, not for embedding in HTML.
    /// </summary>
    public static UtleggstrekkJsonContext Utdata => LatUtdata.Value;

    // The same settings as the attribute above, plus the encoder (which the attribute cannot set).
    private static readonly Lazy<UtleggstrekkJsonContext> LatUtdata = new(() => new UtleggstrekkJsonContext(
        new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            NewLine = "\n",
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            Converters = { new BeloepKonverter(), new ProsentKonverter(), new LocalDateKonverter() },
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
}

/// <summary>Writes result documents deterministically (fixed order, invariant numbers, <c>\n</c> line ends, no timestamps).</summary>
public static class JsonSkriver
{
    /// <summary>Serializes <paramref name="dokument"/> with the source-generated metadata, ending with a newline.</summary>
    public static string Skriv<T>(T dokument, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Serialize(dokument, type) + "\n";
}
