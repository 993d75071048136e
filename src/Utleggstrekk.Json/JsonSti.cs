using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// Sets one value in a JSON document by a dotted path with <c>[i]</c> indexes
/// (<c>husstand.barn[0].foedselsdato</c>) — the what-if edits of <c>hva-om --sett felt=verdi</c>.
/// </summary>
/// <remarks>
/// Missing objects and lists along the path are created, and an index equal to a list's length appends, so an
/// optional field can be set even when the file leaves it out. Whether the path is part of the schema is decided
/// afterwards by the document's own validation (an unknown property is refused with its path).
/// </remarks>
public static class JsonSti
{
    /// <summary>The deepest nesting a document may reach (the System.Text.Json default the readers use); a path has at most this many parts.</summary>
    internal const int MaksDybde = 64;

    /// <summary>How deeply <paramref name="node"/> nests: 0 for a value, 1 for an object or list of values, and so on.</summary>
    internal static int Dybde(JsonNode? node) => node switch
    {
        JsonObject o => 1 + o.Select(e => Dybde(e.Value)).DefaultIfEmpty(0).Max(),
        JsonArray a => 1 + a.Select(Dybde).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>
    /// Splits one variant into its assignments: <c>felt=verdi</c> parts separated by <c>;</c>, where <c>\;</c> stands
    /// for a literal semicolon inside a value. A variant without <c>;</c> is one assignment. Empty parts are refused
    /// by <see cref="Del"/>.
    /// </summary>
    public static IReadOnlyList<string> Tildelinger(string variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var deler = new List<string>();
        var gjeldende = new System.Text.StringBuilder();
        for (var i = 0; i < variant.Length; i++)
        {
            var c = variant[i];
            if (c == '\\' && i + 1 < variant.Length && variant[i + 1] == ';')
            {
                gjeldende.Append(';');
                i++;
            }
            else if (c == ';')
            {
                deler.Add(gjeldende.ToString());
                gjeldende.Clear();
            }
            else
            {
                gjeldende.Append(c);
            }
        }

        deler.Add(gjeldende.ToString());
        return deler;
    }

    /// <summary>
    /// Splits <c>felt=verdi</c> at the first <c>=</c>. Throws <see cref="UgyldigInndataException"/> (rule
    /// <c>UGYLDIG_SETT</c>) when there is no <c>=</c> or the path is empty.
    /// </summary>
    public static (string Sti, string Verdi) Del(string sett)
    {
        ArgumentNullException.ThrowIfNull(sett);
        var i = sett.IndexOf('=', StringComparison.Ordinal);
        if (i <= 0)
        {
            throw new UgyldigInndataException(new Valideringsfeil("--sett", sett, Feilkoder.UgyldigSett, "Forventet felt=verdi, f.eks. utgifter.boutgift=11000."));
        }

        return (sett[..i].Trim(), sett[(i + 1)..]);
    }

    /// <summary>
    /// The value of a <c>--sett</c>: parsed as JSON when it is JSON (numbers, <c>true</c>/<c>false</c>, <c>null</c>,
    /// quoted strings, objects, lists), otherwise taken as a string (<c>utvidet</c>, <c>2021-09-10</c>).
    /// </summary>
    /// <remarks>
    /// A value that is JSON but holds a lone surrogate (<c>"\ud800"</c>), and a plain-text value holding one, are refused
    /// (field <c>--sett</c>, rule <c>UGYLDIG_JSON</c>), as in the documents themselves.
    /// </remarks>
    public static JsonNode? TolkVerdi(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(tekst);
        }
        catch (JsonException e) when (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            throw new UgyldigInndataException(new Valideringsfeil("--sett", null, Feilkoder.UgyldigSett, $"Verdien er nøstet dypere enn {MaksDybde} nivåer."));
        }
        catch (JsonException)
        {
            if (!JsonTekst.ErGyldigUnicode(tekst))
            {
                throw new UgyldigInndataException(new Valideringsfeil("--sett", null, Feilkoder.UgyldigJson, "Verdien har et enslig surrogattegn (ikke gyldig Unicode)."));
            }

            return JsonValue.Create(tekst);
        }

        // JSON: the same checks as a document (escaped lone surrogates), reported for the option.
        try
        {
            JsonLeser.Parse(tekst, "--sett").Dispose();
        }
        catch (UgyldigInndataException e)
        {
            throw new UgyldigInndataException([.. e.Feil.Select(f => f with { Melding = f.Melding.Replace("Teksten", "Verdien", StringComparison.Ordinal) })]);
        }

        return node;
    }

    /// <summary>
    /// Sets <paramref name="sti"/> in <paramref name="rot"/> to <paramref name="verdi"/>. Throws
    /// <see cref="UgyldigInndataException"/> (field = the path, rule <c>UKJENT_STI</c>) when the path is malformed,
    /// passes through a value that is not an object or list, or indexes past the end of a list.
    /// </summary>
    public static void Sett(JsonNode rot, string sti, JsonNode? verdi)
    {
        ArgumentNullException.ThrowIfNull(rot);
        ArgumentNullException.ThrowIfNull(sti);
        var ledd = Tolk(sti);
        var node = rot;
        var hittil = string.Empty;
        for (var i = 0; i < ledd.Count - 1; i++)
        {
            node = GaaInn(node, ledd[i], ledd[i + 1].Navn is null, sti, ref hittil);
        }

        SettSiste(node, ledd[^1], verdi, sti, hittil);
    }

    /// <summary>
    /// One step on the way: the member or element <paramref name="ledd"/> names, created when missing (a list when the
    /// next step is an index, otherwise an object). <paramref name="hittil"/> becomes the path walked so far.
    /// </summary>
    private static JsonNode GaaInn(JsonNode node, (string? Navn, int? Indeks) ledd, bool nesteErListe, string sti, ref string hittil)
    {
        if (ledd.Navn is { } navn)
        {
            var objekt = SomObjekt(node, navn, sti, hittil);
            hittil = JsonLeser.Sti(hittil, navn);
            if (objekt[navn] is not { } barn)
            {
                barn = NyBeholder(nesteErListe);
                objekt[navn] = barn;
            }

            return barn;
        }

        var n = ledd.Indeks!.Value;
        var liste = SomListe(node, n, sti, hittil);
        hittil = JsonLeser.Sti(hittil, n);
        if (n == liste.Count)
        {
            liste.Add(NyBeholder(nesteErListe));
        }

        return liste[n] ?? throw Feil(sti, $"'{hittil}' er null.");
    }

    /// <summary>The last step: sets the member, replaces the element, or appends at index = length.</summary>
    private static void SettSiste(JsonNode node, (string? Navn, int? Indeks) ledd, JsonNode? verdi, string sti, string hittil)
    {
        if (ledd.Navn is { } navn)
        {
            SomObjekt(node, navn, sti, hittil)[navn] = verdi;
            return;
        }

        var n = ledd.Indeks!.Value;
        var liste = SomListe(node, n, sti, hittil);
        if (n == liste.Count)
        {
            liste.Add(verdi);
        }
        else
        {
            liste[n] = verdi;
        }
    }

    private static JsonNode NyBeholder(bool liste) => liste ? new JsonArray() : new JsonObject();

    private static JsonObject SomObjekt(JsonNode node, string navn, string sti, string hittil) =>
        node as JsonObject ?? throw Feil(sti, $"'{Vis(hittil)}' er ikke et objekt, så '{navn}' kan ikke settes.");

    /// <summary>The node as a list that index <paramref name="n"/> reaches (at most one past the end, to append).</summary>
    private static JsonArray SomListe(JsonNode node, int n, string sti, string hittil)
    {
        if (node is not JsonArray liste)
        {
            throw Feil(sti, $"'{Vis(hittil)}' er ikke en liste, så [{n}] kan ikke brukes.");
        }

        return n > liste.Count
            ? throw Feil(sti, $"Indeks {n} er utenfor listen '{hittil}' ({liste.Count} element(er); bruk [{liste.Count}] for å legge til).")
            : liste;
    }

    private static List<(string? Navn, int? Indeks)> Tolk(string sti)
    {
        var ledd = new List<(string? Navn, int? Indeks)>();
        var i = 0;
        while (i < sti.Length)
        {
            var start = i;
            while (i < sti.Length && sti[i] != '.' && sti[i] != '[')
            {
                i++;
            }

            var navn = sti[start..i];
            if (navn.Length == 0 || !navn.All(char.IsLetterOrDigit))
            {
                throw Feil(sti, "Ugyldig sti; forventet navn adskilt med punktum og [indeks], f.eks. husstand.barn[0].foedselsdato.");
            }

            ledd.Add((navn, null));
            while (i < sti.Length && sti[i] == '[')
            {
                var slutt = sti.IndexOf(']', i);
                if (slutt < 0 || !int.TryParse(sti.AsSpan(i + 1, slutt - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    throw Feil(sti, "Ugyldig indeks; forventet [0], [1], …");
                }

                ledd.Add((null, n));
                i = slutt + 1;
            }

            if (i < sti.Length)
            {
                if (sti[i] != '.' || i == sti.Length - 1)
                {
                    throw Feil(sti, "Ugyldig sti; forventet navn adskilt med punktum og [indeks], f.eks. husstand.barn[0].foedselsdato.");
                }

                i++;
            }
        }

        if (ledd.Count == 0)
        {
            throw Feil(sti, "Tom sti.");
        }

        if (ledd.Count > MaksDybde)
        {
            throw new UgyldigInndataException(new Valideringsfeil("--sett", Inndatatekst.Kort(sti), Feilkoder.UgyldigSett, $"Stien har {ledd.Count} ledd; høyst {MaksDybde} er tillatt."));
        }

        return ledd;
    }

    private static string Vis(string sti) => sti.Length == 0 ? "(roten)" : sti;

    private static UgyldigInndataException Feil(string sti, string melding) =>
        new(new Valideringsfeil(sti, null, Jsonfeilkoder.UkjentSti, melding));
}
