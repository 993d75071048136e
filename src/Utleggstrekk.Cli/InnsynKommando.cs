using System.CommandLine;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary><c>innsyn TREKK.json --krav ID --dato D --som ORGNR [--json]</c>: the five aggregates of forskrift 2025-07-09-1510 § 4.</summary>
internal static class InnsynKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("TREKK.json") { Description = "Trekket som JSON (se docs/trekk-json.md); - leser fra stdin." };
        var krav = new Option<string>("--krav") { Description = "Kravreferansen det bes om innsyn i.", Required = true, HelpName = "ID" };
        var dato = new Option<string>("--dato") { Description = "Innsynsdatoen, ÅÅÅÅ-MM-DD (stipulerte renter beregnes til denne dagen).", Required = true, HelpName = "DATO" };
        var som = new Option<string>("--som") { Description = "Organisasjonsnummeret til den som spør (saksøker eller prosessfullmektig).", Required = true, HelpName = "ORGNR" };
        var json = Kontekst.JsonValg();
        var kommando = new Command("innsyn", "Innsyn i ett trekk for ett krav (forskrift 2025-07-09-1510 § 4): de fem opplysningene a–e.") { fil, krav, dato, som, json };
        kommando.SetAction(pr =>
        {
            var a = new Argumentleser();
            var d = a.Dato(pr.GetValue(dato)!, "--dato");
            var somTekst = pr.GetValue(som)!;
            if (!Organisasjonsnummer.TryLes(somTekst, out var orgnr))
            {
                a.Legg(Organisasjonsnummer.Feil(somTekst, "--som"));
            }

            a.SjekkGyldig();
            var sti = pr.GetValue(fil)!;
            var (tekst, navn) = k.LesFil(sti);
            var trekk = TrekkJson.LesTrekk(tekst, navn);
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var forberedt = ForberedtTrekk.Forbered(trekk, d, satser.Forsinkelsesrente);
            var kravId = pr.GetValue(krav)!;
            var svar = forberedt.Svar(kravId, orgnr);
            if (svar.Avslag != Innsynsavslag.Ingen)
            {
                throw new UgyldigInndataException(Avslag(svar.Avslag, kravId, somTekst));
            }

            var dokument = InnsynUtdata.Fra(svar);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument, UtleggstrekkJsonContext.Utdata.InnsynUtdata));
                return Kommandolinje.Ok;
            }

            Skriv(k.Ut, dokument, kravId, d, satser.Versjon, svar.Antatt, svar.Avledet);
            return Kommandolinje.Ok;
        });
        return kommando;
    }

    /// <summary>A refusal as a violation naming the option it concerns (or the trekk's status) and its value.</summary>
    private static Valideringsfeil Avslag(Innsynsavslag avslag, string kravId, string somTekst)
    {
        var felt = avslag switch
        {
            Innsynsavslag.UkjentKrav => "--krav",
            Innsynsavslag.IkkePart => "--som",
            _ => "status",
        };
        var verdi = avslag switch
        {
            Innsynsavslag.UkjentKrav => kravId,
            Innsynsavslag.IkkePart => somTekst,
            _ => "avsluttet",
        };
        return new Valideringsfeil(felt, verdi, Innsynsavslagskoder.Kode(avslag), Innsynsavslagskoder.Melding(avslag));
    }

    /// <summary>The text answer: a–c as a table, d the amounts received, e the decided trekk, and the notes on rates.</summary>
    private static void Skriv(TextWriter ut, InnsynUtdata dokument, string kravId, NodaTime.LocalDate d, string satserVersjon, bool antatt, bool avledet)
    {
        ut.WriteLine($"Innsyn i krav {kravId} per {Datoformat.Tekst(d)} (forskrift 2025-07-09-1510 § 4), satser {satserVersjon}");
        ut.WriteLine("Beløpene er gjenstående beløp pluss stipulerte renter til innsynsdatoen.");
        ut.WriteLine();
        var s = dokument.KravMedSammePrioritet;
        Visning.Tabell(ut, [
            ["a. Krav som dekkes før kravet", Visning.Kr(dokument.KravMedHoeyerePrioritet.SumGjenstaaendeBeloep) + " kr"],
        ["b. Andre krav med samme artsprioritet", Visning.Kr(s.SumGjenstaaendeBeloep) + " kr"],
        ["   Kravets dividendegrunnlag", Visning.Kr(s.KravetsDividendegrunnlag) + " kr"],
        ["   De andre kravenes dividendegrunnlag", Visning.Kr(s.AndreKravsDividendegrunnlag) + " kr"],
        ["   Kravets andel", Visning.Prosent(s.KravetsAndel)],
        ["c. Løpende bidrag per måned i trekket", Visning.Kr(dokument.DekningAvUforfalteBidragskrav.MaanedligBidragsforpliktelse) + " kr"],
    ], overskrift: false);
        ut.WriteLine("   Kravets andel er den andelen fordelingen gir kravet av de første kronene artsprioriteten får etter at");
        ut.WriteLine("   kravene i a er dekket (krav som deler med hverandre, har til sammen 100 %);");
        ut.WriteLine("   renter på krav i artsprioritet a–d dekkes i artsprioritet f (Retningslinje pkt. 6.1).");
        ut.WriteLine();
        SkrivMottatt(ut, dokument);
        SkrivBesluttet(ut, dokument);
        if (antatt)
        {
            ut.WriteLine();
            ut.WriteLine("MERK: stipulerte renter bygger på antatt forsinkelsesrente (siste kjente sats videreført).");
        }

        if (avledet)
        {
            ut.WriteLine();
            ut.WriteLine(Avledetmerknad.Tekst(["forsinkelsesrente"]));
        }
    }

    /// <summary>d: the amounts received in the last period.</summary>
    private static void SkrivMottatt(TextWriter ut, InnsynUtdata dokument)
    {
        var m = dokument.MottattTrekkbeloepSistePeriode;
        ut.WriteLine($"d. Mottatt fra og med {Datoformat.Tekst(m.Startdato)} til og med {Datoformat.Tekst(m.Sluttdato)}:");
        if (m.Mottatt.Count == 0)
        {
            ut.WriteLine("   ingen beløp mottatt");
        }
        else
        {
            var rader = new List<string[]> { new[] { "   Dato", "Trekkbeløp" } };
            rader.AddRange(m.Mottatt.Select(x => new[] { "   " + Datoformat.Tekst(x.Dato), Visning.Kr(x.Trekkbeloep) }));
            Visning.Tabell(ut, rader);
        }
    }

    /// <summary>e: the decided trekk from today on, per trekkpliktig.</summary>
    private static void SkrivBesluttet(TextWriter ut, InnsynUtdata dokument)
    {
        ut.WriteLine();
        ut.WriteLine("e. Besluttet trekk i dag og fremover (siste dag er inklusiv):");
        if (dokument.BesluttetTrekkPerTrekkpliktig.Count == 0)
        {
            ut.WriteLine("   ingen trekkpålegg");
        }
        else
        {
            var rader = new List<string[]> { new[] { "   Trekkpliktig", "Fra", "Til og med", "Trekk" } };
            foreach (var t in dokument.BesluttetTrekkPerTrekkpliktig)
            {
                rader.AddRange(t.Perioder.Select(p => new[]
                {
                "   " + t.Trekkpliktig,
                Datoformat.Tekst(p.Startdato),
                p.Sluttdato is { } sd ? Datoformat.Tekst(sd) : "løpende",
                p.Trekkbeloep is { } b ? Visning.Kr(b) + " kr" : Visning.Prosent(p.Trekkprosent!.Value),
            }));
            }

            Visning.Tabell(ut, rader);
        }
    }
}
