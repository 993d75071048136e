using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Web;

/// <summary>
/// The OpenAPI document (served at <c>/openapi/v1.json</c>, checked in as <c>docs/openapi.json</c>): Norwegian
/// title and description, amounts and percentages as numbers, dates as <c>date</c> strings — as the JSON has them.
/// </summary>
public static class Openapidokument
{
    /// <summary>Adds the transformers.</summary>
    public static void Konfigurer(OpenApiOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.AddDocumentTransformer((dokument, _, _) =>
        {
            dokument.Info = new OpenApiInfo
            {
                Title = "Utleggstrekk API",
                Version = "v1",
                Description = "Beregning av utleggstrekk (deknl. § 2-7), fordeling (deknl. § 2-8), renter og trekkperiode. "
                    + "Samme JSON som kommandolinjens --json. Feil gis som application/problem+json (RFC 9457) med feltlisten `feil`. "
                    + "Tjenesten er tilstandsløs; satsene lastes én gang ved oppstart.",
            };
            dokument.Servers = [];
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer((skjema, kontekst, _) =>
        {
            var type = kontekst.JsonTypeInfo.Type;
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(Beloep))
            {
                Sett(skjema, JsonSchemaType.Number, null, "Beløp i kroner med inntil to desimaler.");
            }
            else if (type == typeof(Prosent))
            {
                Sett(skjema, JsonSchemaType.Number, null, "Prosent med inntil to desimaler.");
            }
            else if (type == typeof(LocalDate))
            {
                Sett(skjema, JsonSchemaType.String, "date", "Dato ÅÅÅÅ-MM-DD.");
            }

            return Task.CompletedTask;
        });
    }

    private static void Sett(OpenApiSchema skjema, JsonSchemaType type, string? format, string beskrivelse)
    {
        var nullbar = skjema.Type is { } t && t.HasFlag(JsonSchemaType.Null);
        skjema.Type = nullbar ? type | JsonSchemaType.Null : type;
        skjema.Format = format;
        skjema.Description = beskrivelse;
        skjema.Properties?.Clear();
        skjema.Required?.Clear();
    }
}
