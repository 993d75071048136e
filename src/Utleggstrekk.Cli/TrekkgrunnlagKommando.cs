using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>trekkgrunnlag FIL [--json]</c>: which of the debtor's ytelser are trekkbare, counted on the income side only, or
/// held outside (deknl. § 2-7; Retningslinje pkt. 4 and 5.2), and the three sums of SAK.json's <c>skyldner</c>.
/// </summary>
internal static class TrekkgrunnlagKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("FIL") { Description = "Ytelsene som JSON: {\"kravGjelder\": \"skatt|annet\", \"ytelser\": [{\"type\", \"bruttoPerMaaned\", \"forskuddstrekkPerMaaned\"}]} (docs/trekkgrunnlag.md); - leser fra stdin." };
        var json = Kontekst.JsonValg();
        var kommando = new Command("trekkgrunnlag", "Klassifiser skyldnerens ytelser: trekkbar, inntekt som ikke er trekkbar, eller holdes utenfor (deknl. § 2-7), og regn ut brutto, forskuddstrekk og andre inntekter til SAK.json.") { fil, json };
        kommando.SetAction(pr =>
        {
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var (tekst, navn) = k.LesFil(pr.GetValue(fil)!);
            var inndata = TrekkgrunnlagJson.Les(tekst, navn);
            var dokument = Resultatdokumenter.Trekkgrunnlag(inndata);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            k.Ut.WriteLine($"Trekkgrunnlag for {(inndata.KravGjelder == KravGjelder.Skatt ? "skatte- og avgiftskrav" : "andre krav enn skatte- og avgiftskrav")}");
            k.Ut.WriteLine();
            var rader = new List<string[]> { new[] { "Ytelse", "Brutto", "Forskuddstrekk", "Behandling", "Kilde" } };
            for (var i = 0; i < inndata.Ytelser.Length; i++)
            {
                var y = inndata.Ytelser[i];
                var x = dokument.Ytelser[i];
                rader.Add([Ytelsesnavn.Tekst(y.Type), Visning.Kr(y.BruttoPerMaaned), Visning.Kr(y.ForskuddstrekkPerMaaned), Ytelsesnavn.Behandling(x.Behandling), x.Kilde]);
            }

            Visning.Tabell(k.Ut, rader);
            k.Ut.WriteLine();
            Visning.Tabell(k.Ut, [
                ["Brutto trekkgrunnlag per måned (skyldner.bruttoPerMaaned)", Visning.Kr(dokument.BruttoPerMaaned) + " kr"],
                ["Forskuddstrekk per måned (skyldner.forskuddstrekkPerMaaned)", Visning.Kr(dokument.ForskuddstrekkPerMaaned) + " kr"],
                ["Andre inntekter per måned (skyldner.andreInntekterPerMaaned)", Visning.Kr(dokument.AndreInntekterPerMaaned) + " kr"],
            ], overskrift: false);
            k.Ut.WriteLine();
            k.Ut.WriteLine("Merknader:");
            for (var i = 0; i < dokument.Ytelser.Count; i++)
            {
                k.Ut.WriteLine($"  {Ytelsesnavn.Tekst(inndata.Ytelser[i].Type)}: {dokument.Ytelser[i].Merknad}");
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
