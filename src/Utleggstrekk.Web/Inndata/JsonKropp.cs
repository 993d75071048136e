using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// A JSON request body, bound by the framework through <see cref="BindAsync"/> under the service's input policy:
/// media type <c>application/json</c> (415), strictly decoded UTF-8, at most <see cref="Grenser.MaksDybde"/> levels,
/// no repeated property, no lone surrogate in a name or a string (each 400 naming the path). Numbers are left as
/// JSON text for the engine's exact readers.
/// </summary>
/// <param name="Tekst">The body as text.</param>
public sealed record JsonKropp(string Tekst)
{
    /// <summary>Binds the body of <paramref name="kontekst"/> (already read by <see cref="Kroppbuffer"/>).</summary>
    public static ValueTask<JsonKropp?> BindAsync(HttpContext kontekst, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(kontekst);
        if (!ErJson(kontekst.Request.ContentType))
        {
            throw new ForespoerselException(
                StatusCodes.Status415UnsupportedMediaType,
                "feil-medietype",
                "Feil medietype",
                "Innholdet må være application/json.");
        }

        return ValueTask.FromResult<JsonKropp?>(new JsonKropp(Les(Kroppbuffer.Bytes(kontekst), "$")));
    }

    /// <summary>Decodes and checks a JSON document's bytes (also an uploaded file's); <paramref name="kilde"/> names it in errors.</summary>
    public static string Les(ReadOnlySpan<byte> bytes, string kilde)
    {
        var tekst = JsonTekst.Dekod(bytes, kilde);
        JsonSjekk.Sjekk(tekst, kilde);
        return tekst;
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
}

/// <summary>
/// The structural checks of the input policy, before any document reader: depth, repeated properties and lone
/// surrogates, each named by its path. A syntax error is left to the document reader, which names line and position.
/// </summary>
public static class JsonSjekk
{
    /// <summary>Throws <see cref="UgyldigInndataException"/> for the first structural violation of <paramref name="json"/>.</summary>
    public static void Sjekk(string json, string kilde)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        // One level more than the limit, so that the first token past the limit is read and reported here.
        var leser = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = Grenser.MaksDybde + 1 });
        var rammer = new Stack<Ramme>();
        string? egenskap = null;
        try
        {
            while (leser.Read())
            {
                switch (leser.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var ramme = rammer.Peek();
                        egenskap = Tekst(ref leser, ramme.Sti, kilde);
                        if (!ramme.Navn!.Add(egenskap))
                        {
                            throw new UgyldigInndataException(new Valideringsfeil(Vis(Barn(ramme, egenskap)), null, Feilkoder.DuplikatFelt, "Feltet står mer enn én gang."));
                        }

                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var sti = Verdisti(rammer, egenskap);
                        if (leser.CurrentDepth >= Grenser.MaksDybde)
                        {
                            throw new UgyldigInndataException(new Valideringsfeil(
                                Vis(sti), null, Webfeilkoder.ForDyp, $"JSON-dokumentet er nøstet dypere enn {Grenser.MaksDybde} nivåer."));
                        }

                        rammer.Push(new Ramme(sti, leser.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        rammer.Pop();
                        break;
                    case JsonTokenType.String:
                        Tekst(ref leser, Verdisti(rammer, egenskap), kilde);
                        break;
                    default:
                        Verdisti(rammer, egenskap);
                        break;
                }

                egenskap = null;
            }
        }
        catch (JsonException)
        {
            // A syntax error: reported by the document reader with line and position.
        }
    }

    private static string Tekst(ref Utf8JsonReader leser, string sti, string kilde)
    {
        try
        {
            return leser.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                Vis(sti.Length == 0 ? kilde : sti), null, Feilkoder.UgyldigJson, "Teksten har et enslig surrogattegn (ikke gyldig Unicode)."));
        }
    }

    private static string Verdisti(Stack<Ramme> rammer, string? egenskap)
    {
        if (rammer.Count == 0)
        {
            return string.Empty;
        }

        var forelder = rammer.Peek();
        if (forelder.Navn is null)
        {
            return forelder.Sti + "[" + (forelder.Indeks++).ToString(CultureInfo.InvariantCulture) + "]";
        }

        return Barn(forelder, egenskap ?? string.Empty);
    }

    private static string Barn(Ramme forelder, string navn) => forelder.Sti.Length == 0 ? navn : forelder.Sti + "." + navn;

    private static string Vis(string sti) => sti.Length == 0 ? "$" : Inndatatekst.Kort(sti);

    private sealed class Ramme(string sti, HashSet<string>? navn)
    {
        public string Sti { get; } = sti;

        public HashSet<string>? Navn { get; } = navn;

        public int Indeks { get; set; }
    }
}
