using System.CommandLine;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>fordel TREKK.json --beloep B [--regel tidsprioritet|samordnet] [--json]</c>: distribution of one payment. Without
/// <c>--regel</c> the rule is the trekk's own (<c>regel</c> in TREKK.json, default tidsprioritet); the option overrides it.
/// </summary>
internal static class FordelKommando
{
    /// <summary>Allowed values of <c>--regel</c>.</summary>
    public static Verdiliste<Fordelingsregel> Regler => Koder.Fordelingsregler;

    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var fil = new Argument<string>("TREKK.json") { Description = "Kravene i trekket som JSON (se docs/trekk-json.md); - leser fra stdin." };
        var beloep = new Option<string>("--beloep") { Description = "Trekkbeløpet som skal fordeles, i kroner.", Required = true, HelpName = "KRONER" };
        var regel = new Option<string>("--regel")
        {
            Description = "Fordelingsregel: tidsprioritet (deknl. § 2-8) eller samordnet (modellert fra ELAN-dokumentasjonen). Uten --regel brukes trekkets egen regel (\"regel\" i TREKK.json, standard tidsprioritet).",
            HelpName = "tidsprioritet|samordnet",
        };
        var json = Kontekst.JsonValg();
        var forklar = new Option<bool>("--forklar") { Description = "Vis forklaringen: rekkefølgen, gruppene og regelen for hver." };
        var ndjson = Kontekst.NdjsonValg("TREKK.json");
        var kommando = new Command("fordel", "Fordel ett trekkbeløp på kravene i trekket (deknl. § 2-8).") { fil, beloep, regel, json, forklar, ndjson };
        kommando.SetAction(pr =>
        {
            // This command (or this use of it) needs no rate table, but a --katalog the user names is still
            // validated: a broken directory must not pass silently.
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var a = new Argumentleser();
            var betaling = a.Beloep(pr.GetValue(beloep)!, "--beloep");
            var feil = new List<Engine.Felles.Valideringsfeil>();
            var regeltekst = pr.GetValue(regel);
            var valgtRegel = regeltekst is null ? (Fordelingsregel?)null : Regler.Les(regeltekst, "--regel", Fordelingsregel.Tidsprioritet, feil);
            feil.ForEach(a.Legg);
            a.SjekkGyldig();

            var sti = pr.GetValue(fil)!;
            if (pr.GetValue(ndjson))
            {
                var medForklaring = pr.GetValue(forklar);
                return Ndjson.Kjoer(k, sti, (linje, navn) =>
                {
                    var t = TrekkJson.LesTrekk(linje, navn);
                    var res = Fordeler.Fordel(t.Krav.AsSpan(), betaling, valgtRegel ?? t.Regel);
                    return FordelUtdata.Av(res, medForklaring ? Fordeler.Forklar(res) : null);
                });
            }

            var (tekst, navn) = k.LesFil(sti);
            var trekk = TrekkJson.LesTrekk(tekst, navn);
            var krav = trekk.Krav;

            // The option overrides; without it the trekk's own rule (TREKK.json "regel", default tidsprioritet).
            var resultat = Fordeler.Fordel(krav.AsSpan(), betaling, valgtRegel ?? trekk.Regel);
            var dokument = FordelUtdata.Av(resultat, pr.GetValue(forklar) ? Fordeler.Forklar(resultat) : null);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            k.Ut.WriteLine($"Fordeling av {Visning.Kr(betaling)} kr etter {dokument.Regel}");
            k.Ut.WriteLine();
            var rader = new List<string[]> { new[] { "Krav", "Klasse", "Kravtype", "Behov", "Andel", "Herav renter (f)", "Udekket" } };
            for (var i = 0; i < krav.Length; i++)
            {
                var x = resultat.Andeler[i];
                rader.Add([x.Id, x.Artsprioritet.Bokstav().ToString(), Visning.Kravtype(krav[i].Kravtype), Visning.Kr(x.Behov), Visning.Kr(x.Andel), Visning.Kr(x.Renteandel), Visning.Kr(x.Udekket)]);
            }

            Visning.Tabell(k.Ut, rader);
            k.Ut.WriteLine();
            k.Ut.WriteLine($"Overskudd: {Visning.Kr(resultat.Overskudd)} kr");
            if (dokument.Forklaring is { } f)
            {
                k.Ut.WriteLine();
                k.Ut.WriteLine("Forklaring:");
                Visning.Forklaring(k.Ut, f);
            }

            return Kommandolinje.Ok;
        });
        return kommando;
    }
}
