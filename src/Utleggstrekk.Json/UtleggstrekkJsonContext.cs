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
    Converters = [
        typeof(BeloepKonverter), typeof(ProsentKonverter), typeof(LocalDateKonverter),
        typeof(TrekkresultatKonverter), typeof(FordelingsresultatKonverter), typeof(TrekkperiodesvarKonverter),
        typeof(RenteresultatKonverter), typeof(ForklaringKonverter), typeof(InnsynssvarKonverter), typeof(KravinnfrielseKonverter), typeof(TrekkKonverter),
        typeof(BegrensningKonverter), typeof(LoennsperiodeKonverter), typeof(FordelingsregelKonverter), typeof(KravkategoriKonverter),
        typeof(KravtypeKonverter), typeof(RentetypeKonverter), typeof(SivilstandKonverter), typeof(KostnadsdelingKonverter),
        typeof(TakregelKonverter)])]
[JsonSerializable(typeof(SakDokument))]
[JsonSerializable(typeof(TrekkDokument))]
[JsonSerializable(typeof(BeregnUtdata))]
[JsonSerializable(typeof(HvaOmUtdata))]
[JsonSerializable(typeof(RenteUtdata))]
[JsonSerializable(typeof(FordelUtdata))]
[JsonSerializable(typeof(TrekkperiodeUtdata))]
[JsonSerializable(typeof(SatserUtdata))]
[JsonSerializable(typeof(SatsjusteringUtdata))]
[JsonSerializable(typeof(RenteresultatUtdata))]
[JsonSerializable(typeof(FeilUtdata))]
[JsonSerializable(typeof(LinjefeilUtdata))]
[JsonSerializable(typeof(OmregningUtdata))]
[JsonSerializable(typeof(OmregningsfeilUtdata))]
[JsonSerializable(typeof(Engine.Trekkberegning.Trekkresultat))]
[JsonSerializable(typeof(Engine.Prioritet.Fordelingsresultat))]
[JsonSerializable(typeof(Engine.Trekkperiode.Trekkperiodesvar))]
[JsonSerializable(typeof(Engine.Renter.Renteresultat))]
[JsonSerializable(typeof(Engine.Felles.Forklaring))]
[JsonSerializable(typeof(Engine.Felles.Beloep))]
[JsonSerializable(typeof(Engine.Felles.Prosent))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(Engine.Trekkberegning.Begrensning))]
[JsonSerializable(typeof(Engine.Trekkberegning.Loennsperiode))]
[JsonSerializable(typeof(Engine.Prioritet.Fordelingsregel))]
[JsonSerializable(typeof(Engine.Trekkperiode.Kravkategori))]
[JsonSerializable(typeof(Engine.Prioritet.Kravtype))]
[JsonSerializable(typeof(Engine.Renter.Rentetype))]
[JsonSerializable(typeof(Engine.Trekkberegning.Sivilstand))]
[JsonSerializable(typeof(Engine.Trekkberegning.Kostnadsdeling))]
[JsonSerializable(typeof(Engine.Trekkberegning.Takregel))]
[JsonSerializable(typeof(InnsynUtdata))]
[JsonSerializable(typeof(FramskrivUtdata))]
[JsonSerializable(typeof(FramskrivAlternativerUtdata))]
[JsonSerializable(typeof(TrekkgrunnlagDokument))]
[JsonSerializable(typeof(TrekkgrunnlagUtdata))]
[JsonSerializable(typeof(SamordneDokument))]
[JsonSerializable(typeof(SamordneUtdata))]
[JsonSerializable(typeof(ForfallUtdata))]
[JsonSerializable(typeof(Engine.Innsyn.Innsynssvar))]
[JsonSerializable(typeof(Engine.Trekkdata.Trekk))]
[JsonSerializable(typeof(Engine.Framskriving.KravFramskriving))]
[JsonSerializable(typeof(Engine.Framskriving.KravFramskriving[]))]
[JsonSerializable(typeof(Engine.Framskriving.Framskrivingsmaaned))]
[JsonSerializable(typeof(Engine.Framskriving.Framskrivingsmaaned[]))]
[JsonSerializable(typeof(Engine.Framskriving.Kravinnfrielse))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<Engine.Framskriving.Kravinnfrielse>))]
[JsonSerializable(typeof(Engine.Framskriving.Kravinnfrielse[]))]
[JsonSerializable(typeof(AnsvarUtdata))]
[JsonSerializable(typeof(AnsvarDokument))]
[JsonSerializable(typeof(AvregnUtdata))]
public sealed partial class UtleggstrekkJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context for writing result documents: as <see cref="Default"/>, but non-ASCII text (§, æ, ø, å) is
    /// written as is instead of as <c>\u00A7</c> escapes; only what JSON requires is escaped. For a file or a
    /// terminal, not for embedding in HTML.
    /// </summary>
    public static UtleggstrekkJsonContext Utdata => LatUtdata.Value;

    // The same settings as the attribute above, plus the encoder (which the attribute cannot set).
    // Copying Default's options keeps the one list of converters in the attribute; the copy is not bound to a context.
    private static readonly Lazy<UtleggstrekkJsonContext> LatUtdata = new(() => LagUtdata(indentert: true));

    /// <summary>As <see cref="Utdata"/>, but without indentation: one document per line (NDJSON).</summary>
    public static UtleggstrekkJsonContext Kompakt => LatKompakt.Value;

    private static readonly Lazy<UtleggstrekkJsonContext> LatKompakt = new(() => LagUtdata(indentert: false));

    private static UtleggstrekkJsonContext LagUtdata(bool indentert)
    {
        JsonSerializerContext standard = Default;
        var valg = new JsonSerializerOptions(standard.Options) { TypeInfoResolver = null, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = indentert };
        return new UtleggstrekkJsonContext(valg);
    }
}

/// <summary>Writes result documents deterministically (fixed order, invariant numbers, <c>\n</c> line ends, no timestamps).</summary>
public static class JsonSkriver
{
    /// <summary>Serializes <paramref name="dokument"/> with the source-generated metadata, ending with a newline.</summary>
    public static string Skriv<T>(T dokument, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Serialize(dokument, type) + "\n";

    /// <summary>
    /// Serializes <paramref name="dokument"/> (a result document or an engine result) with
    /// <see cref="UtleggstrekkJson.Options"/>, ending with a newline: exactly what the command line's <c>--json</c> prints.
    /// </summary>
    public static string Skriv<T>(T dokument) => JsonSerializer.Serialize(dokument, UtleggstrekkJson.Options.GetTypeInfo(typeof(T))) + "\n";
}
