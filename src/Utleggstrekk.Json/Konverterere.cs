using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// Writes a <see cref="Beloep"/> as a JSON number in kroner with exactly two decimals (<c>11276.00</c>), invariant,
/// and reads a JSON number with at most two decimals that is not negative (rule <c>UGYLDIG_BELOEP</c>).
/// </summary>
public sealed class BeloepKonverter : JsonConverter<Beloep>
{
    /// <inheritdoc />
    public override Beloep Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Forventet et beløp i kroner (tall).");
        }

        // The number's own text, read exactly (never through decimal, which rounds past 28 digits: 8000.00999… would
        // become 8000.01), like every other reader of amounts (docs/sak-json.md, input policy).
        if (!Beloep.TryFraTekst(Talltekst.Les(ref reader), "beloep", tillatEksponent: true, out var beloep, out var feil))
        {
            throw new JsonException(feil.ToString());
        }

        return beloep;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Beloep value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(value.ToString(), skipInputValidation: true);
    }
}

/// <summary>Writes a <see cref="Prosent"/> as a JSON number with exactly two decimals (<c>28.19</c>), invariant.</summary>
public sealed class ProsentKonverter : JsonConverter<Prosent>
{
    /// <inheritdoc />
    public override Prosent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number
            || !Prosent.TryFraTekst(Talltekst.Les(ref reader), "prosent", tillatEksponent: true, out var prosent, out _))
        {
            throw new JsonException("Forventet en prosentsats (ikke-negativt tall med høyst to desimaler).");
        }

        return prosent;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Prosent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(value.ToString(), skipInputValidation: true);
    }
}

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO date string <c>uuuu-MM-dd</c> by delegating to
/// NodaTime.Serialization.SystemTextJson's <see cref="NodaConverters.LocalDateConverter"/>. This wrapper exists only
/// because a source-generation attribute needs a converter type with a parameterless constructor.
/// </summary>
public sealed class LocalDateKonverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Noda = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Noda.Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}

/// <summary>
/// The date format of the JSON documents and the command line: the engine's <see cref="Isodato"/> (<c>uuuu-MM-dd</c>,
/// invariant), with the year range of <see cref="Datogrense"/> when reading.
/// </summary>
public static class Datoformat
{
    /// <summary>The ISO pattern <c>uuuu-MM-dd</c> (strict: exactly this shape): <see cref="Isodato.Moenster"/>.</summary>
    public static LocalDatePattern Iso => Isodato.Moenster;

    /// <summary>Formats a date as <c>uuuu-MM-dd</c>.</summary>
    public static string Tekst(LocalDate dato) => Isodato.Tekst(dato);

    /// <summary>
    /// Parses <c>uuuu-MM-dd</c>; false when the text is not a real date in that shape or lies outside years 1–9999
    /// (<see cref="Datogrense"/>: <c>0000-01-01</c> and <c>-2025-03-01</c> are refused).
    /// </summary>
    public static bool TryLes(string? tekst, out LocalDate dato)
    {
        dato = default;
        if (tekst is null)
        {
            return false;
        }

        var resultat = Iso.Parse(tekst);
        if (!resultat.Success || !Datogrense.ErGyldig(resultat.Value))
        {
            return false;
        }

        dato = resultat.Value;
        return true;
    }

    /// <summary>Invariant text of a decimal, e.g. for error messages.</summary>
    internal static string Tall(decimal verdi) => verdi.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The text of the JSON number the reader stands on (JSON numbers are ASCII).</summary>
internal static class Talltekst
{
    public static string Les(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        return System.Text.Encoding.ASCII.GetString(bytes);
    }
}
