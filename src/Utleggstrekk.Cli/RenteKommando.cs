using System.CommandLine;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary><c>rente --beloep B --fra D --til D [--sats P] [--json]</c>: simple interest over <c>[fra, til)</c>.</summary>
internal static class RenteKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var v = new Valg();
        var kommando = new Command("rente", "Beregn rente: forsinkelsesrente (forsinkelsesrenteloven § 3) eller en avtalt sats, enkel rente, én avrunding.") { v.Beloep, v.Fra, v.Til, v.Sats, v.Json, v.Forklar };
        kommando.SetAction(pr => Kjoer(k, v, pr));
        return kommando;
    }

    private static int Kjoer(Kontekst k, Valg v, ParseResult pr)
    {
        // This command (or this use of it) needs no rate table, but a --katalog the user names is still
        // validated: a broken directory must not pass silently.
        Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
        var (hovedstol, fra, til, avtalt) = LesValg(v, pr);

        // The engine names its parameter; on the command line the amount is the option --beloep.
        var dokument = Argumentleser.MedValgnavn(
            () => Resultatdokumenter.Rente(hovedstol, fra, til, avtalt, () => Satskilde.Last(pr.GetValue(k.Katalog)), pr.GetValue(v.Forklar)),
            felt => felt == "hovedstol" ? "--beloep" : felt);
        if (pr.GetValue(v.Json))
        {
            k.Ut.Write(JsonSkriver.Skriv(dokument));
            return Kommandolinje.Ok;
        }

        SkrivTabell(k.Ut, dokument, hovedstol, fra, til, avtalt);
        return Kommandolinje.Ok;
    }

    /// <summary>The amount, the period and the agreed rate (null without <c>--sats</c>), every violation at once; then the order of the dates.</summary>
    private static (Beloep Hovedstol, LocalDate Fra, LocalDate Til, Prosent? Avtalt) LesValg(Valg v, ParseResult pr)
    {
        var a = new Argumentleser();
        var hovedstol = a.Beloep(pr.GetValue(v.Beloep)!, "--beloep");
        var fraDato = a.Dato(pr.GetValue(v.Fra)!, "--fra");
        var tilDato = a.Dato(pr.GetValue(v.Til)!, "--til");
        var satsTekst = pr.GetValue(v.Sats);
        var avtalt = satsTekst is null ? (Prosent?)null : a.Prosent(satsTekst, "--sats");
        a.SjekkGyldig();
        if (tilDato < fraDato)
        {
            a.Legg(new Valideringsfeil("--til", pr.GetValue(v.Til), Feilkoder.UgyldigPeriode, $"Til-datoen kan ikke være før fra-datoen {Datoformat.Tekst(fraDato)}."));
            a.SjekkGyldig();
        }

        return (hovedstol, fraDato, tilDato, avtalt);
    }

    private static void SkrivTabell(TextWriter ut, RenteUtdata dokument, Beloep hovedstol, LocalDate fra, LocalDate til, Prosent? avtalt)
    {
        var type = avtalt is { } s ? $"avtalt rente {Visning.Prosent(s)} p.a." : $"forsinkelsesrente (satser {dokument.SatserVersjon})";
        ut.WriteLine($"Rente av {Visning.Kr(hovedstol)} kr, {type}");
        Visning.Tabell(ut, [
            ["Fra (inklusiv)", Datoformat.Tekst(fra)],
            ["Til (eksklusiv)", Datoformat.Tekst(til)],
            ["Dager", dokument.Dager.ToString(CultureInfo.InvariantCulture)],
            ["Rente", Visning.Kr(dokument.Rente) + " kr"],
        ], overskrift: false);
        if (dokument.Antatt)
        {
            ut.WriteLine("MERK: forsinkelsesrenten er antatt (siste kjente sats videreført etter tabellens slutt).");
        }

        if (dokument.Avledet)
        {
            ut.WriteLine(Avledetmerknad.Tekst(["forsinkelsesrente"]));
        }

        Visning.Forklaringsavsnitt(ut, dokument.Forklaring);
    }

    /// <summary>The command's options, in the order help lists them.</summary>
    private sealed class Valg
    {
        public Option<string> Beloep { get; } = new("--beloep") { Description = "Hovedstolen i kroner (punktum som desimalskille).", Required = true, HelpName = "KRONER" };

        public Option<string> Fra { get; } = new("--fra") { Description = "Første rentedag (inklusiv), ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };

        public Option<string> Til { get; } = new("--til") { Description = "Slutt (eksklusiv): renten løper til, ikke med, denne dagen. ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };

        public Option<string?> Sats { get; } = new("--sats") { Description = "Avtalt rentesats i prosent p.a. (f.eks. 21.99). Uten: forsinkelsesrente fra satstabellen.", HelpName = "PROSENT" };

        public Option<bool> Json { get; } = Kontekst.JsonValg();

        public Option<bool> Forklar { get; } = new("--forklar") { Description = "Vis forklaringen: hver renteperiode med sats, dager og kilde." };
    }
}
