using System.CommandLine;
using System.Text.Json.Nodes;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
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
            var grunnlagInndata = SakJson.Les(tekst, navn);
            var tillatAntatte = pr.GetValue(tillat);
            var grunnlag = Beregn(grunnlagInndata, satser, tillatAntatte);
            var rot = JsonNode.Parse(tekst)!;

            var varianter = new List<HvaOmRad>();
            foreach (var s in pr.GetValue(sett) ?? [])
            {
                TrekkResultat r;
                try
                {
                    var kopi = rot.DeepClone();
                    foreach (var tildeling in JsonSti.Tildelinger(s))
                    {
                        var (felt, verdi) = JsonSti.Del(tildeling);
                        JsonSti.Sett(kopi, felt, JsonSti.TolkVerdi(verdi));
                    }

                    r = Beregn(SakJson.Les(kopi.ToJsonString(), sti), satser, tillatAntatte);
                }
                catch (UgyldigInputException e)
                {
                    throw new UgyldigInputException([.. e.Feil.Select(f => f with { Melding = $"(--sett {s}) {f.Melding}" })]);
                }
                catch (Engine.Satser.SatserManglerException e)
                {
                    // The variant moved the case to a date without rates: say which variant, as for any other error.
                    throw new UgyldigInputException(new Valideringsfeil(s, null, "SATSER_MANGLER", $"(--sett {s}) {e.Message}"));
                }

                varianter.Add(Rad(s, r, r.TrekkPerMaaned - grunnlag.TrekkPerMaaned));
            }

            var dokument = new HvaOmUtdata { Grunnlag = Rad(null, grunnlag, null), Varianter = varianter, SatserVersjon = grunnlag.SatserVersjon };
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

    private static TrekkResultat Beregn(SakInndata inndata, Engine.Satser.Satsgrunnlag satser, bool tillatAntatte) =>
        Trekkberegner.Beregn(inndata.Sak, satser, inndata.Valg with { TillatAntatteSatser = inndata.Valg.TillatAntatteSatser || tillatAntatte });

    private static HvaOmRad Rad(string? sett, TrekkResultat r, Beloep? differanse) => new()
    {
        Sett = sett,
        TrekkPerMaaned = r.TrekkPerMaaned,
        Trekkprosent = r.Trekkprosent,
        Begrensning = r.Begrensning.ToString(),
        Antatt = Koder.Antatt(r.Antatt),
        Differanse = differanse,
    };

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
    }
}
