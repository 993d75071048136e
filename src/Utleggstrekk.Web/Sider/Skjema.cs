using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>One input of the household form: its id, its path in SAK.json, its Norwegian label and kind.</summary>
/// <param name="Id">The form field name and HTML id.</param>
/// <param name="Sti">The path in SAK.json.</param>
/// <param name="Etikett">The label a caseworker reads.</param>
/// <param name="Art">How the value is written into the document.</param>
/// <param name="Hjelp">A hint under the field, or null.</param>
public sealed record Felt(string Id, string Sti, string Etikett, Feltart Art, string? Hjelp = null);

/// <summary>How a form value becomes JSON.</summary>
public enum Feltart
{
    /// <summary>An amount in kroner as a Norwegian types it (<see cref="Norsktall"/>).</summary>
    Beloep,

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c>.</summary>
    Dato,

    /// <summary>Text (a choice from a list, or free text).</summary>
    Tekst,

    /// <summary>A check box.</summary>
    Sannhet,

    /// <summary>Children: one date of birth per line, <c>vgs</c> after the date for an 18+ child in upper secondary school.</summary>
    Barn,

    /// <summary>Samvær children: one line per child, date of birth and samværsklasse.</summary>
    Samvaersbarn,
}

/// <summary>
/// The household form of the caseworker page, as a set of edits to a SAK.json document: each field owns one path;
/// a filled field sets it, an empty field removes it, and whatever else the document holds (loaded from a file)
/// is kept. So a loaded SAK.json survives the round trip through the form.
/// </summary>
public static class Skjema
{
    /// <summary>The fields, in display order.</summary>
    public static IReadOnlyList<Felt> Felter { get; } =
    [
        new("beregningsdato", "beregningsdato", "Beregningsdato", Feltart.Dato),
        new("brutto", "skyldner.bruttoPerMaaned", "Brutto lønn/ytelse per måned", Feltart.Beloep),
        new("forskuddstrekk", "skyldner.forskuddstrekkPerMaaned", "Forskuddstrekk per måned", Feltart.Beloep),
        new("bedre-prioritet", "skyldner.trekkMedBedrePrioritetPerMaaned", "Trekk med bedre prioritet per måned", Feltart.Beloep),
        new("andre-inntekter", "skyldner.andreInntekterPerMaaned", "Andre inntekter per måned (ikke trekkbare)", Feltart.Beloep, "F.eks. barnetrygd eller mottatt barnebidrag."),
        new("sivilstand", "husstand.sivilstand", "Sivilstand", Feltart.Tekst),
        new("partner-netto", "husstand.partnerNettoPerMaaned", "Ektefelle/samboers nettoinntekt per måned", Feltart.Beloep),
        new("partner-gjeld", "husstand.partnerEgenGjeldPerMaaned", "Ektefelle/samboers nødvendige gjeld per måned", Feltart.Beloep),
        new("barn", "husstand.barn", "Barn i husstanden", Feltart.Barn, "Én fødselsdato per linje (ÅÅÅÅ-MM-DD); skriv «vgs» etter datoen for barn over 18 i videregående skole."),
        new("samvaersbarn", "husstand.samvaersbarn", "Samværsbarn", Feltart.Samvaersbarn, "Én linje per barn: fødselsdato og samværsklasse (1–4), f.eks. «2015-01-01 2»."),
        new("boutgift", "utgifter.boutgift", "Boutgift per måned", Feltart.Beloep),
        new("barnetilsyn", "utgifter.barnetilsyn", "Barnetilsyn per måned", Feltart.Beloep),
        new("bidrag-betalt", "utgifter.bidragBetalt", "Bidrag betalt per måned", Feltart.Beloep),
        new("kostnadsdeling", "regler.kostnadsdeling", "Kostnadsdeling", Feltart.Tekst),
        new("tak", "regler.tak", "Tak for samlet trekk", Feltart.Tekst),
        new("tak-begrunnelse", "regler.takBegrunnelse", "Begrunnelse for utvidet tak", Feltart.Tekst),
        new("tillat-antatte", "regler.tillatAntatteSatser", "Tillat antatte satser (siste kjente satser videreført)", Feltart.Sannhet),
    ];

    /// <summary>The fields a variant can change, with their labels.</summary>
    public static IReadOnlyList<Felt> Variantfelter { get; } =
        [.. Felter.Where(f => f.Art is Feltart.Beloep or Feltart.Dato || f.Id is "sivilstand" or "tak" or "kostnadsdeling")];

    /// <summary>
    /// The form field a SAK.json path belongs to (for a missing object such as <c>husstand</c>, its first field), or
    /// null when the form has none.
    /// </summary>
    public static Felt? FeltFor(string sti) =>
        Felter.FirstOrDefault(f => sti == f.Sti || sti.StartsWith(f.Sti + "[", StringComparison.Ordinal) || sti.StartsWith(f.Sti + ".", StringComparison.Ordinal))
        ?? Felter.FirstOrDefault(f => f.Sti.StartsWith(sti + ".", StringComparison.Ordinal));

    /// <summary>
    /// Writes the form values into <paramref name="rot"/>: a value sets its path, an empty field removes it. An amount
    /// that is not written as <see cref="Norsktall"/> reads it is recorded in <paramref name="feil"/> under the field's
    /// id and left out.
    /// </summary>
    public static void Skriv(JsonObject rot, IReadOnlyDictionary<string, string> verdier, List<Engine.Felles.Valideringsfeil> feil)
    {
        ArgumentNullException.ThrowIfNull(rot);
        ArgumentNullException.ThrowIfNull(verdier);
        ArgumentNullException.ThrowIfNull(feil);
        foreach (var f in Felter)
        {
            var tekst = verdier.TryGetValue(f.Id, out var v) ? v.Trim() : string.Empty;
            if (f.Art == Feltart.Beloep && tekst.Length > 0)
            {
                if (!Norsktall.TryLesBeloep(tekst, f.Id, out var beloep, out var bf))
                {
                    feil.Add(bf);
                    continue;
                }

                JsonSti.Sett(rot, f.Sti, JsonValue.Create(beloep.Kroner));
                continue;
            }

            var node = Verdi(f, tekst);
            if (node is null)
            {
                Fjern(rot, f.Sti);
            }
            else
            {
                JsonSti.Sett(rot, f.Sti, node);
            }
        }
    }

    /// <summary>Reads the form values out of a SAK.json document (for showing a loaded file in the form).</summary>
    public static Dictionary<string, string> Les(JsonNode? rot)
    {
        var verdier = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Felter)
        {
            var node = Finn(rot, f.Sti);
            if (node is null)
            {
                continue;
            }

            verdier[f.Id] = f.Art switch
            {
                Feltart.Barn when node is JsonArray a => string.Join("\n", a.Select(b => Tekst(b?["foedselsdato"]) + (b?["videregaaende"] is JsonValue vg && vg.TryGetValue<bool>(out var j) && j ? " vgs" : string.Empty))),
                Feltart.Samvaersbarn when node is JsonArray a => string.Join("\n", a.Select(b => (Tekst(b?["foedselsdato"]) + " " + Tekst(b?["samvaersklasse"])).Trim())),
                Feltart.Sannhet => node is JsonValue sv && sv.TryGetValue<bool>(out var s) && s ? "true" : string.Empty,
                _ => Tekst(node),
            };
        }

        return verdier;
    }

    /// <summary>
    /// A variant value as typed by a caseworker, made ready for <c>felt=verdi</c>: an amount is read as
    /// <see cref="Norsktall"/> reads it and written as a JSON number; when it cannot be read the violation (named
    /// <paramref name="feltId"/>) goes to <paramref name="feil"/> and the answer is null.
    /// </summary>
    public static string? Variantverdi(Felt felt, string tekst, string feltId, List<Engine.Felles.Valideringsfeil> feil)
    {
        ArgumentNullException.ThrowIfNull(felt);
        ArgumentNullException.ThrowIfNull(tekst);
        ArgumentNullException.ThrowIfNull(feil);
        if (felt.Art != Feltart.Beloep)
        {
            return tekst.Trim();
        }

        if (!Norsktall.TryLesBeloep(tekst, feltId, out var beloep, out var f))
        {
            feil.Add(f);
            return null;
        }

        return beloep.Kroner.ToString(CultureInfo.InvariantCulture);
    }

    private static JsonNode? Verdi(Felt f, string tekst)
    {
        if (tekst.Length == 0)
        {
            return null;
        }

        switch (f.Art)
        {
            case Feltart.Sannhet:
                return tekst is "true" or "on" ? JsonValue.Create(true) : null;
            case Feltart.Barn:
                var barn = new JsonArray();
                foreach (var linje in Linjer(tekst))
                {
                    var deler = linje.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var b = new JsonObject { ["foedselsdato"] = deler[0] };
                    if (deler.Length > 1 && deler[1].Equals("vgs", StringComparison.OrdinalIgnoreCase))
                    {
                        b["videregaaende"] = true;
                    }

                    barn.Add(b);
                }

                return barn;
            case Feltart.Samvaersbarn:
                var samvaer = new JsonArray();
                foreach (var linje in Linjer(tekst))
                {
                    var deler = linje.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var b = new JsonObject { ["foedselsdato"] = deler[0] };
                    if (deler.Length > 1)
                    {
                        b["samvaersklasse"] = int.TryParse(deler[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? JsonValue.Create(k) : JsonValue.Create(deler[1]);
                    }

                    samvaer.Add(b);
                }

                return samvaer;
            default:
                return JsonValue.Create(tekst);
        }
    }

    private static IEnumerable<string> Linjer(string tekst) =>
        tekst.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Tekst(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static JsonNode? Finn(JsonNode? rot, string sti)
    {
        var node = rot;
        foreach (var del in sti.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(del, out var neste) ? neste : null;
        }

        return node;
    }

    private static void Fjern(JsonObject rot, string sti)
    {
        var deler = sti.Split('.');
        JsonNode? node = rot;
        for (var i = 0; i < deler.Length - 1; i++)
        {
            node = node is JsonObject o && o.TryGetPropertyValue(deler[i], out var neste) ? neste : null;
        }

        if (node is JsonObject forelder)
        {
            forelder.Remove(deler[^1]);
        }
    }
}
