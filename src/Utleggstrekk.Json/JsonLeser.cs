using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// A validating reader over a parsed JSON document that collects every violation with its dotted path
/// (<c>husstand.barn[1].foedselsdato</c>) instead of stopping at the first: wrong JSON type, missing required
/// field, malformed date, unknown or duplicate property. Value rules (negative amounts, unknown enum values)
/// are checked afterwards by the mappers, on the typed documents.
/// </summary>
internal sealed class JsonLeser
{
    private readonly List<Valideringsfeil> _feil = [];

    /// <summary>Every violation found so far.</summary>
    public IReadOnlyList<Valideringsfeil> Feil => _feil;

    /// <summary>Records a violation.</summary>
    public void Legg(string felt, string? verdi, string regel, string melding) =>
        _feil.Add(new Valideringsfeil(felt, verdi, regel, melding));

    /// <summary>The path of a property: <c>forelder.navn</c>, or <c>navn</c> at the root.</summary>
    public static string Sti(string forelder, string navn) => forelder.Length == 0 ? navn : forelder + "." + navn;

    /// <summary>The path of an array element: <c>liste[i]</c>.</summary>
    public static string Sti(string liste, int indeks) => liste + "[" + indeks.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// Checks that <paramref name="element"/> is an object whose properties are all in <paramref name="kjente"/>
    /// and none repeats. Returns false (after recording the violation) when it is not an object.
    /// </summary>
    public bool SjekkObjekt(JsonElement element, string sti, IReadOnlyCollection<string> kjente)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Legg(sti.Length == 0 ? "$" : sti, JsonTekst.Kort(element), Feilkoder.UgyldigType, "Forventet et JSON-objekt.");
            return false;
        }

        var sett = new HashSet<string>(StringComparer.Ordinal);
        foreach (var egenskap in element.EnumerateObject())
        {
            var felt = Sti(sti, egenskap.Name);
            if (!kjente.Contains(egenskap.Name))
            {
                Legg(felt, JsonTekst.Kort(egenskap.Value), Feilkoder.UkjentFelt, "Ukjent felt; tillatt her: " + string.Join(", ", kjente) + ".");
            }
            else if (!sett.Add(egenskap.Name))
            {
                Legg(felt, JsonTekst.Kort(egenskap.Value), Feilkoder.DuplikatFelt, "Feltet står mer enn én gang.");
            }
        }

        return true;
    }

    /// <summary>
    /// Finds property <paramref name="navn"/>; a JSON <c>null</c> counts as missing. Records <c>PAAKREVD</c>
    /// when missing and required.
    /// </summary>
    public bool Finn(JsonElement objekt, string navn, string forelder, bool paakrevd, out JsonElement verdi)
    {
        if (objekt.TryGetProperty(navn, out verdi) && verdi.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (paakrevd)
        {
            Legg(Sti(forelder, navn), null, Feilkoder.Paakrevd, "Feltet mangler og er påkrevd.");
        }

        return false;
    }

    /// <summary>
    /// A JSON number read exactly from its text as an amount in kroner (or, with <paramref name="prosent"/>, a
    /// percentage): refused with <c>UGYLDIG_BELOEP</c> (<c>UGYLDIG_RENTE</c>) when negative, when a non-zero digit
    /// stands after the second decimal however far out, or when it does not fit. Never rounded.
    /// </summary>
    public decimal? Tall(JsonElement objekt, string navn, string forelder, bool paakrevd = false, bool prosent = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        var felt = Sti(forelder, navn);
        if (verdi.ValueKind != JsonValueKind.Number)
        {
            Legg(felt, JsonTekst.Kort(verdi), Feilkoder.UgyldigType, "Forventet et tall (kroner, punktum som desimalskille).");
            return null;
        }

        var tekst = verdi.GetRawText();
        Valideringsfeil? feil;
        decimal? tall = null;
        if (prosent)
        {
            if (Prosent.TryFraTekst(tekst, felt, tillatEksponent: true, out var p, out feil))
            {
                tall = p.Verdi;
            }
        }
        else if (Beloep.TryFraTekst(tekst, felt, tillatEksponent: true, out var b, out feil))
        {
            tall = b.Kroner;
        }

        if (feil is not null)
        {
            _feil.Add(feil);
        }

        return tall;
    }

    /// <summary>A JSON number that must be a whole number.</summary>
    public int? Heltall(JsonElement objekt, string navn, string forelder, bool paakrevd = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        if (verdi.ValueKind != JsonValueKind.Number || !verdi.TryGetInt32(out var tall))
        {
            Legg(Sti(forelder, navn), JsonTekst.Kort(verdi), Feilkoder.UgyldigType, "Forventet et heltall.");
            return null;
        }

        return tall;
    }

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    public bool? Sannhet(JsonElement objekt, string navn, string forelder, bool paakrevd = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        if (verdi.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Legg(Sti(forelder, navn), JsonTekst.Kort(verdi), Feilkoder.UgyldigType, "Forventet true eller false.");
            return null;
        }

        return verdi.GetBoolean();
    }

    /// <summary>A JSON string.</summary>
    public string? Tekst(JsonElement objekt, string navn, string forelder, bool paakrevd = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        if (verdi.ValueKind != JsonValueKind.String)
        {
            Legg(Sti(forelder, navn), JsonTekst.Kort(verdi), Feilkoder.UgyldigType, "Forventet tekst.");
            return null;
        }

        return verdi.GetString();
    }

    /// <summary>A JSON string holding a date <c>uuuu-MM-dd</c>.</summary>
    public LocalDate? Dato(JsonElement objekt, string navn, string forelder, bool paakrevd = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        if (verdi.ValueKind != JsonValueKind.String || !Datoformat.TryLes(verdi.GetString(), out var dato))
        {
            Legg(Sti(forelder, navn), JsonTekst.Kort(verdi), Feilkoder.UgyldigDato, "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD i år 1–9999.");
            return null;
        }

        return dato;
    }

    /// <summary>A nested object, checked for unknown properties. Returns null when missing or not an object.</summary>
    public JsonElement? Objekt(JsonElement objekt, string navn, string forelder, IReadOnlyCollection<string> kjente, bool paakrevd = false)
    {
        if (!Finn(objekt, navn, forelder, paakrevd, out var verdi))
        {
            return null;
        }

        return SjekkObjekt(verdi, Sti(forelder, navn), kjente) ? verdi : null;
    }

    /// <summary>A JSON array; each element is read by <paramref name="lesElement"/> with its own path.</summary>
    public List<T>? Liste<T>(JsonElement objekt, string navn, string forelder, Func<JsonLeser, JsonElement, string, T> lesElement)
    {
        if (!Finn(objekt, navn, forelder, paakrevd: false, out var verdi))
        {
            return null;
        }

        var sti = Sti(forelder, navn);
        if (verdi.ValueKind != JsonValueKind.Array)
        {
            Legg(sti, JsonTekst.Kort(verdi), Feilkoder.UgyldigType, "Forventet en liste.");
            return null;
        }

        var liste = new List<T>(verdi.GetArrayLength());
        var i = 0;
        foreach (var element in verdi.EnumerateArray())
        {
            liste.Add(lesElement(this, element, Sti(sti, i)));
            i++;
        }

        return liste;
    }

    /// <summary>
    /// Parses JSON text; a syntax error becomes one violation with line and position (rule <c>UGYLDIG_JSON</c>), and so
    /// does a string or property name holding a lone surrogate (raw, or escaped as <c>\ud800</c>): such text is not
    /// Unicode and cannot be compared or shown.
    /// </summary>
    public static JsonDocument Parse(string json, string kilde)
    {
        byte[] utf8;
        try
        {
            utf8 = StrengUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            // A raw lone surrogate in the text itself: report its place in the text (the UTF-8 of what precedes it).
            var foer = Encoding.UTF8.GetBytes(json[..Math.Clamp(e.Index, 0, json.Length)]);
            throw new UgyldigInndataException(JsonTekst.Feil(kilde, foer, foer.Length, "Teksten har et enslig surrogattegn (ikke gyldig Unicode)"));
        }

        JsonDocument dokument;
        try
        {
            dokument = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var linje = (e.LineNumber ?? 0) + 1;
            var posisjon = (e.BytePositionInLine ?? 0) + 1;
            throw new UgyldigInndataException(new Valideringsfeil(
                kilde,
                null,
                Feilkoder.UgyldigJson,
                $"Ikke gyldig JSON (linje {linje.ToString(CultureInfo.InvariantCulture)}, posisjon {posisjon.ToString(CultureInfo.InvariantCulture)})."));
        }

        if (FinnEnsligSurrogat(utf8) is { } indeks)
        {
            dokument.Dispose();
            throw new UgyldigInndataException(JsonTekst.Feil(kilde, utf8, indeks, "Teksten har et enslig surrogattegn (ikke gyldig Unicode)"));
        }

        return dokument;
    }

    private static readonly UTF8Encoding StrengUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The byte offset of the first string or property name whose escapes decode to a lone surrogate.</summary>
    private static long? FinnEnsligSurrogat(byte[] utf8)
    {
        var leser = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        while (leser.Read())
        {
            if (leser.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && leser.ValueIsEscaped)
            {
                try
                {
                    _ = leser.GetString();
                }
                catch (InvalidOperationException)
                {
                    return leser.TokenStartIndex;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a whole document: <paramref name="les"/> checks the JSON's shape into a typed document, then
    /// <paramref name="tilordne"/> maps it to the engine's value; throws <see cref="UgyldigInndataException"/> with the
    /// violations of both at once (<see cref="Slaa"/>), or returns the value.
    /// </summary>
    public static T LesOgTilordne<TDokument, T>(
        JsonElement rot,
        Func<JsonLeser, JsonElement, TDokument?> les,
        Func<TDokument, List<Valideringsfeil>, T?> tilordne)
        where TDokument : class
        where T : class
    {
        var leser = new JsonLeser();
        var dok = les(leser, rot);
        var feil = new List<Valideringsfeil>();
        var verdi = dok is null ? null : tilordne(dok, feil);
        var alle = Slaa(leser.Feil, feil);
        return alle.Count > 0 || verdi is null ? throw new UgyldigInndataException(alle) : verdi;
    }

    /// <summary>
    /// Maps an already typed document (e.g. deserialized with the source-generated context) with
    /// <paramref name="tilordne"/>; throws <see cref="UgyldigInndataException"/> with every violation.
    /// </summary>
    public static T Tilordne<TDokument, T>(TDokument dokument, Func<TDokument, List<Valideringsfeil>, T?> tilordne)
        where TDokument : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(dokument);
        var feil = new List<Valideringsfeil>();
        var verdi = tilordne(dokument, feil);
        return feil.Count > 0 || verdi is null ? throw new UgyldigInndataException(feil) : verdi;
    }

    /// <summary>
    /// Merges the reader's violations with the mapper's, dropping a mapper violation on a path the reader already
    /// reported (a field with the wrong type is not also reported as missing).
    /// </summary>
    public static List<Valideringsfeil> Slaa(IReadOnlyList<Valideringsfeil> leser, IReadOnlyList<Valideringsfeil> mapper)
    {
        var alle = new List<Valideringsfeil>(leser);
        foreach (var f in mapper)
        {
            var dekket = false;
            foreach (var l in leser)
            {
                if (f.Felt == l.Felt || f.Felt.StartsWith(l.Felt + ".", StringComparison.Ordinal)
                    || f.Felt.StartsWith(l.Felt + "[", StringComparison.Ordinal))
                {
                    dekket = true;
                    break;
                }
            }

            if (!dekket)
            {
                alle.Add(f);
            }
        }

        return alle;
    }
}
