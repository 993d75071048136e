using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
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
    Converters = [typeof(LocalDateKonverter), typeof(OffsetDateTimeKonverter)])]
[JsonSerializable(typeof(BegjaeringV1))]
[JsonSerializable(typeof(BegjaeringV09))]
[JsonSerializable(typeof(BeslutningKommuneV1))]
[JsonSerializable(typeof(OppslagSamordnetTrekk))]
internal sealed partial class ElanJsonContext : JsonSerializerContext;

/// <summary>
/// Reads an ISO date-time with offset (<c>2025-09-04T12:34:56+02:00</c>) by delegating to NodaTime's
/// <see cref="NodaConverters.OffsetDateTimeConverter"/>; the wrapper exists because a source-generation attribute needs
/// a converter type with a parameterless constructor.
/// </summary>
internal sealed class OffsetDateTimeKonverter : JsonConverter<OffsetDateTime>
{
    private static readonly JsonConverter<OffsetDateTime> Noda = (JsonConverter<OffsetDateTime>)NodaConverters.OffsetDateTimeConverter;

    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Noda.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}
