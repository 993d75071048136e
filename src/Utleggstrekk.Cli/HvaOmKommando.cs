using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary><c>hva-om SAK.json --sett felt=verdi [--sett …] [--json]</c>: the baseline and each variant side by side.</summary>
internal static class HvaOmKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("SAK.json") { Description = "Grunnlaget: saken som JSON (se docs/sak-json.md); - leser fra stdin." };
        var sett = new Option<string[]>("--sett")
        {
            Description = "Én variant: felt=verdi, der felt er en sti i SAK.json (f.eks. utgifter.boutgift=11000, husstand.barn[0].foedselsdato=2015-05-05). Flere endringer i samme variant skilles med ';' (\\; for et semikolon i en verdi), f.eks. \"regler.tak=utvidet;regler.takBegrunnelse=Høy inntekt\". Kan gjentas.",
            Required = true,
            HelpName = "felt=verdi",
        };
        var json = Kontekst.JsonValg();
        var tillat = BeregnKommando.TillatAntatteValg();
        var kommando = new Command("hva-om", "Sammenlign trekket i saken med varianter der ett felt er endret.") { fil, sett, json, tillat };
        kommando.SetAction(pr =>
        {
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var sti = pr.GetValue(fil)!;
            var (tekst, navn) = k.LesFil(sti);
            var dokument = Resultatdokumenter.HvaOm(tekst, navn, pr.GetValue(sett) ?? [], satser, pr.GetValue(tillat));
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
            }
            else
            {
                SkrivTabell(k.Ut, dokument);
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }

    private static void SkrivTabell(TextWriter ut, HvaOmUtdata d)
    {
        ut.WriteLine($"Hva om … (satser {d.SatserVersjon})");
        ut.WriteLine();
        var rader = new List<string[]> { new[] { "Variant", "Trekk/mnd", "Trekkprosent", "Begrensning", "Differanse" } };
        rader.Add(["grunnlag", Visning.Kr(d.Grunnlag.TrekkPerMaaned), Visning.Prosent(d.Grunnlag.Trekkprosent), d.Grunnlag.Begrensning, string.Empty]);
        foreach (var v in d.Varianter)
        {
            rader.Add([v.Sett!, Visning.Kr(v.TrekkPerMaaned), Visning.Prosent(v.Trekkprosent), v.Begrensning, Visning.Differanse(v.Differanse!.Value)]);
        }

        Visning.Tabell(ut, rader);
        if (d.Varianter.Any(v => v.Antatt.Count > 0) || d.Grunnlag.Antatt.Count > 0)
        {
            ut.WriteLine("MERK: minst én rad bruker antatte satser (videreført etter siste kjente dag).");
        }

        if (Avledetmerknad.Tekst([.. d.Varianter.Prepend(d.Grunnlag).SelectMany(v => v.Avledet).Distinct(StringComparer.Ordinal)]) is { } avledet)
        {
            ut.WriteLine(avledet);
        }
    }
}
