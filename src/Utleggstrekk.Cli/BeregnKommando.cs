using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary><c>beregn SAK.json [--json] [--forklar] [--tillat-antatte-satser] [--loennsperiode …]</c>: the size of the trekk.</summary>
internal static class BeregnKommando
{
    /// <summary>Allowed values of <c>--loennsperiode</c>.</summary>
    public static Verdiliste<Loennsperiode> Loennsperioder => Koder.Loennsperioder;

    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var v = new Valg();
        var kommando = new Command("beregn", "Beregn trekkets størrelse med bindende begrensning (deknl. § 2-7).") { v.Fil, v.Json, v.Forklar, v.Tillat, v.Periode, v.Ndjson };
        kommando.SetAction(pr => Kjoer(k, v, pr));
        return kommando;
    }

    private static int Kjoer(Kontekst k, Valg v, ParseResult pr)
    {
        var satser = Satskilde.Last(pr.GetValue(k.Katalog));
        if (pr.GetValue(v.Ndjson))
        {
            return KjoerNdjson(k, v, pr, satser);
        }

        var (tekst, navn) = k.LesFil(pr.GetValue(v.Fil)!);
        var inndata = SakJson.Les(tekst, navn);
        var valg = MedTillatAntatte(inndata.Valg, pr.GetValue(v.Tillat));
        var lp = LesLoennsperiode(pr.GetValue(v.Periode));
        var (resultat, forklaring) = Beregn(inndata, satser, valg, pr.GetValue(v.Forklar));
        var dokument = BeregnUtdata.Av(resultat, lp, forklaring);
        if (pr.GetValue(v.Json))
        {
            k.Ut.Write(JsonSkriver.Skriv(dokument));
        }
        else
        {
            SkrivTabell(k.Ut, dokument, resultat);
        }

        return Kommandolinje.Ok;
    }

    /// <summary><c>--ndjson</c>: one SAK.json document per line, one result (or error object) per line.</summary>
    private static int KjoerNdjson(Kontekst k, Valg v, ParseResult pr, Satsgrunnlag satser)
    {
        var lp = LesLoennsperiode(pr.GetValue(v.Periode));
        var medForklaring = pr.GetValue(v.Forklar);
        var tillatAntatte = pr.GetValue(v.Tillat);
        return Ndjson.Kjoer(k, pr.GetValue(v.Fil)!, (linje, navn) =>
        {
            var inn = SakJson.Les(linje, navn);
            var (resultat, forklaring) = Beregn(inn, satser, MedTillatAntatte(inn.Valg, tillatAntatte), medForklaring);
            return BeregnUtdata.Av(resultat, lp, forklaring);
        });
    }

    /// <summary>The case's own choice about assumed rates, or the command line's <c>--tillat-antatte-satser</c>.</summary>
    private static Beregningsvalg MedTillatAntatte(Beregningsvalg valg, bool tillat) =>
        valg with { TillatAntatteSatser = valg.TillatAntatteSatser || tillat };

    /// <summary>The trekk, with its explanation when <c>--forklar</c> asks for it.</summary>
    private static (Trekkresultat Resultat, Forklaring? Forklaring) Beregn(SakInndata inndata, Satsgrunnlag satser, Beregningsvalg valg, bool medForklaring) =>
        medForklaring ? Resultatdokumenter.Forklar(inndata, satser, valg) : (Trekkberegner.Beregn(inndata.Sak, satser, valg), null);

    private static Loennsperiode? LesLoennsperiode(string? tekst)
    {
        if (tekst is null)
        {
            return null;
        }

        var feil = new List<Valideringsfeil>();
        var lp = Loennsperioder.Les(tekst, "--loennsperiode", Loennsperiode.Maaned, feil);
        return feil.Count > 0 ? throw new UgyldigInndataException(feil) : lp;
    }

    /// <summary>The <c>--tillat-antatte-satser</c> flag.</summary>
    public static Option<bool> TillatAntatteValg() => new("--tillat-antatte-satser")
    {
        Description = "Tillat å bruke siste kjente livsopphold- og samværssatser etter tabellens siste kjente dag (resultatet merkes «antatt»).",
    };

    /// <summary>The Norwegian label of a binding constraint for human output (JSON keeps the code).</summary>
    public static string Etikett(Begrensning b) => b switch
    {
        Begrensning.Livsopphold => "livsopphold",
        Begrensning.Tak60 => "60 %-taket",
        Begrensning.Tak80 => "80 %-taket",
        Begrensning.TrekkbarInntekt => "trekkbar inntekt",
        Begrensning.Naering20 => "20 %-grensen for næring",
        Begrensning.IngenTrekkevne => "ingen trekkevne",
        _ => b.ToString(),
    };

    /// <summary>A Norwegian sentence for a binding constraint.</summary>
    public static string Forklar(Begrensning b) => Norskformat.Begrensning(b);

    private static void SkrivTabell(TextWriter ut, BeregnUtdata d, Trekkresultat r)
    {
        ut.WriteLine($"Trekkberegning per {Datoformat.Tekst(d.Beregningsdato)} (satser {d.SatserVersjon})");
        ut.WriteLine();
        var m = d.Mellomregning;
        var rader = new List<string[]>
        {
            new[] { "Post", "Kroner per måned" },
            new[] { "Livsopphold (husstand)", Visning.Kr(m.Livsopphold) },
            new[] { "Samværstillegg", Visning.Kr(m.Samvaerstillegg) },
            new[] { "Husstandens utgifter", Visning.Kr(m.Husstandsutgifter) },
            new[] { "Skyldners andel", Visning.Kr(m.Skyldnersandel) },
            new[] { "Disponibelt", Visning.Kr(m.Disponibelt) },
            new[] { "Rått trekk", Visning.Kr(m.RaaTrekk) },
            new[] { "Trekkbar inntekt", Visning.Kr(m.TrekkbarInntekt) },
            new[] { "Rom under taket", Visning.Kr(m.Takrom) },
        };
        if (m.Naeringsgrense is { } n)
        {
            rader.Add(["Næringsgrense (20 %)", Visning.Kr(n)]);
        }

        Visning.Tabell(ut, rader);
        ut.WriteLine();
        Visning.Tabell(ut, [
            ["Trekk per måned", Visning.Kr(d.TrekkPerMaaned) + " kr"],
            ["Trekkprosent", Visning.Prosent(d.Trekkprosent)],
            ["Bindende begrensning", Etikett(r.Begrensning)],
        ], overskrift: false);
        ut.WriteLine("  " + Forklar(r.Begrensning) + $" (kode {d.Begrensning}).");
        if (d.Loennsperiode is { } lp)
        {
            ut.WriteLine($"Trekk per lønnsperiode ({lp.Periode}): {Visning.Kr(lp.TrekkPerPeriode)} kr");
        }

        if (d.Antatt.Count > 0)
        {
            ut.WriteLine("MERK: antatte satser (videreført etter siste kjente dag): " + string.Join(", ", d.Antatt) + ".");
        }

        if (Avledetmerknad.Tekst(d.Avledet) is { } avledet)
        {
            ut.WriteLine(avledet);
        }

        Visning.Forklaringsavsnitt(ut, d.Forklaring);
    }

    /// <summary>The command's arguments and options, in the order help lists them.</summary>
    private sealed class Valg
    {
        public Argument<string> Fil { get; } = new("SAK.json") { Description = "Saken som JSON (se docs/sak-json.md); - leser fra stdin." };

        public Option<bool> Json { get; } = Kontekst.JsonValg();

        public Option<bool> Forklar { get; } = new("--forklar") { Description = "Vis forklaringen: hvert steg med regel, kilde, fakta og resultat." };

        public Option<bool> Tillat { get; } = TillatAntatteValg();

        public Option<string?> Periode { get; } = new("--loennsperiode")
        {
            Description = "Regn også om til trekk per lønnsperiode: " + Loennsperioder.Tillatte + ".",
            HelpName = "maaned|fjortendager|uke",
        };

        public Option<bool> Ndjson { get; } = Kontekst.NdjsonValg("SAK.json");
    }
}
