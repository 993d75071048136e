using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>ansvar ANSVAR.json [--json]</c>: the trekkpliktig's liability for a trekk not carried out or not paid over, and
/// the debtor's credit for what was deducted (Retningslinje pkt. 8.3, 8.4; tvangsl. § 7-22 (3); sktbl. § 16-20).
/// </summary>
internal static class AnsvarKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("ANSVAR.json") { Description = "Månedene slik den trekkpliktige gjennomførte trekket, som JSON (se docs/ansvar.md); - leser fra stdin." };
        var json = Kontekst.JsonValg();
        var kommando = new Command("ansvar", "Den trekkpliktiges ansvar for trekk som ikke er gjennomført eller innbetalt, og det skyldneren godskrives (tvangsl. § 7-22 (3), sktbl. § 16-20).") { fil, json };
        kommando.SetAction(pr =>
        {
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var (tekst, navn) = k.LesFil(pr.GetValue(fil)!);
            var d = Resultatdokumenter.Ansvar(tekst, navn);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(d, UtleggstrekkJsonContext.Utdata.AnsvarUtdata));
                return Kommandolinje.Ok;
            }

            var ut = k.Ut;
            ut.WriteLine($"Ansvar for trekkpliktig, krav som gjelder {(d.KravGjelder == "skatt" ? "skatt og avgift" : "annet enn skatt")} ({d.Hjemmel})");
            ut.WriteLine();
            var rader = new List<string[]> { new[] { "Måned", "Pålagt", "Trukket", "Innbetalt", "Ikke trukket", "Trukket, ikke innbetalt", "Stipulert", "Ansvar", "Godskrives" } };
            rader.AddRange(d.Maaneder.Select(m => new[]
            {
                m.Maaned, Visning.Kr(m.PaalagtTrekk), Visning.Kr(m.GjennomfoertTrekk), Visning.Kr(m.Innbetalt),
                Visning.Kr(m.IkkeTrukket) + (m.Unnskyldt ? " (unnskyldt)" : string.Empty), Visning.Kr(m.TrukketIkkeInnbetalt),
                Visning.Kr(m.Stipulert), Visning.Kr(m.Ansvar), Visning.Kr(m.GodskrivesSkyldner),
            }));
            Visning.Tabell(ut, rader);
            ut.WriteLine();
            if (!d.InnbetaltUtoverTrukket.ErNull)
            {
                ut.WriteLine($"Innbetalt ut over trukket (trekkes fra ansvaret): {Visning.Kr(d.InnbetaltUtoverTrukket)} kr");
            }

            ut.WriteLine($"Ansvar for den trekkpliktige: {Visning.Kr(d.Ansvar)} kr");
            ut.WriteLine($"Godskrives skyldneren (gjennomført trekk, pkt. 8.3): {Visning.Kr(d.GodskrivesSkyldner)} kr");
            foreach (var m in d.Maaneder.Where(m => m.Merknader.Count > 0))
            {
                foreach (var merknad in m.Merknader)
                {
                    ut.WriteLine($"{m.Maaned}: {merknad}");
                }
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
