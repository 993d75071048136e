using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// The caseworker page (Norwegian, server-rendered, no script): a household form or a loaded SAK.json, the trekk
/// with its binding limit and the explanation steps with their legal sources, and what-if variants as columns side
/// by side with the differences marked. Every field is labelled; everything works with the keyboard.
/// </summary>
/// <remarks>
/// The page changes nothing on the server and carries no credentials (the service is stateless and has no log-in),
/// so a form post cannot be abused across sites; no anti-forgery token is needed.
/// </remarks>
public static class Side
{
    // Letters (æ, ø, å, §, –) as they are; only what HTML requires is escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Maps <c>GET /</c> and <c>POST /</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", (Satstjeneste s) => Side.Svar(Tegn(s, new Tilstand { Verdier = Standardverdier(), AntallVarianter = 1 }))).ExcludeFromDescription();
        app.MapPost("/", PostAsync).ExcludeFromDescription();
    }

    private static Dictionary<string, string> Standardverdier() => new(StringComparer.Ordinal)
    {
        ["sivilstand"] = "enslig",
        ["kostnadsdeling"] = "halvpart",
        ["tak"] = "normal",
    };

    internal static IResult Svar(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>What one rendering of the page shows.</summary>
    internal sealed class Tilstand
    {
        public required Dictionary<string, string> Verdier { get; init; }

        public string SakJsonTekst { get; set; } = string.Empty;

        public int AntallVarianter { get; set; }

        public List<(string Felt, string Verdi)> Varianter { get; } = [];

        public string FlereVarianter { get; set; } = string.Empty;

        public List<Valideringsfeil> Feil { get; } = [];

        public List<string> Merknader { get; } = [];

        public BeregnUtdata? Grunnlag { get; set; }

        public List<(string Navn, BeregnUtdata? Resultat)> Kolonner { get; } = [];
    }

    private static async Task<IResult> PostAsync(HttpRequest request, Satstjeneste s)
    {
        if (!request.HasFormContentType)
        {
            throw new ForespoerselException(StatusCodes.Status415UnsupportedMediaType, "feil-medietype", "Feil medietype", "Siden tar imot skjemadata.");
        }

        var skjema = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var t = new Tilstand { Verdier = new(StringComparer.Ordinal) };
        foreach (var f in Skjema.Felter)
        {
            t.Verdier[f.Id] = skjema[f.Id].ToString();
        }

        t.AntallVarianter = int.TryParse(skjema["antall-varianter"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, Grenser.MaksVarianter) : 1;
        for (var i = 0; i < t.AntallVarianter; i++)
        {
            t.Varianter.Add((skjema["variant-felt-" + I(i)].ToString(), skjema["variant-verdi-" + I(i)].ToString()));
        }

        t.FlereVarianter = skjema["flere-varianter"].ToString();
        if (skjema["handling"] == "ny-variant" && t.AntallVarianter < Grenser.MaksVarianter)
        {
            t.AntallVarianter++;
            t.Varianter.Add((string.Empty, string.Empty));
        }

        // The document: a loaded file replaces everything; otherwise the form's fields edit the SAK.json shown below it.
        JsonObject rot;
        var fil = skjema.Files.GetFile("sakfil");
        var grunntekst = skjema["sakjson"].ToString();
        try
        {
            if (fil is { Length: > 0 })
            {
                using var leser = new StreamReader(fil.OpenReadStream(), Encoding.UTF8);
                var tekst = await leser.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
                Inndata.SjekkDybde(Encoding.UTF8.GetBytes(tekst));
                rot = Objekt(tekst, fil.FileName);
                foreach (var (id, verdi) in Skjema.Les(rot))
                {
                    t.Verdier[id] = verdi;
                }

                foreach (var f in Skjema.Felter.Where(f => !Skjema.Les(rot).ContainsKey(f.Id)))
                {
                    t.Verdier[f.Id] = string.Empty;
                }

                t.Merknader.Add($"Saken er lest fra {fil.FileName}.");
            }
            else
            {
                rot = grunntekst.Trim().Length == 0 ? [] : Objekt(grunntekst, "SAK.json");
                Skjema.Skriv(rot, t.Verdier);
            }
        }
        catch (UgyldigInputException e)
        {
            t.Feil.AddRange(e.Feil);
            t.SakJsonTekst = grunntekst;
            return Svar(Tegn(s, t));
        }

        t.SakJsonTekst = rot.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Beregn(s, t, rot);
        return Svar(Tegn(s, t));
    }

    private static JsonObject Objekt(string tekst, string kilde)
    {
        try
        {
            return JsonNode.Parse(tekst) as JsonObject
                ?? throw new UgyldigInputException(new Valideringsfeil(kilde, null, "UGYLDIG_TYPE", "Forventet et JSON-objekt."));
        }
        catch (JsonException e)
        {
            throw new UgyldigInputException(new Valideringsfeil(kilde, null, "UGYLDIG_JSON", string.Create(
                CultureInfo.InvariantCulture, $"Ikke gyldig JSON (linje {(e.LineNumber ?? 0) + 1}, posisjon {(e.BytePositionInLine ?? 0) + 1}).")));
        }
    }

    private static void Beregn(Satstjeneste s, Tilstand t, JsonObject rot)
    {
        var tekst = rot.ToJsonString();
        try
        {
            t.Grunnlag = Resultatdokumenter.Beregn(SakJson.Les(tekst), s.Satser, tillatAntatte: false, lp: null, forklar: true);
        }
        catch (Exception e) when (e is UgyldigInputException or SatserManglerException or OverflowException)
        {
            LeggFeil(t, e, null);
            return;
        }

        var sett = new List<(string Navn, string Sett)>();
        for (var i = 0; i < t.Varianter.Count; i++)
        {
            var (felt, verdi) = t.Varianter[i];
            var f = Skjema.Variantfelter.FirstOrDefault(v => v.Id == felt);
            if (f is null || verdi.Trim().Length == 0)
            {
                continue;
            }

            sett.Add(($"{f.Etikett} = {verdi.Trim()}", f.Sti + "=" + Skjema.Variantverdi(f, verdi)));
        }

        foreach (var linje in t.FlereVarianter.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            sett.Add((linje, linje));
        }

        foreach (var (navn, s1) in sett.Take(Grenser.MaksVarianter))
        {
            try
            {
                var inndata = Resultatdokumenter.LesVariant(rot, s1, "SAK.json");
                t.Kolonner.Add((navn, Resultatdokumenter.Beregn(inndata, s.Satser, tillatAntatte: false, lp: null, forklar: true)));
            }
            catch (Exception e) when (e is UgyldigInputException or SatserManglerException or OverflowException)
            {
                t.Kolonner.Add((navn, null));
                LeggFeil(t, e, navn);
            }
        }
    }

    private static void LeggFeil(Tilstand t, Exception e, string? variant)
    {
        var prefiks = variant is null ? string.Empty : $"Variant «{variant}»: ";
        switch (e)
        {
            case UgyldigInputException u:
                t.Feil.AddRange(u.Feil.Select(f => f with { Melding = prefiks + f.Melding }));
                break;
            case SatserManglerException m:
                t.Feil.Add(new Valideringsfeil("beregningsdato", null, "SATSER_MANGLER", prefiks + m.Message));
                break;
            default:
                t.Feil.Add(new Valideringsfeil("$", null, "OVERFLYT", prefiks + "Tallene er for store til å regne med."));
                break;
        }
    }

    internal static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for HTML: letters as they are, markup characters escaped.</summary>
    internal static string E(string? tekst) => Html.Encode(tekst ?? string.Empty);

    /// <summary>The top shared by the page's views: head with styles, skip link, heading, navigation and the satser line.</summary>
    internal static void Topp(StringBuilder h, Satstjeneste s, string sti, string tittel)
    {
        h.Append("<!doctype html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(tittel)).Append("</title>\n");
        h.Append("""
            <style>
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fafafa;line-height:1.45}
            header,main{max-width:1180px;margin:0 auto;padding:0 1.25rem}
            header{padding-top:1rem}
            h1{font-size:1.6rem;margin:.4rem 0}
            h2{font-size:1.25rem;margin:1.4rem 0 .6rem}
            .hopp{position:absolute;left:-999px}.hopp:focus{left:1rem;top:1rem;background:#fff;padding:.4rem;z-index:2}
            form{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:1rem}
            fieldset{border:1px solid #c8c8c8;border-radius:6px;background:#fff;padding:.6rem 1rem 1rem}
            legend{font-weight:600;padding:0 .3rem}
            label{display:block;font-weight:500;margin-top:.55rem}
            .hjelp{font-size:.85rem;color:#555;margin:.1rem 0 0}
            input[type=text],input[type=date],select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.3rem .4rem;border:1px solid #888;border-radius:4px}
            input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:middle}
            .avkrysning label{display:inline;margin-left:.35rem}
            :focus-visible{outline:3px solid #1b5fc1;outline-offset:2px}
            .knapper{grid-column:1/-1;display:flex;gap:.75rem;flex-wrap:wrap}
            button{font:inherit;padding:.5rem 1.1rem;border-radius:5px;border:1px solid #1b5fc1;background:#1b5fc1;color:#fff;cursor:pointer}
            button.sekundaer{background:#fff;color:#1b5fc1}
            .advarsel{border-left:6px solid #c77700;background:#fff4e0;padding:.6rem 1rem;margin:1rem 0}
            .feil{border-left:6px solid #b00020;background:#fdecee;padding:.6rem 1rem;margin:1rem 0}
            .merknad{border-left:6px solid #1b5fc1;background:#eaf1fc;padding:.6rem 1rem;margin:1rem 0}
            .trekk{font-size:2rem;font-weight:700;margin:.2rem 0}
            table{border-collapse:collapse;background:#fff;min-width:60%}
            th,td{border:1px solid #c8c8c8;padding:.35rem .6rem;text-align:right;vertical-align:top}
            th[scope=row],thead th:first-child{text-align:left}
            thead th{background:#eef0f3}
            td.endret{background:#fff1a8;font-weight:600}
            .skjult{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            ol.forklaring{padding-left:1.3rem}ol.forklaring li{margin:.3rem 0}
            .kilde{color:#444;font-size:.9rem}
            details{margin:.6rem 0}
            #resultat:focus{outline:none}
            textarea{font-family:ui-monospace,monospace}
            nav ul{list-style:none;display:flex;gap:1.25rem;padding:0;margin:.3rem 0}
            nav a[aria-current=page]{font-weight:700;color:#1a1a1a;text-decoration:none}
            .diagrammer{display:flex;flex-wrap:wrap;gap:1rem}
            .diagrammer figure{margin:0;background:#fff;border:1px solid #c8c8c8;border-radius:6px;padding:.5rem;flex:1 1 520px;max-width:100%}
            .diagrammer svg{width:100%;height:auto;display:block}
            figcaption{font-weight:600;margin:.2rem 0 .4rem}
            </style>
            </head>
            <body>

            """);
        h.Append("<a class=\"hopp\" href=\"#resultat\">Hopp til resultatet</a><header><h1>").Append(E(tittel)).Append("</h1>");
        h.Append("<nav aria-label=\"Sider\"><ul>");
        foreach (var (lenke, tekst) in Sider)
        {
            h.Append("<li><a href=\"").Append(lenke).Append('"').Append(lenke == sti ? " aria-current=\"page\"" : string.Empty).Append('>').Append(E(tekst)).Append("</a></li>");
        }

        h.Append("</ul></nav>");
        var sist = s.SistKjenteDag;
        h.Append("<p>Beregner etter dekningsloven §§ 2-7 og 2-8 og Skatteetatens retningslinje for utleggstrekk. Satser: ")
            .Append(E(s.Satser.Versjon));
        if (sist is { } d)
        {
            h.Append(", livsopphold- og samværssatser kjent til og med ").Append(E(Datoformat.Tekst(d)));
        }

        h.Append(".</p></header><main>");
    }

    private static readonly (string Sti, string Tekst)[] Sider =
    [
        ("/", "Trekkberegning og hva om"),
        (Trekkside.Sti, "Fordeling og framskriving (TREKK.json)"),
    ];

    /// <summary>
    /// The error list at the top of a view: each violation with a link to its field (when <paramref name="lenke"/>
    /// finds one: the field's id and label), the value, the message and the rule.
    /// </summary>
    internal static void Feilliste(StringBuilder h, IReadOnlyList<Valideringsfeil> feil, Func<string, (string Id, string Etikett)?> lenke, string overskrift)
    {
        if (feil.Count == 0)
        {
            return;
        }

        h.Append("<div class=\"feil\" role=\"alert\" id=\"feil\"><strong>").Append(E(overskrift)).Append("</strong><ul>");
        foreach (var f in feil)
        {
            h.Append("<li>");
            if (lenke(f.Felt) is { } l)
            {
                h.Append("<a href=\"#").Append(E(l.Id)).Append("\">").Append(E(l.Etikett)).Append("</a>");
            }
            else
            {
                h.Append(E(f.Felt));
            }

            if (f.Verdi is not null)
            {
                h.Append(" («").Append(E(f.Verdi)).Append("»)");
            }

            h.Append(": ").Append(E(f.Melding)).Append(" <span class=\"kilde\">[").Append(E(f.Regel)).Append("]</span></li>");
        }

        h.Append("</ul></div>");
    }

    /// <summary>Renders the whole page.</summary>
    internal static string Tegn(Satstjeneste s, Tilstand t)
    {
        var h = new StringBuilder(16 * 1024);
        Topp(h, s, "/", "Utleggstrekk – hva om?");
        Advarsler(h, s, t);
        Skjemadel(h, t);
        h.Append("<section id=\"resultat\" tabindex=\"-1\" aria-live=\"polite\">");
        if (t.Grunnlag is { } g)
        {
            Resultat(h, g, t);
        }

        h.Append("</section></main></body></html>\n");
        return h.ToString();
    }

    private static void Advarsler(StringBuilder h, Satstjeneste s, Tilstand t)
    {
        foreach (var m in t.Merknader)
        {
            h.Append("<div class=\"merknad\">").Append(E(m)).Append("</div>");
        }

        var datotekst = t.Verdier.GetValueOrDefault("beregningsdato", string.Empty);
        if (s.SistKjenteDag is { } sist && Datoformat.TryLes(datotekst.Trim(), out var dato) && dato > sist)
        {
            h.Append("<div class=\"advarsel\" role=\"alert\" id=\"foreldede-satser\"><strong>Satsene er foreldet for denne datoen.</strong> Beregningsdatoen ")
                .Append(E(Datoformat.Tekst(dato))).Append(" er etter siste kjente dag for livsopphold- og samværssatsene (")
                .Append(E(Datoformat.Tekst(sist)))
                .Append("). Oppdater satsene, eller kryss av for «Tillat antatte satser» for å regne med siste kjente satser (resultatet merkes «antatt»).</div>");
        }

        Feilliste(h, t.Feil, felt => Skjema.FeltFor(felt) is { } f ? (f.Id, f.Etikett) : null, "Beregningen kunne ikke gjøres:");
    }

    private static void Skjemadel(StringBuilder h, Tilstand t)
    {
        h.Append("<form method=\"post\" action=\"/#resultat\" enctype=\"multipart/form-data\">");
        h.Append("<fieldset><legend>Skyldner og dato</legend>");
        foreach (var id in (string[])["beregningsdato", "brutto", "forskuddstrekk", "bedre-prioritet", "andre-inntekter"])
        {
            Inndatafelt(h, t, id);
        }

        h.Append("</fieldset><fieldset><legend>Husstand</legend>");
        Valgfelt(h, t, "sivilstand", [("enslig", "Enslig"), ("gift", "Gift"), ("samboer", "Samboer")]);
        foreach (var id in (string[])["partner-netto", "partner-gjeld", "barn", "samvaersbarn"])
        {
            Inndatafelt(h, t, id);
        }

        h.Append("</fieldset><fieldset><legend>Utgifter og regler</legend>");
        foreach (var id in (string[])["boutgift", "barnetilsyn", "bidrag-betalt"])
        {
            Inndatafelt(h, t, id);
        }

        Valgfelt(h, t, "kostnadsdeling", [("halvpart", "Halvpart (retningslinjen pkt. 5.3)"), ("forholdsmessig", "Forholdsmessig"), ("husstand", "Husstand (skjønn, pkt. 5.2)")]);
        Valgfelt(h, t, "tak", [("normal", "Normal (60 %)"), ("utvidet", "Utvidet (80 %)")]);
        Inndatafelt(h, t, "tak-begrunnelse");
        var avkrysset = t.Verdier.GetValueOrDefault("tillat-antatte") is "true" or "on";
        h.Append("<p class=\"avkrysning\"><input type=\"checkbox\" id=\"tillat-antatte\" name=\"tillat-antatte\" value=\"true\"")
            .Append(avkrysset ? " checked" : string.Empty).Append("><label for=\"tillat-antatte\">")
            .Append(E(Skjema.Felter.First(f => f.Id == "tillat-antatte").Etikett)).Append("</label></p>");
        h.Append("</fieldset>");

        h.Append("<fieldset><legend>Hva om? Varianter</legend><p class=\"hjelp\">Hver variant blir en egen kolonne ved siden av grunnlaget. Tomme varianter hoppes over.</p>");
        h.Append("<input type=\"hidden\" name=\"antall-varianter\" value=\"").Append(I(t.AntallVarianter)).Append("\">");
        for (var i = 0; i < t.AntallVarianter; i++)
        {
            var (felt, verdi) = i < t.Varianter.Count ? t.Varianter[i] : (string.Empty, string.Empty);
            var nr = I(i + 1);
            h.Append("<label for=\"variant-felt-").Append(I(i)).Append("\">Variant ").Append(nr).Append(": felt</label>");
            h.Append("<select id=\"variant-felt-").Append(I(i)).Append("\" name=\"variant-felt-").Append(I(i)).Append("\"><option value=\"\">(velg felt)</option>");
            foreach (var f in Skjema.Variantfelter)
            {
                h.Append("<option value=\"").Append(E(f.Id)).Append('"').Append(f.Id == felt ? " selected" : string.Empty).Append('>').Append(E(f.Etikett)).Append("</option>");
            }

            h.Append("</select><label for=\"variant-verdi-").Append(I(i)).Append("\">Variant ").Append(nr).Append(": ny verdi</label>");
            h.Append("<input type=\"text\" id=\"variant-verdi-").Append(I(i)).Append("\" name=\"variant-verdi-").Append(I(i)).Append("\" value=\"").Append(E(verdi)).Append("\">");
        }

        h.Append("<details><summary>Flere endringer (felt=verdi)</summary><label for=\"flere-varianter\">Én variant per linje, f.eks. <code>regler.tak=utvidet;regler.takBegrunnelse=Høy inntekt</code></label>")
            .Append("<textarea id=\"flere-varianter\" name=\"flere-varianter\" rows=\"3\">").Append(E(t.FlereVarianter)).Append("</textarea></details>");
        h.Append("</fieldset>");

        h.Append("<fieldset><legend>SAK.json</legend><label for=\"sakfil\">Last inn en sak fra fil (SAK.json)</label>")
            .Append("<input type=\"file\" id=\"sakfil\" name=\"sakfil\" accept=\".json,application/json\">")
            .Append("<p class=\"hjelp\">En fil som lastes inn erstatter skjemaet. Felt i filen som skjemaet ikke viser, beholdes.</p>")
            .Append("<details><summary>Vis saken som JSON</summary><label for=\"sakjson\">SAK.json (feltene over skrives inn her ved beregning)</label>")
            .Append("<textarea id=\"sakjson\" name=\"sakjson\" rows=\"12\">").Append(E(t.SakJsonTekst)).Append("</textarea></details></fieldset>");

        h.Append("<div class=\"knapper\"><button type=\"submit\" name=\"handling\" value=\"beregn\">Beregn</button>")
            .Append("<button type=\"submit\" name=\"handling\" value=\"ny-variant\" class=\"sekundaer\">Legg til variant</button></div>");
        h.Append("</form>");
    }

    private static void Inndatafelt(StringBuilder h, Tilstand t, string id)
    {
        var f = Skjema.Felter.First(x => x.Id == id);
        var verdi = t.Verdier.GetValueOrDefault(id, string.Empty);
        h.Append("<label for=\"").Append(id).Append("\">").Append(E(f.Etikett)).Append("</label>");
        var hjelpId = f.Hjelp is null ? null : id + "-hjelp";
        if (f.Art is Feltart.Barn or Feltart.Samvaersbarn)
        {
            h.Append("<textarea id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" rows=\"3\"")
                .Append(hjelpId is null ? string.Empty : " aria-describedby=\"" + hjelpId + "\"").Append('>').Append(E(verdi)).Append("</textarea>");
        }
        else
        {
            var type = f.Art == Feltart.Dato ? "date" : "text";
            var modus = f.Art == Feltart.Beloep ? " inputmode=\"decimal\" autocomplete=\"off\"" : string.Empty;
            h.Append("<input type=\"").Append(type).Append("\" id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" value=\"").Append(E(verdi)).Append('"')
                .Append(modus).Append(hjelpId is null ? string.Empty : " aria-describedby=\"" + hjelpId + "\"").Append('>');
        }

        if (f.Hjelp is not null)
        {
            h.Append("<p class=\"hjelp\" id=\"").Append(hjelpId).Append("\">").Append(E(f.Hjelp)).Append("</p>");
        }
    }

    private static void Valgfelt(StringBuilder h, Tilstand t, string id, (string Verdi, string Tekst)[] valg)
    {
        var f = Skjema.Felter.First(x => x.Id == id);
        var verdi = t.Verdier.GetValueOrDefault(id, string.Empty);
        h.Append("<label for=\"").Append(id).Append("\">").Append(E(f.Etikett)).Append("</label><select id=\"").Append(id).Append("\" name=\"").Append(id).Append("\">");
        if (!valg.Any(v => v.Verdi == verdi))
        {
            h.Append("<option value=\"").Append(E(verdi)).Append("\" selected>").Append(verdi.Length == 0 ? "(ikke valgt)" : E(verdi)).Append("</option>");
        }

        foreach (var (v, tekst) in valg)
        {
            h.Append("<option value=\"").Append(v).Append('"').Append(v == verdi ? " selected" : string.Empty).Append('>').Append(E(tekst)).Append("</option>");
        }

        h.Append("</select>");
    }

    private static readonly (string Navn, Func<BeregnUtdata, string> Verdi)[] Rader =
    [
        ("Trekk per måned", d => Norskformat.Kr(d.TrekkPerMaaned) + " kr"),
        ("Trekkprosent av brutto", d => Norskformat.Prosent(d.Trekkprosent)),
        ("Bindende begrensning", d => Begrensningsnavn(d.Begrensning)),
        ("Livsopphold (husstand)", d => Norskformat.Kr(d.Mellomregning.Livsopphold)),
        ("Samværstillegg", d => Norskformat.Kr(d.Mellomregning.Samvaerstillegg)),
        ("Husstandens utgifter", d => Norskformat.Kr(d.Mellomregning.Husstandsutgifter)),
        ("Skyldners andel", d => Norskformat.Kr(d.Mellomregning.Skyldnersandel)),
        ("Disponibelt", d => Norskformat.Kr(d.Mellomregning.Disponibelt)),
        ("Rått trekk", d => Norskformat.Kr(d.Mellomregning.RaaTrekk)),
        ("Trekkbar inntekt", d => Norskformat.Kr(d.Mellomregning.TrekkbarInntekt)),
        ("Rom under taket", d => Norskformat.Kr(d.Mellomregning.Takrom)),
        ("Næringsgrense (20 %)", d => d.Mellomregning.Naeringsgrense is { } n ? Norskformat.Kr(n) : "–"),
        ("Antatte satser", d => d.Antatt.Count == 0 ? "nei" : string.Join(", ", d.Antatt)),
    ];

    private static string Begrensningsnavn(string kode) => kode switch
    {
        "Livsopphold" => "Livsopphold",
        "Tak60" => "Tak 60 %",
        "Tak80" => "Tak 80 %",
        "TrekkbarInntekt" => "Trekkbar inntekt",
        "Naering20" => "Næring 20 %",
        "IngenTrekkevne" => "Ingen trekkevne",
        _ => kode,
    };

    private static void Resultat(StringBuilder h, BeregnUtdata g, Tilstand t)
    {
        h.Append("<h2>Resultat</h2><p class=\"trekk\" id=\"trekk\">Trekk per måned: ").Append(E(Norskformat.Kr(g.TrekkPerMaaned))).Append(" kr</p>");
        var begrensning = Enum.TryParse<Engine.Trekkberegning.Begrensning>(g.Begrensning, out var b) ? Norskformat.Begrensning(b) : g.Begrensning;
        h.Append("<p id=\"begrensning\"><strong>Bindende begrensning: ").Append(E(Begrensningsnavn(g.Begrensning))).Append("</strong> – ").Append(E(begrensning))
            .Append(". Trekkprosent ").Append(E(Norskformat.Prosent(g.Trekkprosent))).Append(" av brutto. Beregnet per ").Append(E(Datoformat.Tekst(g.Beregningsdato)))
            .Append(" med satser ").Append(E(g.SatserVersjon)).Append(".</p>");
        if (g.Antatt.Count > 0)
        {
            h.Append("<div class=\"advarsel\" role=\"status\">Beregningen bruker antatte satser (siste kjente satser videreført): ").Append(E(string.Join(", ", g.Antatt))).Append(".</div>");
        }

        if (Avledetmerknad.Tekst(g.Avledet) is { } avledet)
        {
            h.Append("<div class=\"advarsel\" role=\"status\" id=\"avledet\">").Append(E(avledet)).Append("</div>");
        }

        h.Append("<h2 id=\"sammenligning-tittel\">Sammenligning</h2><table id=\"sammenligning\" aria-labelledby=\"sammenligning-tittel\"><thead><tr><th scope=\"col\">Post</th><th scope=\"col\">Grunnlag</th>");
        for (var i = 0; i < t.Kolonner.Count; i++)
        {
            h.Append("<th scope=\"col\">Variant ").Append(I(i + 1)).Append(": ").Append(E(t.Kolonner[i].Navn)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var (navn, verdi) in Rader)
        {
            var grunnverdi = verdi(g);
            h.Append("<tr><th scope=\"row\">").Append(E(navn)).Append("</th><td>").Append(E(grunnverdi)).Append("</td>");
            foreach (var (_, r) in t.Kolonner)
            {
                if (r is null)
                {
                    h.Append("<td>feil – se over</td>");
                    continue;
                }

                var v = verdi(r);
                if (v == grunnverdi)
                {
                    h.Append("<td>").Append(E(v)).Append("</td>");
                }
                else
                {
                    h.Append("<td class=\"endret\">").Append(E(v)).Append("<span class=\"skjult\"> (endret)</span></td>");
                }
            }

            h.Append("</tr>");
        }

        if (t.Kolonner.Count > 0)
        {
            h.Append("<tr><th scope=\"row\">Differanse i trekk</th><td></td>");
            foreach (var (_, r) in t.Kolonner)
            {
                h.Append("<td>").Append(r is null ? string.Empty : E(Norskformat.Differanse(r.TrekkPerMaaned - g.TrekkPerMaaned) + " kr")).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
        if (g.Forklaring is { } f)
        {
            h.Append("<h2>Forklaring</h2><p>Hvert steg med regel og rettskilde.</p><ol class=\"forklaring\" id=\"forklaring\">");
            Forklaring(h, f);
            h.Append("</ol>");
        }
    }

    private static void Forklaring(StringBuilder h, ForklaringUtdata f)
    {
        h.Append("<li><strong>").Append(E(f.Steg)).Append("</strong>: ").Append(E(f.Resultat))
            .Append(" <span class=\"kilde\">(").Append(E(f.Regel.Navn)).Append("; kilde: ").Append(E(f.Regel.Kilde)).Append(")</span>");
        if (f.Fakta.Count > 0)
        {
            h.Append("<ul>");
            foreach (var faktum in f.Fakta)
            {
                h.Append("<li>").Append(E(faktum.Navn)).Append(" = ").Append(E(faktum.Verdi)).Append("</li>");
            }

            h.Append("</ul>");
        }

        if (f.Deler.Count > 0)
        {
            h.Append("<ol>");
            foreach (var del in f.Deler)
            {
                Forklaring(h, del);
            }

            h.Append("</ol>");
        }

        h.Append("</li>");
    }
}
