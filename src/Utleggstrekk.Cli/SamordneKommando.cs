using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>samordne FIL [--json]</c>: several trekk in one ytelse (tvangsl. § 7-24; Retningslinje pkt. 7.3.2): the
/// debtor's capacity in order of cover, and which trekk must be lowered.
/// </summary>
internal static class SamordneKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("FIL") { Description = "Trekkene som JSON: {\"trekkevne\", \"trekk\": [{\"id\", \"artsprioritet\", \"tidsprioritet\", \"beloepPerMaaned\"}]} (docs/samordning.md); - leser fra stdin." };
        var json = Kontekst.JsonValg();
        var kommando = new Command("samordne", "Samordne flere trekk i samme ytelse (tvangsl. § 7-24): trekkevnen går til trekkene i dekningsrekkefølgen, og et trekk med dårligere prioritet senkes.") { fil, json };
        kommando.SetAction(pr =>
        {
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var (tekst, navn) = k.LesFil(pr.GetValue(fil)!);
            var inndata = SamordningJson.Les(tekst, navn);
            var dokument = Resultatdokumenter.Samordne(inndata);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            k.Ut.WriteLine($"Samordning av {inndata.Trekk.Length} trekk i samme ytelse, trekkevne {Visning.Kr(inndata.Trekkevne)} kr per måned");
            k.Ut.WriteLine();
            var rader = new List<string[]> { new[] { "Trekk", "Klasse", "Tidsprioritet", "Besluttet", "Nytt beløp", "Endring" } };
            for (var i = 0; i < inndata.Trekk.Length; i++)
            {
                var t = inndata.Trekk[i];
                var x = dokument.Trekk[i];
                rader.Add([t.Id, Engine.Prioritet.Artsprioriteter.Bokstav(t.Artsprioritet).ToString(), Datoformat.Tekst(t.Tidsprioritet), Visning.Kr(x.BeloepPerMaaned), Visning.Kr(x.NyttBeloepPerMaaned), x.Endring]);
            }

            Visning.Tabell(k.Ut, rader);
            k.Ut.WriteLine();
            k.Ut.WriteLine($"Uutnyttet trekkevne: {Visning.Kr(dokument.Uutnyttet)} kr");
            k.Ut.WriteLine("Rekkefølge: artsprioritet (deknl. § 2-8 første ledd), så tidsprioritet (tredje ledd); like deles forholdsmessig etter beløp, klasse a alltid forholdsmessig. Kilde: tvangsl. § 7-24; Retningslinje pkt. 7.3.2.");
            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
