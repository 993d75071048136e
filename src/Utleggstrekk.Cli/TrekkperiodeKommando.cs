using System.CommandLine;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary><c>trekkperiode --kravtype … --beslutningsdato D [...]</c>: the longest period a trekk may run, with reason and source.</summary>
internal static class TrekkperiodeKommando
{
    /// <summary>Allowed values of <c>--kravtype</c>.</summary>
    public static Verdiliste<Kravkategori> Kategorier => Koder.Kravkategorier;

    private static string Valgnavn(string felt) => felt switch
    {
        "kategori" => "--kravtype",
        "beslutningsdato" or "inntektsaar" or "endringsvedtakaar" or "forlengelse" or "start" => "--" + felt,
        _ => felt,
    };

    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var kravtype = new Option<string>("--kravtype") { Description = "Hvilken grense som gjelder: " + Kategorier.Tillatte + ".", Required = true, HelpName = "ordinaer|bot|skatt|bidrag" };
        var beslutning = new Option<string>("--beslutningsdato") { Description = "Dagen trekket ble besluttet, ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };
        var inntektsaar = new Option<string?>("--inntektsaar") { Description = "Skatt: inntektsåret skatten gjelder.", HelpName = "ÅR" };
        var endringsaar = new Option<string?>("--endringsvedtakaar") { Description = "Skatt: året et endringsvedtak ble truffet.", HelpName = "ÅR" };
        var forlengelse = new Option<bool>("--forlengelse") { Description = "Skatt: trekket er en forlengelse av et løpende skattetrekk." };
        var start = new Option<string?>("--start") { Description = "Trekket starter senere (f.eks. når et annet trekk slutter), ÅÅÅÅ-MM-DD.", HelpName = "DATO" };
        var json = Kontekst.JsonValg();
        var kommando = new Command("trekkperiode", "Lengste trekkperiode for et krav, med grunn og kilde (tvangsl. § 7-21; deknl. § 2-7 (3)).")
        {
            kravtype, beslutning, inntektsaar, endringsaar, forlengelse, start, json,
        };
        kommando.SetAction(pr =>
        {
            // This command (or this use of it) needs no rate table, but a --katalog the user names is still
            // validated: a broken directory must not pass silently.
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var a = new Argumentleser();
            var feil = new List<Valideringsfeil>();
            var kategori = Kategorier.Les(pr.GetValue(kravtype), "--kravtype", Kravkategori.Ordinaer, feil);
            feil.ForEach(a.Legg);
            var dato = a.Dato(pr.GetValue(beslutning)!, "--beslutningsdato");
            var startDato = pr.GetValue(start) is { } s ? a.Dato(s, "--start") : (NodaTime.LocalDate?)null;
            var aar = pr.GetValue(inntektsaar) is { } ia ? a.Aar(ia, "--inntektsaar") : (int?)null;
            var endringsvedtakaar = pr.GetValue(endringsaar) is { } ea ? a.Aar(ea, "--endringsvedtakaar") : (int?)null;
            a.SjekkGyldig();

            // The engine names its fields; on the command line they are options.
            var svar = Argumentleser.MedValgnavn(
                () => Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(kategori, dato, aar, endringsvedtakaar, pr.GetValue(forlengelse), startDato)),
                Valgnavn);
            var dokument = TrekkperiodeUtdata.Av(svar);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            Visning.Tabell(k.Ut, [
                ["Fra (inklusiv)", Datoformat.Tekst(svar.Fra)],
                ["Til (eksklusiv)", svar.Til is { } t ? Datoformat.Tekst(t) : "ingen grense"],
                ["Siste dag (inklusiv)", svar.SisteDag is { } d ? Datoformat.Tekst(d) : "ingen grense"],
                ["Grunn", svar.Grunn],
                ["Kilde", svar.Kilde],
            ], overskrift: false);
            k.Ut.WriteLine(svar.Forklaring);
            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
