using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// Reads request bodies and parameters within the limits of <see cref="Grenser"/>: the body must be JSON, at most
/// <see cref="Grenser.MaksForespoerselBytes"/> bytes and <see cref="Grenser.MaksDybde"/> levels deep; parameters are
/// parsed with the invariant culture, and every violation names the parameter and the value.
/// </summary>
public static class Inndata
{
    /// <summary>Reads the body as JSON text. Throws <see cref="ForespoerselException"/> (413, 415) or <see cref="UgyldigInputException"/>.</summary>
    public static async Task<string> LesJsonAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ErJson(request.ContentType))
        {
            throw new ForespoerselException(
                StatusCodes.Status415UnsupportedMediaType,
                "feil-medietype",
                "Feil medietype",
                $"Innholdet må være application/json, ikke '{request.ContentType ?? "(ingen)"}'.");
        }

        if (request.ContentLength > Grenser.MaksForespoerselBytes)
        {
            throw ForStor();
        }

        var bytes = await LesBegrensetAsync(request.Body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        SjekkDybde(bytes);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UgyldigInputException(new Valideringsfeil("$", null, "UGYLDIG_JSON", "Innholdet er ikke gyldig UTF-8."));
        }
    }

    /// <summary>True for <c>application/json</c> and any <c>application/…+json</c>, with or without parameters.</summary>
    public static bool ErJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var type = contentType.Split(';', 2)[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Refuses JSON nested deeper than <see cref="Grenser.MaksDybde"/> (rule <c>FOR_DYP</c>). A syntax error is left
    /// to the document reader, which names line and position.
    /// </summary>
    public static void SjekkDybde(ReadOnlySpan<byte> json)
    {
        // One level more than the limit, so that the first token past the limit is read and reported here.
        var leser = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Grenser.MaksDybde + 1, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (leser.Read())
            {
                if (leser.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && leser.CurrentDepth >= Grenser.MaksDybde)
                {
                    throw new UgyldigInputException(new Valideringsfeil(
                        "$", null, "FOR_DYP", $"JSON-dokumentet er nøstet dypere enn {Grenser.MaksDybde} nivåer."));
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error: reported by the document reader with line and position.
        }
    }

    private static ForespoerselException ForStor() => new(
        StatusCodes.Status413PayloadTooLarge, "for-stor", "Forespørselen er for stor", $"Innholdet kan være høyst {Grenser.MaksForespoerselBytes} byte.");

    private static async Task<byte[]> LesBegrensetAsync(Stream kropp, CancellationToken avbrutt)
    {
        using var buffer = new MemoryStream();
        var blokk = new byte[16 * 1024];
        int lest;
        while ((lest = await kropp.ReadAsync(blokk, avbrutt).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + lest > Grenser.MaksForespoerselBytes)
            {
                throw ForStor();
            }

            buffer.Write(blokk, 0, lest);
        }

        return buffer.ToArray();
    }
}

/// <summary>Parses query parameters, collecting every violation (as the CLI's option parser does).</summary>
public sealed class Parameterleser(IQueryCollection query)
{
    private readonly List<Valideringsfeil> _feil = [];

    /// <summary>Every violation so far.</summary>
    public IReadOnlyList<Valideringsfeil> Feil => _feil;

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>The single value of <paramref name="navn"/>, or null when absent. A repeated parameter is a violation.</summary>
    public string? Tekst(string navn)
    {
        var verdier = query[navn];
        if (verdier.Count > 1)
        {
            _feil.Add(new Valideringsfeil(navn, string.Join(",", verdier.ToArray()), "DUPLIKAT_FELT", "Parameteren står mer enn én gang."));
        }

        return verdier.Count == 0 ? null : verdier[0];
    }

    /// <summary>Every value of a repeatable parameter.</summary>
    public IReadOnlyList<string> Alle(string navn) => [.. query[navn].Where(v => v is not null).Select(v => v!)];

    /// <summary><c>true</c>/<c>false</c> (missing = false).</summary>
    public bool Flagg(string navn)
    {
        var t = Tekst(navn);
        if (t is null)
        {
            return false;
        }

        if (bool.TryParse(t, out var b))
        {
            return b;
        }

        _feil.Add(new Valideringsfeil(navn, t, "UGYLDIG_TYPE", "Forventet true eller false."));
        return false;
    }

    /// <summary>A required amount in kroner with a decimal point.</summary>
    public Beloep Beloep(string navn)
    {
        var t = Tekst(navn);
        if (t is null)
        {
            _feil.Add(new Valideringsfeil(navn, null, "PAAKREVD", "Parameteren mangler og er påkrevd."));
            return Engine.Felles.Beloep.Null;
        }

        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var kroner))
        {
            _feil.Add(new Valideringsfeil(navn, t, "UGYLDIG_BELOEP", "Forventet et beløp i kroner med punktum som desimalskille, f.eks. 10000 eller 10000.50."));
            return Engine.Felles.Beloep.Null;
        }

        if (!Engine.Felles.Beloep.TryFraEkstern(kroner, navn, out var beloep, out var f))
        {
            _feil.Add(f with { Verdi = t });
        }

        return beloep;
    }

    /// <summary>An amount in kroner with a decimal point, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public Beloep? BeloepEllerNull(string navn, bool paakrevd = false) =>
        Tekst(navn) is { } t ? TolkBeloep(navn, t) : Mangler<Beloep>(navn, paakrevd);

    /// <summary>Every value of a repeatable amount parameter, in order (at most <paramref name="maks"/>).</summary>
    public IReadOnlyList<Beloep> AlleBeloep(string navn, int maks)
    {
        var verdier = Alle(navn);
        if (verdier.Count > maks)
        {
            _feil.Add(new Valideringsfeil(navn, verdier.Count.ToString(CultureInfo.InvariantCulture), "FOR_MANGE_VARIANTER", $"Høyst {maks} beløp i én forespørsel."));
            return [];
        }

        return [.. verdier.Select(v => TolkBeloep(navn, v) ?? Engine.Felles.Beloep.Null)];
    }

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c>, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public LocalDate? Dato(string navn, bool paakrevd)
    {
        var t = Tekst(navn);
        if (t is null)
        {
            return Mangler<LocalDate>(navn, paakrevd);
        }

        if (!Datoformat.TryLes(t, out var dato))
        {
            _feil.Add(new Valideringsfeil(navn, t, "UGYLDIG_DATO", "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD."));
            return null;
        }

        return dato;
    }

    /// <summary>A whole number in <c>[min, max]</c>, or null when absent (a violation when <paramref name="paakrevd"/>).</summary>
    public int? Heltall(string navn, int min, int max, bool paakrevd)
    {
        var t = Tekst(navn);
        if (t is null)
        {
            return Mangler<int>(navn, paakrevd);
        }

        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var verdi) || verdi < min || verdi > max)
        {
            _feil.Add(new Valideringsfeil(navn, t, "UGYLDIG_VERDI", string.Create(CultureInfo.InvariantCulture, $"Forventet et heltall fra {min} til {max}.")));
            return null;
        }

        return verdi;
    }

    /// <summary>A required text parameter (a violation when absent or empty).</summary>
    public string? PaakrevdTekst(string navn)
    {
        var t = Tekst(navn);
        if (string.IsNullOrWhiteSpace(t))
        {
            _feil.Add(new Valideringsfeil(navn, t, "PAAKREVD", "Parameteren mangler og er påkrevd."));
            return null;
        }

        return t;
    }

    private T? Mangler<T>(string navn, bool paakrevd)
        where T : struct
    {
        if (paakrevd)
        {
            _feil.Add(new Valideringsfeil(navn, null, "PAAKREVD", "Parameteren mangler og er påkrevd."));
        }

        return null;
    }

    private Beloep? TolkBeloep(string navn, string t)
    {
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var kroner))
        {
            _feil.Add(new Valideringsfeil(navn, t, "UGYLDIG_BELOEP", "Forventet et beløp i kroner med punktum som desimalskille, f.eks. 10000 eller 10000.50."));
            return null;
        }

        if (!Engine.Felles.Beloep.TryFraEkstern(kroner, navn, out var beloep, out var f))
        {
            _feil.Add(f with { Verdi = t });
            return null;
        }

        return beloep;
    }

    /// <summary>An optional value from a fixed list.</summary>
    public T Valg<T>(string navn, Verdiliste<T> liste, T standard)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(liste);
        return liste.Les(Tekst(navn), navn, standard, _feil);
    }

    /// <summary>Throws <see cref="UgyldigInputException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInputException(_feil);
        }
    }
}

/// <summary>
/// A validating reader for the small request objects of <c>/api/rente</c> and <c>/api/trekkperiode</c>: unknown,
/// duplicate, missing and mistyped properties are each a violation naming the property.
/// </summary>
public sealed class Objektleser
{
    private readonly List<Valideringsfeil> _feil = [];
    private readonly JsonElement _rot;

    /// <summary>Parses <paramref name="json"/> and checks that it is an object with only <paramref name="kjente"/> properties.</summary>
    public Objektleser(string json, IReadOnlyCollection<string> kjente)
    {
        ArgumentNullException.ThrowIfNull(kjente);
        try
        {
            using var dokument = JsonDocument.Parse(json);
            _rot = dokument.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UgyldigInputException(new Valideringsfeil("$", null, "UGYLDIG_JSON", string.Create(
                CultureInfo.InvariantCulture, $"Ikke gyldig JSON (linje {(e.LineNumber ?? 0) + 1}, posisjon {(e.BytePositionInLine ?? 0) + 1}).")));
        }

        if (_rot.ValueKind != JsonValueKind.Object)
        {
            throw new UgyldigInputException(new Valideringsfeil("$", null, "UGYLDIG_TYPE", "Forventet et JSON-objekt."));
        }

        var sett = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in _rot.EnumerateObject())
        {
            if (!kjente.Contains(e.Name))
            {
                _feil.Add(new Valideringsfeil(e.Name, Kort(e.Value), "UKJENT_FELT", "Ukjent felt; tillatt her: " + string.Join(", ", kjente) + "."));
            }
            else if (!sett.Add(e.Name))
            {
                _feil.Add(new Valideringsfeil(e.Name, Kort(e.Value), "DUPLIKAT_FELT", "Feltet står mer enn én gang."));
            }
        }
    }

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>An amount in kroner (JSON number): not negative, at most two decimals.</summary>
    public Beloep? Beloep(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var kroner))
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_BELOEP", "Forventet et beløp i kroner som JSON-tall, f.eks. 10000.50."));
            return null;
        }

        if (!Engine.Felles.Beloep.TryFraEkstern(kroner, navn, out var beloep, out var f))
        {
            _feil.Add(f);
            return null;
        }

        return beloep;
    }

    /// <summary>A percentage (JSON number): not negative, at most two decimals.</summary>
    public Prosent? Prosent(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var verdi))
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_RENTE", "Forventet en prosentsats som JSON-tall, f.eks. 21.99."));
            return null;
        }

        try
        {
            return Engine.Felles.Prosent.FraEkstern(verdi, navn);
        }
        catch (UgyldigInputException e)
        {
            _feil.AddRange(e.Feil);
            return null;
        }
    }

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c> (JSON string).</summary>
    public LocalDate? Dato(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String || !Datoformat.TryLes(v.GetString(), out var dato))
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_DATO", "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD."));
            return null;
        }

        return dato;
    }

    /// <summary>A year (JSON whole number 1–9999).</summary>
    public int? Aar(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var aar) || aar is < 1 or > 9999)
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_AAR", "Forventet et årstall, f.eks. 2021."));
            return null;
        }

        return aar;
    }

    /// <summary>A JSON string.</summary>
    public string? Tekst(string navn, bool paakrevd)
    {
        if (!Finn(navn, paakrevd, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_TYPE", "Forventet tekst."));
            return null;
        }

        return v.GetString();
    }

    /// <summary><c>true</c>/<c>false</c> (missing = false).</summary>
    public bool Flagg(string navn)
    {
        if (!Finn(navn, false, out var v))
        {
            return false;
        }

        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _feil.Add(new Valideringsfeil(navn, Kort(v), "UGYLDIG_TYPE", "Forventet true eller false."));
            return false;
        }

        return v.GetBoolean();
    }

    /// <summary>Throws <see cref="UgyldigInputException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInputException(_feil);
        }
    }

    private bool Finn(string navn, bool paakrevd, out JsonElement verdi)
    {
        if (_rot.TryGetProperty(navn, out verdi) && verdi.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (paakrevd)
        {
            _feil.Add(new Valideringsfeil(navn, null, "PAAKREVD", "Feltet mangler og er påkrevd."));
        }

        return false;
    }

    private static string Kort(JsonElement v)
    {
        var t = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() ?? string.Empty,
            JsonValueKind.Object => "{…}",
            JsonValueKind.Array => "[…]",
            _ => v.GetRawText(),
        };
        return t.Length <= 60 ? t : string.Concat(t.AsSpan(0, 57), "...");
    }
}
