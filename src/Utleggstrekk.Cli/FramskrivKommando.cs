using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Grafikk;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>framskriv TREKK.json --fra D --maaneder N [--beloep B ...] [--brutto B] [--trekkperiode-slutt D] [--svg FIL] [--json]</c>:
/// the projection month by month, and with several <c>--beloep</c> a what-if side by side.
/// </summary>
internal static class FramskrivKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("TREKK.json") { Description = "Trekket som JSON (se docs/trekk-json.md); - leser fra stdin." };
        var fra = new Option<string>("--fra") { Description = "Første dag i første måned, ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };
        var maaneder = new Option<int>("--maaneder") { Description = "Antall måneder (1–1200).", Required = true, HelpName = "N" };
        var beloep = new Option<string[]>("--beloep")
        {
            Description = "Trekk per måned i kroner i stedet for trekkpåleggene (hva-om); flere --beloep gir alternativene side om side.",
            HelpName = "KRONER",
            AllowMultipleArgumentsPerToken = false,
        };
        var brutto = new Option<string?>("--brutto") { Description = "Bruttoinntekt per måned; trengs når et trekkpålegg er i prosent.", HelpName = "KRONER" };
        var slutt = new Option<string?>("--trekkperiode-slutt") { Description = "Trekkperiodens slutt (eksklusiv): ingen trekk fra og med denne dagen.", HelpName = "DATO" };
        var svg = new Option<string?>("--svg") { Description = "Skriv et diagram over hvert kravs gjenstående saldo per måned til denne SVG-filen.", HelpName = "FIL" };
        var json = Kontekst.JsonValg();
        var kommando = new Command("framskriv", "Framskriv trekket måned for måned: når blir hvert krav innfridd, og hva om trekket var et annet beløp?")
        {
            fil, fra, maaneder, beloep, brutto, slutt, svg, json,
        };
        kommando.SetAction(pr =>
        {
            var a = new Argumentleser();
            var fraDato = a.Dato(pr.GetValue(fra)!, "--fra");
            var antall = pr.GetValue(maaneder);
            var beloepListe = (pr.GetValue(beloep) ?? []).Select(b => a.Beloep(b, "--beloep")).ToList();
            var bruttoTekst = pr.GetValue(brutto);
            var bruttoBeloep = bruttoTekst is null ? (Beloep?)null : a.Beloep(bruttoTekst, "--brutto");
            var sluttTekst = pr.GetValue(slutt);
            var sluttDato = sluttTekst is null ? (NodaTime.LocalDate?)null : a.Dato(sluttTekst, "--trekkperiode-slutt");
            if (antall is < 1 or > 1200)
            {
                a.Legg(new Valideringsfeil("--maaneder", antall.ToString(System.Globalization.CultureInfo.InvariantCulture), Feilkoder.UgyldigVerdi, "Antall måneder må være fra 1 til 1200."));
            }

            a.SjekkGyldig();
            var sti = pr.GetValue(fil)!;
            var (tekst, navn) = k.LesFil(sti);
            var trekk = TrekkJson.LesTrekk(tekst, navn);
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var kjoering = Resultatdokumenter.Framskriv(trekk, fraDato, antall, beloepListe, satser.Forsinkelsesrente, bruttoBeloep, sluttDato);
            if (pr.GetValue(svg) is { } svgFil)
            {
                var serier = Serier(kjoering);
                var tittel = $"Gjenstående per krav fra {Datoformat.Tekst(fraDato)}";
                Kontekst.SkrivFil(svgFil, Saldodiagram.TilSvg(Saldodiagram.Lag(serier, tittel)), "--svg");
            }

            if (pr.GetValue(json))
            {
                k.Ut.Write(kjoering.Json());
                return Kommandolinje.Ok;
            }

            SkrivTekst(k.Ut, trekk, kjoering, fraDato, antall, satser.Versjon);
            return Kommandolinje.Ok;
        });
        return kommando;
    }

    private static List<Saldoserie> Serier(Framskrivingskjoering kjoering)
    {
        var beloepene = kjoering.Beloep;
        var serier = new List<Saldoserie>();
        for (var x = 0; x < beloepene.Count; x++)
        {
            serier.AddRange(Saldodiagram.Serier(kjoering.Grunnlag, kjoering.Saldo[x], beloepene.Count > 1 ? Etikett(beloepene[x]) : null));
        }

        return serier;
    }

    /// <summary>The text answer: one claim table per alternative, then the months (one alternative) or the payoff months side by side, then the notes on assumed and derived rates.</summary>
    private static void SkrivTekst(TextWriter ut, Engine.Trekkdata.Trekk trekk, Framskrivingskjoering kjoering, NodaTime.LocalDate fraDato, int antall, string satserVersjon)
    {
        var dokumenter = kjoering.Dokumenter;
        ut.WriteLine($"Framskriving fra {Datoformat.Tekst(fraDato)}, {antall} måneder, regel {TrekkJson.Regler.TekstFor(trekk.Regel)}, satser {satserVersjon}");
        for (var x = 0; x < dokumenter.Count; x++)
        {
            SkrivKravtabell(ut, trekk, kjoering.Grunnlag, kjoering.Beloep[x], dokumenter[x]);
        }

        if (dokumenter.Count == 1)
        {
            ut.WriteLine();
            var rader = new List<string[]> { new[] { "Måned", "Betaling", "Fordelt", "Tilbakebetales", "Renter", "Gjenstående", "Merknad" } };
            rader.AddRange(dokumenter[0].Maaneder.Select(mm => new[]
            {
            mm.Maaned, Visning.Kr(mm.Betaling), Visning.Kr(mm.Fordelt), Visning.Kr(mm.Tilbakebetales), Visning.Kr(mm.Renter), Visning.Kr(mm.Gjenstaaende), string.Join(", ", new[] { mm.Antatt ? "antatt rente" : null, mm.Avledet ? "avledet rente" : null }.OfType<string>()),
        }));
            Visning.Tabell(ut, rader);
        }
        else
        {
            ut.WriteLine();
            ut.WriteLine("Innfridd side om side:");
            var rader = new List<string[]> { new[] { "Krav" }.Concat(kjoering.Beloep.Select(b => Etikett(b))).ToArray() };
            for (var i = 0; i < kjoering.Grunnlag.AntallKrav; i++)
            {
                var loepende = trekk.Krav[i].Kravtype == Engine.Prioritet.Kravtype.LoependeBidrag;
                var maanedlig = Visning.Kr(trekk.Krav[i].MaanedligBeloep);
                rader.Add(new[] { trekk.Krav[i].Id }.Concat(dokumenter.Select(d => loepende ? $"løpende, {maanedlig}/mnd" : d.Krav[i].Innfridd ?? "-")).ToArray());
            }

            Visning.Tabell(ut, rader);
        }

        if (dokumenter.Any(d => d.NoeAntatt))
        {
            ut.WriteLine();
            ut.WriteLine("MERK: noen renter bygger på antatt forsinkelsesrente (siste kjente sats videreført etter tabellens slutt).");
        }

        if (dokumenter.Any(d => d.NoeAvledet))
        {
            ut.WriteLine();
            ut.WriteLine(Avledetmerknad.Tekst(["forsinkelsesrente"]));
        }
    }

    /// <summary>One alternative's claims: start, received, interest, remaining and when each is paid off.</summary>
    private static void SkrivKravtabell(TextWriter ut, Engine.Trekkdata.Trekk trekk, Engine.Framskriving.Framskrivingsgrunnlag grunnlag, Beloep? beloep, FramskrivUtdata d)
    {
        ut.WriteLine();
        ut.WriteLine(beloep is { } bx ? $"Trekk {Visning.Kr(bx)} kr per måned (hva-om):" : "Besluttet trekk (trekkpåleggene):");
        var rader = new List<string[]> { new[] { "Krav", "Start", "Mottatt", "Renter", "Gjenstående", "Innfridd" } };
        for (var i = 0; i < grunnlag.AntallKrav; i++)
        {
            var kr = d.Krav[i];
            if (trekk.Krav[i].Kravtype == Engine.Prioritet.Kravtype.LoependeBidrag)
            {
                // A løpende bidrag has no balance to pay off: show what it takes each month, as the web page does.
                var maanedlig = Visning.Kr(trekk.Krav[i].MaanedligBeloep);
                rader.Add([kr.Id, maanedlig + "/mnd", Visning.Kr(kr.Mottatt), Visning.Kr(kr.Renter), "-", $"løpende bidrag, {maanedlig} per måned"]);
                continue;
            }

            rader.Add([kr.Id, Visning.Kr(grunnlag.Start(i)), Visning.Kr(kr.Mottatt), Visning.Kr(kr.Renter), Visning.Kr(kr.Gjenstaaende), kr.Innfridd ?? "ikke innen horisonten"]);
        }

        Visning.Tabell(ut, rader);
    }

    private static string Etikett(Beloep? beloep) => beloep is { } b ? Visning.Kr(b) + " kr" : "besluttet";
}
