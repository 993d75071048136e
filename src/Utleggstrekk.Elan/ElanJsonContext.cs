using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Elan;

/// <summary>
/// The source-generated reader for the ELAN documents: camelCase names, unknown properties skipped (ELAN documents
/// carry much this importer does not use), numbers strict, dates <c>uuuu-MM-dd</c> and date-times with offset through
/// NodaTime.Serialization.SystemTextJson. Depth is limited to 64 levels (the System.Text.Json default).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    Converters = [typeof(ElanDatoKonverter), typeof(OffsetDateTimeKonverter)])]
[JsonSerializable(typeof(BegjaeringV1))]
[JsonSerializable(typeof(BegjaeringV09))]
[JsonSerializable(typeof(BeslutningKommuneV1))]
[JsonSerializable(typeof(OppslagSamordnetTrekk))]
internal sealed partial class ElanJsonContext : JsonSerializerContext;

/// <summary>
/// Reads a date <c>uuuu-MM-dd</c> as the other readers do, in years 1–9999 only (<see cref="Datogrense"/>):
/// <c>0000-01-01</c> is refused (<c>UGYLDIG_DATO</c> with its path) instead of becoming a tidsprioritet in year 0.
/// </summary>
internal sealed class ElanDatoKonverter : JsonConverter<LocalDate>
{
    private static readonly LocalDateKonverter Felles = new();

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dato = Felles.Read(ref reader, typeToConvert, options);
        return Datogrense.ErGyldig(dato) ? dato : throw new JsonException("Year outside 1-9999.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Felles.Write(writer, value, options);
}

/// <summary>
/// Reads an ISO date-time with offset (<c>2025-09-04T12:34:56+02:00</c>) by delegating to NodaTime's
/// <see cref="NodaConverters.OffsetDateTimeConverter"/>; the wrapper exists because a source-generation attribute needs
/// a converter type with a parameterless constructor.
/// </summary>
internal sealed class OffsetDateTimeKonverter : JsonConverter<OffsetDateTime>
{
    private static readonly JsonConverter<OffsetDateTime> Noda = (JsonConverter<OffsetDateTime>)NodaConverters.OffsetDateTimeConverter;

    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var verdi = Noda.Read(ref reader, typeToConvert, options);
        return Datogrense.ErGyldig(verdi.Date) ? verdi : throw new JsonException("Year outside 1-9999.");
    }

    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
