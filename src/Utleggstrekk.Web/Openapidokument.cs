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
        o.AddDocumentTransformer(Dokument);
        o.AddOperationTransformer(Operasjon);
        o.AddSchemaTransformer(Skjema);
    }

    /// <summary>The Norwegian title and description; no servers (the platform in front decides the address).</summary>
    private static Task Dokument(OpenApiDocument dokument, OpenApiDocumentTransformerContext kontekst, CancellationToken avbryt)
    {
        dokument.Info = new OpenApiInfo
        {
            Title = "Utleggstrekk API",
            Version = "v1",
            Description = "Beregning av utleggstrekk (deknl. § 2-7), fordeling (deknl. § 2-8), renter, trekkperiode, framskriving, innsyn (forskrift 2025-07-09-1510 § 4) og kontroll av ELAN-dokumenter. "
                + "Samme JSON som kommandolinjens --json. Feil gis som application/problem+json (RFC 9457) med feltlisten `feil`. "
                + "Tjenesten er tilstandsløs; satsene lastes én gang ved oppstart. "
                + "Tjenesten autentiserer ikke selv: TLS og autentisering ligger i plattformen foran den. For innsyn skal plattformen sette headeren "
                + Innsynsoppsett.StandardHeader + " (konfigurerbar) med organisasjonsnummeret til den autentiserte som spør, og fjerne den fra klientens forespørsel.",
        };
        dokument.Servers = [];
        return Task.CompletedTask;
    }

    /// <summary>The operations the generator cannot describe alone: framskriv's two answers and innsyn's header.</summary>
    private static async Task Operasjon(OpenApiOperation operasjon, OpenApiOperationTransformerContext kontekst, CancellationToken avbryt)
    {
        if (ErEndepunkt(kontekst, "framskriv")
            && operasjon.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var innhold) == true)
        {
            // One amount (or none): the projection; several: {"alternativer": [...]}, as `framskriv --json`.
            var en = await kontekst.GetOrCreateSchemaAsync(typeof(Json.FramskrivUtdata), null, avbryt).ConfigureAwait(false);
            var flere = await kontekst.GetOrCreateSchemaAsync(typeof(Json.FramskrivAlternativerUtdata), null, avbryt).ConfigureAwait(false);
            innhold.Schema = new OpenApiSchema { OneOf = [en, flere] };
        }

        if (ErEndepunkt(kontekst, "innsyn"))
        {
            LeggTilInnsynsheader(operasjon, kontekst.ApplicationServices.GetRequiredService<Innsynsoppsett>().Header);
        }
    }

    private static bool ErEndepunkt(OpenApiOperationTransformerContext kontekst, string navn) =>
        kontekst.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().Any(n => n.EndpointName == navn);

    /// <summary>Innsyn's required header with the asker's organisasjonsnummer, set by the platform in front.</summary>
    private static void LeggTilInnsynsheader(OpenApiOperation operasjon, string header)
    {
        operasjon.Parameters ??= [];
        operasjon.Parameters.Add(new OpenApiParameter
        {
            Name = header,
            In = ParameterLocation.Header,
            Required = true,
            Description = "Organisasjonsnummeret (ni siffer) til den som spør. Settes av plattformens autentisering foran tjenesten, "
                + "som skal fjerne headeren fra klientens forespørsel; tjenesten autentiserer ikke selv og bruker aldri et organisasjonsnummer fra innholdet.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{9}$" },
        });
    }

    /// <summary>Amounts and percentages as numbers, dates as <c>date</c> strings, as the JSON has them.</summary>
    private static Task Skjema(OpenApiSchema skjema, OpenApiSchemaTransformerContext kontekst, CancellationToken avbryt)
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
