using System.CommandLine;
using NodaTime;
using Utleggstrekk.Elan;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>elan sjekk FIL.json [--json] [--bokstaver foer2023|2023] [--tidsprioritet D] [--krav-ut TREKK.json]</c>: imports an
/// ELAN document, checks it with ELAN's codes and checks its rentekrav. Exit 0 without violations, 1 with violations,
/// 2 when the file cannot be read as ELAN JSON.
/// </summary>
internal static class ElanKommando
{
    /// <summary>Exit code when the document has violations.</summary>
    public const int Avvik = 1;

    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("FIL.json") { Description = "ELAN-dokumentet: utleggsbegjæring (v1 eller v0.9) eller beslutning om trekk fra kommune; - leser fra stdin." };
        var bokstaver = new Option<string>("--bokstaver")
        {
            Description = "Bokstavlisten prioritetDekningsloven leses med: foer2023 (standard; a bidrag, b erstatning, c bøter, d skatt, e andre krav — slik ELANs eksempler bruker dem) eller 2023 (a–f, deknl. § 2-8 fra 1.1.2023).",
            DefaultValueFactory = _ => "foer2023",
            HelpName = "foer2023|2023",
        };
        var tidsprioritet = new Option<string?>("--tidsprioritet")
        {
            Description = "Tidsprioritet for kravene (datoen trekkpålegget gis). Standard: begjæringsdato / beslutningsdato.",
            HelpName = "ÅÅÅÅ-MM-DD",
        };
        var kravUt = new Option<string?>("--krav-ut") { Description = "Skriv de importerte kravene som TREKK.json (for fordel, innsyn og framskriv). Skrives bare når det ikke er avvik.", HelpName = "TREKK.json" };
        var json = Kontekst.JsonValg();
        var sjekk = new Command("sjekk", "Importer kravene i et ELAN-dokument, kontroller dem med ELANs feilkoder og kontroller krevde renter.") { fil, bokstaver, tidsprioritet, kravUt, json };
        sjekk.SetAction(pr =>
        {
            var a = new Argumentleser();
            var bokstavTekst = pr.GetValue(bokstaver);
            if (!Bokstavtolkning.TryLes(bokstavTekst, out var b))
            {
                a.Legg(new Engine.Felles.Valideringsfeil("--bokstaver", bokstavTekst, Feilkoder.UgyldigVerdi, "Tillatt: foer2023, 2023."));
            }

            LocalDate? tp = pr.GetValue(tidsprioritet) is { } t ? a.Dato(t, "--tidsprioritet") : null;
            a.SjekkGyldig();

            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var sti = pr.GetValue(fil)!;
            var (tekst, navn) = k.LesFil(sti);
            var resultat = ElanSjekk.Sjekk(tekst, satser.Forsinkelsesrente, new ElanValg(b, tp), navn);
            var ut = pr.GetValue(kravUt);
            var skrevet = false;
            if (ut is not null && resultat.ErGyldig && resultat.Krav.Length > 0)
            {
                Kontekst.SkrivFil(ut, JsonSkriver.Skriv(TrekkDokument.Fra(resultat.TilTrekk()), UtleggstrekkJsonContext.Utdata.TrekkDokument), "--krav-ut");
                skrevet = true;
            }

            if (pr.GetValue(json))
            {
                k.Ut.Write(System.Text.Json.JsonSerializer.Serialize(ElanUtdata.Fra(resultat), ElanUtdataContext.Utdata.ElanUtdata) + "\n");
            }
            else
            {
                Skriv(k.Ut, resultat);
                if (ut is not null)
                {
                    k.Ut.WriteLine();
                    k.Ut.WriteLine(skrevet ? $"Kravene er skrevet til {ut} (TREKK.json)." : $"{ut} er ikke skrevet: dokumentet har avvik eller ingen krav.");
                }
            }

            return resultat.ErGyldig ? Kommandolinje.Ok : Avvik;
        });
        return new Command("elan", "ELAN-dokumenter (utleggsbegjæring, beslutning om trekk fra kommune).") { sjekk };
    }

    private static void Skriv(TextWriter ut, Elanresultat r)
    {
        ut.WriteLine($"Dokument: {ElanUtdata.Typenavn(r.Dokumenttype)}");
        ut.WriteLine($"Bokstavliste for prioritetDekningsloven: {r.Bokstaver.Navn()} ({r.Bokstaver.Beskrivelse()})");
        SkrivKrav(ut, r);
        SkrivRentekontroll(ut, r.Rentekontroll);
        ut.WriteLine();
        SkrivAvvik(ut, r.Avvik);
        SkrivInformasjon(ut, r.Informasjon);
    }

    /// <summary>The imported krav, each with the class the document gave and the class imported.</summary>
    private static void SkrivKrav(TextWriter ut, Elanresultat r)
    {
        if (r.Krav.Length == 0)
        {
            return;
        }

        ut.WriteLine($"Sak: {r.Sak}; tidsprioritet: {Datoformat.Tekst(r.Tidsprioritet ?? default)}");
        ut.WriteLine();
        var rader = new List<string[]> { new[] { "Krav", "Kravtype", "Dokumentets klasse", "Importert klasse", "Prioritet i sak", "Gjenstående", "Renter" } };
        for (var i = 0; i < r.Krav.Length; i++)
        {
            var x = r.Krav[i];
            rader.Add([
                x.Id,
                TrekkJson.Kravtyper.TekstFor(x.Kravtype),
                r.DokumentetsKlasse[i] is { } d ? d.Bokstav().ToString() : "–",
                x.Artsprioritet.Bokstav().ToString(),
                x.PrioritetISak.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Visning.Kr(x.Gjenstaaende),
                x.Rentevilkaar.Type == Engine.Renter.Rentetype.Ingen ? "ingen" : TrekkJson.Rentetyper.TekstFor(x.Rentevilkaar.Type) + " fra " + Datoformat.Tekst(x.Rentevilkaar.RenteFra ?? default),
            ]);
        }

        Visning.Tabell(ut, rader);
    }

    /// <summary>Each rentekrav: what the document claims, what the rates give, and the status.</summary>
    private static void SkrivRentekontroll(TextWriter ut, IReadOnlyList<Rentekontrollresultat> kontroll)
    {
        if (kontroll.Count == 0)
        {
            return;
        }

        ut.WriteLine();
        ut.WriteLine("Rentekontroll:");
        var rader = new List<string[]> { new[] { "Rentekrav", "Krevd", "Beregnet", "Differanse", "Status", "Merknad" } };
        foreach (var x in kontroll)
        {
            var merknad = x.Merknad ?? string.Join(", ", new[] { x.Antatt ? "sats antatt etter tabellens slutt" : null, x.Avledet ? "sats avledet, ikke kunngjort" : null }.OfType<string>());
            var kontrollert = x.Status != "ikkeKontrollert";
            rader.Add([x.Id, Visning.Kr(x.Krevd), kontrollert ? Visning.Kr(x.Beregnet) : "–", kontrollert ? Visning.Differanse(x.Krevd - x.Beregnet) : "–", x.Status, merknad]);
        }

        Visning.Tabell(ut, rader);
        if (kontroll.Any(x => x.Avledet))
        {
            ut.WriteLine(Avledetmerknad.Tekst(["forsinkelsesrente"]));
        }
    }

    private static void SkrivAvvik(TextWriter ut, IReadOnlyList<ElanAvvik> avvik)
    {
        if (avvik.Count == 0)
        {
            ut.WriteLine("Ingen avvik.");
            return;
        }

        ut.WriteLine($"{avvik.Count} avvik:");
        foreach (var a in avvik)
        {
            ut.WriteLine($"- {a.Kode} ({a.Tittel}): {a.Sti}" + (a.Verdi is null ? string.Empty : $" = '{a.Verdi}'") + $": {a.Melding}");
        }
    }

    private static void SkrivInformasjon(TextWriter ut, IReadOnlyList<ElanInformasjon> informasjon)
    {
        if (informasjon.Count == 0)
        {
            return;
        }

        ut.WriteLine();
        ut.WriteLine("Informasjon:");
        foreach (var i in informasjon)
        {
            ut.WriteLine($"- {i.Melding} [{i.Kilde}]");
        }
    }
}
