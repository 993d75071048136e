using System.Globalization;
using System.Text;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Grafikk;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web;

/// <summary>
/// The caseworker page's TREKK.json view (Norwegian, server-rendered, no script): load a trekk (file or text), see the
/// fordeling of one payment per krav (deknl. § 2-8) and the projection as charts of each krav's remaining balance
/// by month — for today's trekk and for a what-if amount — drawn server-side with the same OxyPlot code as
/// <c>framskriv --svg</c> (<see cref="Saldodiagram"/>). Uses the same shared compositions as the CLI and the API.
/// </summary>
public static class Trekkside
{
    /// <summary>The view's path.</summary>
    public const string Sti = "/trekk";

    /// <summary>The default projection horizon in months.</summary>
    public const int StandardMaaneder = 36;

    private const string Tittel = "Utleggstrekk – fordeling og framskriving";

    /// <summary>The view's fields: id, label, hint.</summary>
    internal static readonly (string Id, string Etikett, string? Hjelp)[] Felter =
    [
        ("fra", "Første måned (fra)", "Første dag i første måned av framskrivingen, ÅÅÅÅ-MM-DD."),
        ("maaneder", "Antall måneder", "1–1200."),
        ("beloep", "Trekk per måned i dag (kr)", "Tomt: trekkpåleggene i TREKK.json for første måned."),
        ("brutto", "Bruttoinntekt per måned (kr)", "Trengs bare når et trekkpålegg er i prosent."),
        ("hva-om", "Hva om trekket var … kr per måned", "Et annet trekkbeløp å sammenligne med; tomt gir bare dagens trekk."),
    ];

    /// <summary>Maps <c>GET /trekk</c> and <c>POST /trekk</c>.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Sti, (Satstjeneste s) => Side.Svar(Tegn(s, new Tilstand { Verdier = Standardverdier() }))).ExcludeFromDescription();
        app.MapPost(Sti, PostAsync).ExcludeFromDescription();
    }

    private static Dictionary<string, string> Standardverdier()
    {
        var idag = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        return new(StringComparer.Ordinal)
        {
            ["fra"] = Datoformat.Tekst(new LocalDate(idag.Year, idag.Month, 1)),
            ["maaneder"] = StandardMaaneder.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>What one rendering shows.</summary>
    internal sealed class Tilstand
    {
        public required Dictionary<string, string> Verdier { get; init; }

        public string TrekkJsonTekst { get; set; } = string.Empty;

        public List<Valideringsfeil> Feil { get; } = [];

        public List<string> Merknader { get; } = [];

        public Trekk? Trekk { get; set; }

        public Beloep Betaling { get; set; }

        public bool BetalingFraPaalegg { get; set; }

        public FordelUtdata? Fordeling { get; set; }

        public Framskrivingskjoering? IDag { get; set; }

        public Framskrivingskjoering? HvaOm { get; set; }

        public Beloep? HvaOmBeloep { get; set; }
    }

    private static async Task<IResult> PostAsync(HttpRequest request, Satstjeneste s)
    {
        if (!request.HasFormContentType)
        {
            throw new ForespoerselException(StatusCodes.Status415UnsupportedMediaType, "feil-medietype", "Feil medietype", "Siden tar imot skjemadata.");
        }

        var skjema = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var t = new Tilstand { Verdier = new(StringComparer.Ordinal) };
        foreach (var (id, _, _) in Felter)
        {
            t.Verdier[id] = skjema[id].ToString().Trim();
        }

        t.TrekkJsonTekst = skjema["trekkjson"].ToString();
        var kilde = "TREKK.json";
        var fil = skjema.Files.GetFile("trekkfil");
        if (fil is { Length: > 0 })
        {
            using var minne = new MemoryStream();
            await fil.CopyToAsync(minne, request.HttpContext.RequestAborted).ConfigureAwait(false);
            kilde = Path.GetFileName(fil.FileName);
            try
            {
                t.TrekkJsonTekst = JsonTekst.Dekod(minne.ToArray(), kilde);
                t.Merknader.Add($"Trekket er lest fra {kilde}.");
            }
            catch (UgyldigInputException e)
            {
                t.Feil.AddRange(e.Feil);
                return Side.Svar(Tegn(s, t));
            }
        }

        Beregn(s, t, kilde);
        return Side.Svar(Tegn(s, t));
    }

    private static void Beregn(Satstjeneste s, Tilstand t, string kilde)
    {
        var fra = LesDato(t, "fra");
        var maaneder = LesMaaneder(t);
        var beloep = LesBeloep(t, "beloep");
        var brutto = LesBeloep(t, "brutto");
        var hvaOm = LesBeloep(t, "hva-om");
        if (t.TrekkJsonTekst.Trim().Length == 0)
        {
            t.Feil.Add(new Valideringsfeil("trekkjson", null, "PAAKREVD", "Last inn en TREKK.json-fil eller lim inn trekket som JSON."));
        }
        else
        {
            try
            {
                Inndata.SjekkDybde(Encoding.UTF8.GetBytes(t.TrekkJsonTekst));
                t.Trekk = TrekkJson.LesTrekk(t.TrekkJsonTekst, kilde);
            }
            catch (UgyldigInputException e)
            {
                t.Feil.AddRange(e.Feil);
            }
        }

        if (t.Feil.Count > 0 || t.Trekk is not { } trekk || fra is not { } f || maaneder is not { } m)
        {
            return;
        }

        try
        {
            // Today's trekk: the amount given, otherwise the trekkpålegg in force in the first month (as framskriv does).
            t.IDag = Resultatdokumenter.Framskriv(trekk, f, m, beloep is { } b ? [b] : [], s.Satser.Forsinkelsesrente, brutto);
            t.BetalingFraPaalegg = beloep is null;
            t.Betaling = beloep ?? t.IDag.Grunnlag.BesluttetBetaling(0);
            if (t.Betaling.ErNull)
            {
                t.Feil.Add(new Valideringsfeil("beloep", null, "PAAKREVD", $"Trekket har ikke noe trekkpålegg i kraft {Datoformat.Tekst(f)}; skriv inn trekket per måned i dag."));
                t.IDag = null;
                return;
            }

            t.Fordeling = Resultatdokumenter.Fordel(trekk.Krav, t.Betaling, trekk.Regel, forklar: false);
            if (hvaOm is { } h)
            {
                t.HvaOm = Resultatdokumenter.Framskriv(trekk, f, m, [h], s.Satser.Forsinkelsesrente, brutto);
                t.HvaOmBeloep = h;
            }
        }
        catch (UgyldigInputException e)
        {
            t.Feil.AddRange(e.Feil);
            t.IDag = t.HvaOm = null;
            t.Fordeling = null;
        }
        catch (SatserManglerException e)
        {
            t.Feil.Add(new Valideringsfeil("fra", Datoformat.Tekst(f), "SATSER_MANGLER", e.Message));
            t.IDag = t.HvaOm = null;
            t.Fordeling = null;
        }
        catch (OverflowException)
        {
            t.Feil.Add(new Valideringsfeil("$", null, "OVERFLYT", "Tallene er for store til å regne med."));
            t.IDag = t.HvaOm = null;
            t.Fordeling = null;
        }
    }

    private static LocalDate? LesDato(Tilstand t, string id)
    {
        var tekst = t.Verdier[id];
        if (Datoformat.TryLes(tekst, out var dato))
        {
            return dato;
        }

        t.Feil.Add(tekst.Length == 0
            ? new Valideringsfeil(id, null, "PAAKREVD", "Feltet mangler og er påkrevd.")
            : new Valideringsfeil(id, tekst, "UGYLDIG_DATO", "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD."));
        return null;
    }

    private static int? LesMaaneder(Tilstand t)
    {
        var tekst = t.Verdier["maaneder"];
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 1200)
        {
            return m;
        }

        t.Feil.Add(new Valideringsfeil("maaneder", tekst.Length == 0 ? null : tekst, tekst.Length == 0 ? "PAAKREVD" : "UGYLDIG_VERDI", "Antall måneder må være fra 1 til 1200."));
        return null;
    }

    /// <summary>An optional amount as a caseworker types it: spaces allowed, comma or point as decimal separator.</summary>
    private static Beloep? LesBeloep(Tilstand t, string id)
    {
        var tekst = t.Verdier[id];
        if (tekst.Length == 0)
        {
            return null;
        }

        var tall = tekst.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (!decimal.TryParse(tall, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var kroner))
        {
            t.Feil.Add(new Valideringsfeil(id, tekst, "UGYLDIG_BELOEP", "Forventet et beløp i kroner, f.eks. 5 000 eller 5000,50."));
            return null;
        }

        if (!Beloep.TryFraEkstern(kroner, id, out var beloep, out var feil))
        {
            t.Feil.Add(feil with { Verdi = tekst });
            return null;
        }

        return beloep;
    }

    /// <summary>The field an error belongs to: a form field, or the TREKK.json text with the path in the label.</summary>
    private static (string Id, string Etikett)? Lenke(string felt)
    {
        foreach (var (id, etikett, _) in Felter)
        {
            if (felt == id)
            {
                return (id, etikett);
            }
        }

        return felt switch
        {
            "bruttoinntekt" => ("brutto", Felter.First(f => f.Id == "brutto").Etikett),
            "trekkjson" => ("trekkjson", "TREKK.json"),
            _ => ("trekkjson", "TREKK.json: " + felt),
        };
    }

    /// <summary>Renders the view.</summary>
    internal static string Tegn(Satstjeneste s, Tilstand t)
    {
        var h = new StringBuilder(64 * 1024);
        Side.Topp(h, s, Sti, Tittel);
        foreach (var m in t.Merknader)
        {
            h.Append("<div class=\"merknad\">").Append(Side.E(m)).Append("</div>");
        }

        Side.Feilliste(h, t.Feil, Lenke, "Fordeling og framskriving kunne ikke gjøres:");
        Skjemadel(h, t);
        h.Append("<section id=\"resultat\" tabindex=\"-1\" aria-live=\"polite\">");
        if (t.Trekk is { } trekk && t.Fordeling is { } fordeling && t.IDag is { } idag)
        {
            Fordelingsdel(h, trekk, fordeling, t);
            Framskrivingsdel(h, trekk, idag, t);
        }

        h.Append("</section></main></body></html>\n");
        return h.ToString();
    }

    private static void Skjemadel(StringBuilder h, Tilstand t)
    {
        h.Append("<form method=\"post\" action=\"").Append(Sti).Append("#resultat\" enctype=\"multipart/form-data\">");
        h.Append("<fieldset><legend>Trekket (TREKK.json)</legend><label for=\"trekkfil\">Last inn et trekk fra fil (TREKK.json)</label>")
            .Append("<input type=\"file\" id=\"trekkfil\" name=\"trekkfil\" accept=\".json,application/json\">")
            .Append("<p class=\"hjelp\">En fil som lastes inn erstatter teksten under. Se docs/trekk-json.md for formatet.</p>")
            .Append("<label for=\"trekkjson\">TREKK.json (eller lim inn trekket her)</label>")
            .Append("<textarea id=\"trekkjson\" name=\"trekkjson\" rows=\"12\">").Append(Side.E(t.TrekkJsonTekst)).Append("</textarea></fieldset>");
        h.Append("<fieldset><legend>Betaling og framskriving</legend>");
        foreach (var (id, etikett, hjelp) in Felter)
        {
            var type = id == "fra" ? "date" : "text";
            var modus = id == "maaneder" ? " inputmode=\"numeric\"" : id == "fra" ? string.Empty : " inputmode=\"decimal\" autocomplete=\"off\"";
            h.Append("<label for=\"").Append(id).Append("\">").Append(Side.E(etikett)).Append("</label><input type=\"").Append(type).Append("\" id=\"").Append(id)
                .Append("\" name=\"").Append(id).Append("\" value=\"").Append(Side.E(t.Verdier.GetValueOrDefault(id))).Append('"').Append(modus);
            if (hjelp is not null)
            {
                h.Append(" aria-describedby=\"").Append(id).Append("-hjelp\"><p class=\"hjelp\" id=\"").Append(id).Append("-hjelp\">").Append(Side.E(hjelp)).Append("</p>");
            }
            else
            {
                h.Append('>');
            }
        }

        h.Append("</fieldset><div class=\"knapper\"><button type=\"submit\" name=\"handling\" value=\"vis\">Vis fordeling og framskriving</button></div></form>");
    }

    private static string Kravtypenavn(Kravtype k) => k switch
    {
        Kravtype.Hovedstol => "Hovedstol",
        Kravtype.Renter => "Renter",
        Kravtype.Kostnader => "Kostnader",
        Kravtype.Gebyr => "Gebyr",
        Kravtype.LoependeBidrag => "Løpende bidrag",
        Kravtype.Bidragsgjeld => "Bidragsgjeld",
        _ => k.ToString(),
    };

    private static string Kr(Beloep b) => Norskformat.Kr(b) + " kr";

    private static void Fordelingsdel(StringBuilder h, Trekk trekk, FordelUtdata fordeling, Tilstand t)
    {
        h.Append("<h2 id=\"fordeling-tittel\">Fordeling av én betaling</h2><p id=\"betaling\">Betaling: <strong>").Append(Side.E(Kr(t.Betaling))).Append("</strong>")
            .Append(t.BetalingFraPaalegg ? " (trekkpåleggene i kraft første måned)" : " (oppgitt)")
            .Append(", fordelt etter ").Append(Side.E(fordeling.Regel)).Append(" (dekningsloven § 2-8).</p>");
        h.Append("<table id=\"fordeling\" aria-labelledby=\"fordeling-tittel\"><thead><tr>")
            .Append("<th scope=\"col\">Krav</th><th scope=\"col\">Sak</th><th scope=\"col\">Artsprioritet</th><th scope=\"col\">Tidsprioritet</th><th scope=\"col\">Kravtype</th>")
            .Append("<th scope=\"col\">Gjenstående</th><th scope=\"col\">Får av betalingen</th><th scope=\"col\">Herav til renter</th></tr></thead><tbody>");
        for (var i = 0; i < trekk.Krav.Length; i++)
        {
            var k = trekk.Krav[i];
            var andel = fordeling.Fordeling[i];
            var gjenstaaende = k.Kravtype == Kravtype.LoependeBidrag ? Kr(k.MaanedligBeloep) + " per måned" : Kr(k.Gjenstaaende);
            h.Append("<tr><th scope=\"row\">").Append(Side.E(k.Id)).Append("</th><td>").Append(Side.E(k.Sak)).Append("</td><td>").Append(k.Artsprioritet.Bokstav())
                .Append("</td><td>").Append(Side.E(Datoformat.Tekst(k.Tidsprioritet))).Append("</td><td>").Append(Side.E(Kravtypenavn(k.Kravtype)))
                .Append("</td><td>").Append(Side.E(gjenstaaende)).Append("</td><td>").Append(Side.E(Kr(andel.Beloep))).Append("</td><td>")
                .Append(Side.E(Kr(andel.Renteandel))).Append("</td></tr>");
        }

        h.Append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"6\">Overskudd (ikke fordelt)</th><td>").Append(Side.E(Kr(fordeling.Overskudd)))
            .Append("</td><td></td></tr></tfoot></table>");
    }

    private static void Framskrivingsdel(StringBuilder h, Trekk trekk, Framskrivingskjoering idag, Tilstand t)
    {
        var g = idag.Grunnlag;
        h.Append("<h2>Framskriving</h2><p>Hvert kravs gjenstående saldo (hovedstol og ubetalte renter) ved slutten av hver måned, ")
            .Append(Side.I(g.Maaneder)).Append(" måneder fra ").Append(Side.E(Datoformat.Tekst(g.Fra))).Append(". Løpende bidrag har ingen saldo og vises ikke.</p>");
        var tittelIDag = t.BetalingFraPaalegg ? $"Trekket i dag: trekkpåleggene ({Kr(t.Betaling)} første måned)" : $"Trekket i dag: {Kr(t.Betaling)} per måned";
        h.Append("<div class=\"diagrammer\">");
        Diagram(h, "diagram-i-dag", tittelIDag, g, idag.Saldo[0]);
        if (t.HvaOm is { } hvaOm && t.HvaOmBeloep is { } hb)
        {
            Diagram(h, "diagram-hva-om", $"Hva om trekket var {Kr(hb)} per måned", hvaOm.Grunnlag, hvaOm.Saldo[0]);
        }

        h.Append("</div>");

        h.Append("<h3 id=\"innfridd-tittel\">Når blir kravene innfridd?</h3><table id=\"innfridd\" aria-labelledby=\"innfridd-tittel\"><thead><tr><th scope=\"col\">Krav</th>")
            .Append("<th scope=\"col\">Med trekket i dag</th>");
        if (t.HvaOmBeloep is { } hb2)
        {
            h.Append("<th scope=\"col\">Hva om ").Append(Side.E(Kr(hb2))).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        for (var i = 0; i < trekk.Krav.Length; i++)
        {
            if (trekk.Krav[i].Kravtype == Kravtype.LoependeBidrag)
            {
                continue;
            }

            h.Append("<tr><th scope=\"row\">").Append(Side.E(trekk.Krav[i].Id)).Append("</th>");
            Innfridd(h, idag.Dokumenter[0].Krav[i]);
            if (t.HvaOm is { } ho)
            {
                Innfridd(h, ho.Dokumenter[0].Krav[i]);
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
        if (idag.Dokumenter.Concat(t.HvaOm?.Dokumenter ?? []).Any(d => d.Maaneder.Any(m => m.Antatt)))
        {
            h.Append("<div class=\"advarsel\" role=\"status\">Noen renter bygger på antatt forsinkelsesrente (siste kjente sats videreført etter tabellens slutt).</div>");
        }

        if (idag.Dokumenter.Concat(t.HvaOm?.Dokumenter ?? []).Any(d => d.Maaneder.Any(m => m.Avledet)))
        {
            h.Append("<div class=\"advarsel\" role=\"status\" id=\"avledet\">").Append(Side.E(Avledetmerknad.Tekst(["forsinkelsesrente"]))).Append("</div>");
        }
    }

    private static void Innfridd(StringBuilder h, KravFramskrivingUtdata k) =>
        h.Append("<td>").Append(Side.E(k.Innfridd ?? $"ikke innen horisonten ({Kr(k.Gjenstaaende)} igjen)")).Append("</td>");

    /// <summary>One chart: the OxyPlot SVG of <see cref="Saldodiagram"/>, embedded as an image with a caption.</summary>
    private static void Diagram(StringBuilder h, string id, string tittel, Engine.Framskriving.Framskrivingsgrunnlag g, Beloep[] saldo)
    {
        var serier = Saldodiagram.Serier(g, saldo);
        var svg = Saldodiagram.TilSvg(Saldodiagram.Lag(serier, string.Empty), 560, 380);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = svg[start..];
        var navn = string.Join(", ", serier.Select(x => x.Navn));
        // Two charts on one page: OxyPlot numbers its clip paths from 1 in each, so make the ids unique per figure.
        svg = svg.Replace("id=\"clipPath", $"id=\"{id}-clipPath", StringComparison.Ordinal).Replace("url(#clipPath", $"url(#{id}-clipPath", StringComparison.Ordinal);
        svg = string.Concat("<svg role=\"img\" aria-labelledby=\"", id, "-tittel\" viewBox=\"0 0 560 380\"", svg.AsSpan(4));
        h.Append("<figure id=\"").Append(id).Append("\"><figcaption id=\"").Append(id).Append("-tittel\">").Append(Side.E(tittel))
            .Append(" <span class=\"skjult\">– linjediagram over gjenstående per krav: ").Append(Side.E(navn)).Append("</span></figcaption>")
            .Append(svg).Append("</figure>");
    }
}
