using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>avregn TREKK.json --dato D [--json]</c>: every <c>mottatt</c> payment placed in date order with the trekk's
/// fordeling; what each covered, what must be paid back, and what remains on the date (Retningslinje pkt. 8.7).
/// </summary>
internal static class AvregnKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("TREKK.json") { Description = "Trekket med mottatte beløp (mottatt) som JSON (se docs/trekk-json.md); - leser fra stdin." };
        var dato = new Option<string>("--dato") { Description = "Avregningsdatoen, ÅÅÅÅ-MM-DD: det som står igjen, oppgis per denne dagen (renter til, ikke med, dagen).", Required = true, HelpName = "DATO" };
        var json = Kontekst.JsonValg();
        var kommando = new Command("avregn", "Plasser hvert mottatte trekkbeløp i datoorden med trekkets fordeling: hva hvert krav fikk, hva som skal tilbakebetales skyldneren, og hva som står igjen (Retningslinje pkt. 8.7).") { fil, dato, json };
        kommando.SetAction(pr =>
        {
            var a = new Argumentleser();
            var d = a.Dato(pr.GetValue(dato)!, "--dato");
            a.SjekkGyldig();
            var (tekst, navn) = k.LesFil(pr.GetValue(fil)!);
            var trekk = TrekkJson.LesTrekk(tekst, navn);
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var (_, dok) = Resultatdokumenter.Avregn(trekk, d, satser.Forsinkelsesrente);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dok, UtleggstrekkJsonContext.Utdata.AvregnUtdata));
                return Kommandolinje.Ok;
            }

            var ut = k.Ut;
            ut.WriteLine($"Avregning per {Datoformat.Tekst(d)}, regel {dok.Regel}, satser {satser.Versjon}");
            ut.WriteLine();
            ut.WriteLine("Innbetalinger (i datoorden):");
            var rader = new List<string[]> { new[] { "Nr", "Dato", "Mottatt", "Plassert", "Tilbakebetales", "Fordelt på" } };
            rader.AddRange(dok.Betalinger.Select(b => new[]
            {
                (b.Mottatt + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Datoformat.Tekst(b.Dato), Visning.Kr(b.Beloep), Visning.Kr(b.Plassert), Visning.Kr(b.Tilbakebetales),
                string.Join(", ", b.Andeler.Select(p => p.Renter.ErNull ? $"{p.Id} {Visning.Kr(p.Hovedstol)}" : $"{p.Id} {Visning.Kr(p.Hovedstol)} + renter {Visning.Kr(p.Renter)}")),
            }));
            Visning.Tabell(ut, rader);
            ut.WriteLine();
            ut.WriteLine("Krav:");
            var kravrader = new List<string[]> { new[] { "Krav", "Dekket hovedstol", "Dekket renter", "Renter påløpt", "Gjenstående hovedstol", "Gjenstående renter", "Gjenstående" } };
            kravrader.AddRange(dok.Krav.Select(x => new[]
            {
                x.Id, Visning.Kr(x.DekketHovedstol), Visning.Kr(x.DekketRenter), Visning.Kr(x.Renter), Visning.Kr(x.GjenstaaendeHovedstol), Visning.Kr(x.GjenstaaendeRenter), Visning.Kr(x.Gjenstaaende),
            }));
            Visning.Tabell(ut, kravrader);
            ut.WriteLine();
            var s = dok.Sum;
            ut.WriteLine($"Mottatt i alt: {Visning.Kr(s.Mottatt)} kr; plassert {Visning.Kr(s.Plassert)} kr (hovedstol {Visning.Kr(s.DekketHovedstol)}, herav løpende bidrag {Visning.Kr(s.TilLoependeBidrag)}; renter {Visning.Kr(s.DekketRenter)})");
            ut.WriteLine($"Tilbakebetales skyldneren: {Visning.Kr(s.Tilbakebetales)} kr");
            ut.WriteLine($"Gjenstående på alle krav per {Datoformat.Tekst(d)}: {Visning.Kr(s.Gjenstaaende)} kr");
            if (dok.Antatt)
            {
                ut.WriteLine("MERK: noen renter bygger på antatt forsinkelsesrente (siste kjente sats videreført etter tabellens slutt).");
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
