using System.Collections.Immutable;
using System.CommandLine;
using Utleggstrekk.Engine.Felles;
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
        var v = new Valg();
        var kommando = new Command("fordel", "Fordel ett trekkbeløp på kravene i trekket (deknl. § 2-8).") { v.Fil, v.Beloep, v.Regel, v.Json, v.Forklar, v.Ndjson };
        kommando.SetAction(pr => Kjoer(k, v, pr));
        return kommando;
    }

    private static int Kjoer(Kontekst k, Valg v, ParseResult pr)
    {
        // This command (or this use of it) needs no rate table, but a --katalog the user names is still
        // validated: a broken directory must not pass silently.
        Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
        var (betaling, valgtRegel) = LesValg(v, pr);
        var sti = pr.GetValue(v.Fil)!;
        var medForklaring = pr.GetValue(v.Forklar);
        if (pr.GetValue(v.Ndjson))
        {
            return Ndjson.Kjoer(k, sti, (linje, navn) =>
            {
                var t = TrekkJson.LesTrekk(linje, navn);
                return Fordel(t.Krav, valgtRegel ?? t.Regel, betaling, medForklaring).Dokument;
            });
        }

        var (tekst, navn) = k.LesFil(sti);
        var trekk = TrekkJson.LesTrekk(tekst, navn);
        // The option overrides; without it the trekk's own rule (TREKK.json "regel", default tidsprioritet).
        var (resultat, dokument) = Fordel(trekk.Krav, valgtRegel ?? trekk.Regel, betaling, medForklaring);
        if (pr.GetValue(v.Json))
        {
            k.Ut.Write(JsonSkriver.Skriv(dokument));
            return Kommandolinje.Ok;
        }

        SkrivTabell(k.Ut, trekk.Krav, betaling, resultat, dokument);
        return Kommandolinje.Ok;
    }

    /// <summary>The payment (<c>--beloep</c>) and the rule chosen with <c>--regel</c> (null without it), every violation at once.</summary>
    private static (Beloep Betaling, Fordelingsregel? Regel) LesValg(Valg v, ParseResult pr)
    {
        var a = new Argumentleser();
        var betaling = a.Beloep(pr.GetValue(v.Beloep)!, "--beloep");
        var feil = new List<Valideringsfeil>();
        var regeltekst = pr.GetValue(v.Regel);
        var valgtRegel = regeltekst is null ? (Fordelingsregel?)null : Regler.Les(regeltekst, "--regel", Fordelingsregel.Tidsprioritet, feil);
        feil.ForEach(a.Legg);
        a.SjekkGyldig();
        return (betaling, valgtRegel);
    }

    /// <summary>Distributes the payment on the krav by the rule, with the explanation when asked for.</summary>
    private static (Fordelingsresultat Resultat, FordelUtdata Dokument) Fordel(ImmutableArray<Krav> krav, Fordelingsregel regel, Beloep betaling, bool medForklaring)
    {
        var resultat = Fordeler.Fordel(krav.AsSpan(), betaling, regel);
        return (resultat, FordelUtdata.Av(resultat, medForklaring ? Fordeler.Forklar(resultat) : null));
    }

    private static void SkrivTabell(TextWriter ut, ImmutableArray<Krav> krav, Beloep betaling, Fordelingsresultat resultat, FordelUtdata dokument)
    {
        ut.WriteLine($"Fordeling av {Visning.Kr(betaling)} kr etter {dokument.Regel}");
        ut.WriteLine();
        var rader = new List<string[]> { new[] { "Krav", "Klasse", "Kravtype", "Behov", "Andel", "Herav renter (f)", "Udekket" } };
        for (var i = 0; i < krav.Length; i++)
        {
            var x = resultat.Andeler[i];
            rader.Add([x.Id, x.Artsprioritet.Bokstav().ToString(), Visning.Kravtype(krav[i].Kravtype), Visning.Kr(x.Behov), Visning.Kr(x.Andel), Visning.Kr(x.Renteandel), Visning.Kr(x.Udekket)]);
        }

        Visning.Tabell(ut, rader);
        ut.WriteLine();
        ut.WriteLine($"Overskudd: {Visning.Kr(resultat.Overskudd)} kr");
        Visning.Forklaringsavsnitt(ut, dokument.Forklaring);
    }

    /// <summary>The command's arguments and options, in the order help lists them.</summary>
    private sealed class Valg
    {
        public Argument<string> Fil { get; } = new("TREKK.json") { Description = "Kravene i trekket som JSON (se docs/trekk-json.md); - leser fra stdin." };

        public Option<string> Beloep { get; } = new("--beloep") { Description = "Trekkbeløpet som skal fordeles, i kroner.", Required = true, HelpName = "KRONER" };

        public Option<string> Regel { get; } = new("--regel")
        {
            Description = "Fordelingsregel: tidsprioritet (deknl. § 2-8) eller samordnet (modellert fra ELAN-dokumentasjonen). Uten --regel brukes trekkets egen regel (\"regel\" i TREKK.json, standard tidsprioritet).",
            HelpName = "tidsprioritet|samordnet",
        };

        public Option<bool> Json { get; } = Kontekst.JsonValg();

        public Option<bool> Forklar { get; } = new("--forklar") { Description = "Vis forklaringen: rekkefølgen, gruppene og regelen for hver." };

        public Option<bool> Ndjson { get; } = Kontekst.NdjsonValg("TREKK.json");
    }
}
