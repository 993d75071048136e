using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Web;

/// <summary>
/// Where <c>POST /api/innsyn</c> takes the requester's organisation number from: one request header, set by the
/// platform's authentication in front of the service (which must strip it from the client's request). The service
/// does not authenticate anyone itself; it trusts this header and nothing else — never a body field or a query
/// parameter. The name is <see cref="StandardHeader"/> unless configured with <c>Innsyn:OrgnrHeader</c>
/// (<c>--Innsyn:OrgnrHeader NAME</c>, environment <c>Innsyn__OrgnrHeader</c>).
/// </summary>
/// <param name="Header">The header's name.</param>
public sealed record Innsynsoppsett(string Header)
{
    /// <summary>The header used when none is configured.</summary>
    public const string StandardHeader = "X-Innsyn-Orgnr";

    /// <summary>The configuration key of the header name.</summary>
    public const string Konfigurasjonsnoekkel = "Innsyn:OrgnrHeader";

    /// <summary>Query parameters that look like a requester's organisation number: refused, so no caller believes they count.</summary>
    public static IReadOnlyList<string> ForbudteParametere { get; } = ["som", "orgnr"];

    /// <summary>The set-up from configuration; a header name that is not an HTTP token stops the start.</summary>
    public static Innsynsoppsett Fra(string? konfigurert)
    {
        var navn = string.IsNullOrWhiteSpace(konfigurert) ? StandardHeader : konfigurert.Trim();
        if (!navn.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new OppsettException($"{Konfigurasjonsnoekkel} '{navn}' er ikke et gyldig headernavn (bare bokstaver a–z, sifre, '-' og '_').");
        }

        return new Innsynsoppsett(navn);
    }

    /// <summary>
    /// The requester's organisation number from the header. Missing or empty: 403 <c>innsyn-uten-orgnr</c>; more than
    /// one value, or not a valid organisation number (nine digits, mod 11): 400 with the header as the field.
    /// </summary>
    public Organisasjonsnummer Spoerrer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var verdier = request.Headers[Header];
        if (verdier.Count == 0 || string.IsNullOrWhiteSpace(verdier[0]))
        {
            throw new ForespoerselException(
                StatusCodes.Status403Forbidden,
                "innsyn-uten-orgnr",
                "Innsyn uten avsender",
                $"Forespørselen mangler headeren {Header}, som plattformens autentisering skal sette med organisasjonsnummeret til den som spør.",
                [new Valideringsfeil(Header, null, Webfeilkoder.InnsynUtenOrgnr, $"Headeren {Header} mangler; innsyn gis bare når plattformen har identifisert den som spør.")]);
        }

        if (verdier.Count > 1 || verdier[0]!.Contains(',', StringComparison.Ordinal))
        {
            throw new UgyldigInndataException(new Valideringsfeil(Header, verdier.ToString(), Feilkoder.DuplikatFelt, "Headeren står mer enn én gang eller har flere verdier."));
        }

        var tekst = verdier[0]!.Trim();
        if (!Organisasjonsnummer.TryLes(tekst, out var orgnr))
        {
            throw new UgyldigInndataException(Organisasjonsnummer.Feil(tekst, Header));
        }

        return orgnr;
    }

    /// <summary>The problem for a refusal: 404 for an unknown krav, 403 for the access refusals; each with its code.</summary>
    public static ForespoerselException Avslag(Innsynsavslag avslag, string kravId, Organisasjonsnummer som, string header)
    {
        var kode = Innsynsavslagskoder.Kode(avslag);
        var melding = Innsynsavslagskoder.Melding(avslag);
        return avslag switch
        {
            Innsynsavslag.UkjentKrav => new ForespoerselException(
                StatusCodes.Status404NotFound, "innsyn-ukjent-krav", "Ukjent krav", melding, [new Valideringsfeil("krav", kravId, kode, melding)]),
            Innsynsavslag.IkkePart => new ForespoerselException(
                StatusCodes.Status403Forbidden, "innsyn-ikke-part", "Ikke part i kravet", melding, [new Valideringsfeil(header, som.ToString(), kode, melding)]),
            Innsynsavslag.TrekkAvsluttet => new ForespoerselException(
                StatusCodes.Status403Forbidden, "innsyn-trekk-avsluttet", "Trekket er avsluttet", melding, [new Valideringsfeil("status", "avsluttet", kode, melding)]),
            _ => throw new ArgumentOutOfRangeException(nameof(avslag), avslag, "Innsyn ble gitt; ikke et avslag."),
        };
    }
}

/// <summary>A set-up value (configuration) that stops the start of the service.</summary>
public sealed class OppsettException(string melding) : Exception(melding);
