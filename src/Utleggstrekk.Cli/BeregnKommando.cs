using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
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
        var fil = new Argument<string>("SAK.json") { Description = "Saken som JSON (se docs/sak-json.md); - leser fra stdin." };
        var json = Kontekst.JsonValg();
        var forklar = new Option<bool>("--forklar") { Description = "Vis forklaringen: hvert steg med regel, kilde, fakta og resultat." };
        var tillat = TillatAntatteValg();
        var periode = new Option<string?>("--loennsperiode")
        {
            Description = "Regn også om til trekk per lønnsperiode: " + Loennsperioder.Tillatte + ".",
            HelpName = "maaned|fjortendager|uke",
        };

        var ndjson = Kontekst.NdjsonValg("SAK.json");
        var kommando = new Command("beregn", "Beregn trekkets størrelse med bindende begrensning (deknl. § 2-7).") { fil, json, forklar, tillat, periode, ndjson };
        kommando.SetAction(pr =>
        {
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            if (pr.GetValue(ndjson))
            {
                var lpNd = LesLoennsperiode(pr.GetValue(periode));
                var medForklaring = pr.GetValue(forklar);
                var tillatAntatte = pr.GetValue(tillat);
                return Ndjson.Kjoer(k, pr.GetValue(fil)!, (linje, navn) =>
                {
                    var inn = SakJson.Les(linje, navn);
                    var v = inn.Valg with { TillatAntatteSatser = inn.Valg.TillatAntatteSatser || tillatAntatte };
                    if (medForklaring)
                    {
                        var (r, f) = Resultatdokumenter.Forklar(inn, satser, v);
                        return BeregnUtdata.Av(r, lpNd, f);
                    }

                    return BeregnUtdata.Av(Trekkberegner.Beregn(inn.Sak, satser, v), lpNd);
                });
            }

            var (tekst, navn) = k.LesFil(pr.GetValue(fil)!);
            var inndata = SakJson.Les(tekst, navn);
            var valg = inndata.Valg with { TillatAntatteSatser = inndata.Valg.TillatAntatteSatser || pr.GetValue(tillat) };
            var lp = LesLoennsperiode(pr.GetValue(periode));

            Trekkresultat resultat;
            Forklaring? forklaring = null;
            if (pr.GetValue(forklar))
            {
                (resultat, forklaring) = Resultatdokumenter.Forklar(inndata, satser, valg);
            }
            else
            {
                resultat = Trekkberegner.Beregn(inndata.Sak, satser, valg);
            }

            var dokument = BeregnUtdata.Av(resultat, lp, forklaring);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
            }
            else
            {
                SkrivTabell(k.Ut, dokument, resultat);
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }

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

        if (d.Forklaring is { } f)
        {
            ut.WriteLine();
            ut.WriteLine("Forklaring:");
            Visning.Forklaring(ut, f);
        }
    }

}
