using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Web;

/// <summary>
/// An error answer as <c>application/problem+json</c> (RFC 9457): the standard members plus <c>feil</c>, the list of
/// violations each naming the field, the value, the rule and a Norwegian sentence — the same list the CLI prints.
/// </summary>
public sealed class Problem
{
    /// <summary>A URI naming the kind of problem (<c>urn:utleggstrekk:problem:…</c>).</summary>
    public required string Type { get; init; }

    /// <summary>A short Norwegian summary of the kind of problem.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public required int Status { get; init; }

    /// <summary>A Norwegian explanation of this occurrence.</summary>
    public required string Detail { get; init; }

    /// <summary>The request path.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Instance { get; init; }

    /// <summary>Every violation found (empty when the problem is not about a field).</summary>
    public required IReadOnlyList<Feilfelt> Feil { get; init; }
}

/// <summary>One violation in a problem answer.</summary>
public sealed class Feilfelt
{
    /// <summary>The field: a dotted path into the body (<c>skyldner.bruttoPerMaaned</c>) or a query parameter name.</summary>
    public required string Felt { get; init; }

    /// <summary>The offending value as text, or null when the field is missing.</summary>
    public string? Verdi { get; init; }

    /// <summary>A stable rule code (<c>UGYLDIG_BELOEP</c>, <c>PAAKREVD</c>, …).</summary>
    public required string Regel { get; init; }

    /// <summary>A Norwegian sentence.</summary>
    public required string Melding { get; init; }

    /// <summary>From the engine's violation.</summary>
    public static Feilfelt Fra(Valideringsfeil f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new() { Felt = f.Felt, Verdi = f.Verdi, Regel = f.Regel, Melding = f.Melding };
    }
}

/// <summary>
/// Thrown for a problem with its own status: size, media type, or an innsyn refusal (then with the field that
/// decided it in <see cref="Feil"/>).
/// </summary>
public sealed class ForespoerselException(int status, string type, string tittel, string detalj, IReadOnlyList<Valideringsfeil>? feil = null) : Exception(detalj)
{
    /// <summary>The violations behind the problem (empty when it is not about a field).</summary>
    public IReadOnlyList<Valideringsfeil> Feil { get; } = feil ?? [];

    /// <summary>The HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>The problem type's last part.</summary>
    public string Type { get; } = type;

    /// <summary>The title.</summary>
    public string Tittel { get; } = tittel;
}

/// <summary>Maps exceptions and bare status codes to problem answers.</summary>
public static class Problemer
{
    /// <summary>The media type of a problem answer.</summary>
    public const string Medietype = "application/problem+json";

    /// <summary>The prefix of every problem type URI.</summary>
    public const string TypePrefiks = "urn:utleggstrekk:problem:";

    /// <summary>The problem for an exception that means bad input, or null when <paramref name="e"/> is something else.</summary>
    public static Problem? For(Exception e, string? sti) => e switch
    {
        UgyldigInndataException u => new Problem
        {
            Type = TypePrefiks + "ugyldig-inndata",
            Title = "Ugyldig inndata",
            Status = StatusCodes.Status400BadRequest,
            Detail = u.Feil.Count == 1 ? "Forespørselen har 1 feil." : $"Forespørselen har {u.Feil.Count} feil.",
            Instance = sti,
            Feil = [.. u.Feil.Select(Feilfelt.Fra)],
        },
        SatserManglerException s => new Problem
        {
            Type = TypePrefiks + "satser-mangler",
            Title = "Satser mangler",
            Status = StatusCodes.Status422UnprocessableEntity,
            Detail = s.Message,
            Instance = sti,
            Feil = [new Feilfelt { Felt = "beregningsdato", Regel = Feilkoder.SatserMangler, Melding = s.Message }],
        },
        OverflowException => new Problem
        {
            Type = TypePrefiks + "ugyldig-inndata",
            Title = "Ugyldig inndata",
            Status = StatusCodes.Status400BadRequest,
            Detail = "Tallene i inndataene er for store til å regne med (overflyt).",
            Instance = sti,
            Feil = [new Feilfelt { Felt = "$", Regel = Feilkoder.Overflyt, Melding = "Tallene i inndataene er for store til å regne med (overflyt)." }],
        },
        ForespoerselException f => new Problem
        {
            Type = TypePrefiks + f.Type,
            Title = f.Tittel,
            Status = f.Status,
            Detail = f.Message,
            Instance = sti,
            Feil = [.. f.Feil.Select(Feilfelt.Fra)],
        },
        BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge => ForStor(sti),
        BadHttpRequestException b when b.StatusCode == StatusCodes.Status408RequestTimeout => new Problem
        {
            Type = TypePrefiks + "tidsavbrudd",
            Title = "Innholdet kom ikke fram i tide",
            Status = StatusCodes.Status408RequestTimeout,
            Detail = "Innholdet kom for langsomt.",
            Instance = sti,
            Feil = [],
        },
        BadHttpRequestException b when b.StatusCode is >= 400 and < 500 => new Problem
        {
            Type = TypePrefiks + "ugyldig-forespoersel",
            Title = "Ugyldig forespørsel",
            Status = b.StatusCode,
            Detail = "Forespørselen kunne ikke leses.",
            Instance = sti,
            Feil = [],
        },
        _ => null,
    };

    /// <summary>The problem for a body over <see cref="Grenser.MaksForespoerselBytes"/>.</summary>
    public static Problem ForStor(string? sti) => new()
    {
        Type = TypePrefiks + "for-stor",
        Title = "Forespørselen er for stor",
        Status = StatusCodes.Status413PayloadTooLarge,
        Detail = $"Innholdet kan være høyst {Grenser.MaksForespoerselBytes} byte.",
        Instance = sti,
        Feil = [],
    };

    /// <summary>Writes a problem answer.</summary>
    public static Task SkrivAsync(HttpContext kontekst, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(kontekst);
        ArgumentNullException.ThrowIfNull(problem);
        kontekst.Response.StatusCode = problem.Status;
        kontekst.Response.ContentType = Medietype;
        return kontekst.Response.WriteAsync(Serialiser(problem));
    }

    /// <summary>The problem as JSON text (indented, non-ASCII letters as is).</summary>
    public static string Serialiser(Problem problem) => JsonSerializer.Serialize(problem, WebJsonContext.Utdata.Problem) + "\n";

    /// <summary>A bare status code (404, 405, …) as a problem answer.</summary>
    internal static Task SkrivStatuskodeAsync(StatusCodeContext s)
    {
        var kode = s.HttpContext.Response.StatusCode;
        var (type, tittel, detalj) = kode switch
        {
            404 => ("ikke-funnet", "Ikke funnet", "Det finnes ingen ressurs på denne adressen."),
            405 => ("metode-ikke-tillatt", "Metoden er ikke tillatt", "Adressen finnes, men ikke for denne HTTP-metoden."),
            413 => ("for-stor", "Forespørselen er for stor", $"Innholdet kan være høyst {Grenser.MaksForespoerselBytes} byte."),
            415 => ("feil-medietype", "Feil medietype", "Innholdet må være application/json."),
            503 => ("opptatt", "Tjenesten er opptatt", "For mange forespørsler behandles nå. Prøv igjen om litt."),
            _ => ("http-" + kode.ToString(System.Globalization.CultureInfo.InvariantCulture), "HTTP " + kode.ToString(System.Globalization.CultureInfo.InvariantCulture), "Forespørselen kunne ikke behandles."),
        };
        return SkrivAsync(s.HttpContext, new Problem
        {
            Type = TypePrefiks + type,
            Title = tittel,
            Status = kode,
            Detail = detalj,
            Instance = s.HttpContext.Request.Path.Value,
            Feil = [],
        });
    }
}

/// <summary>Source-generated JSON metadata for the service's own documents (problems, request bodies).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(RenteForespoersel))]
[JsonSerializable(typeof(TrekkperiodeForespoerselDokument))]
[JsonSerializable(typeof(Helse))]
public sealed partial class WebJsonContext : JsonSerializerContext
{
    /// <summary>As <see cref="Default"/>, writing non-ASCII letters (æ, ø, å, §) as is.</summary>
    public static WebJsonContext Utdata { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });
}
