using System.CommandLine;
using System.Globalization;
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
        var beloep = new Option<string>("--beloep") { Description = "Hovedstolen i kroner (punktum som desimalskille).", Required = true, HelpName = "KRONER" };
        var fra = new Option<string>("--fra") { Description = "Første rentedag (inklusiv), ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };
        var til = new Option<string>("--til") { Description = "Slutt (eksklusiv): renten løper til, ikke med, denne dagen. ÅÅÅÅ-MM-DD.", Required = true, HelpName = "DATO" };
        var sats = new Option<string?>("--sats") { Description = "Avtalt rentesats i prosent p.a. (f.eks. 21.99). Uten: forsinkelsesrente fra satstabellen.", HelpName = "PROSENT" };
        var json = Kontekst.JsonValg();
        var forklar = new Option<bool>("--forklar") { Description = "Vis forklaringen: hver renteperiode med sats, dager og kilde." };
        var kommando = new Command("rente", "Beregn rente: forsinkelsesrente (forsinkelsesrenteloven § 3) eller en avtalt sats, enkel rente, én avrunding.") { beloep, fra, til, sats, json, forklar };
        kommando.SetAction(pr =>
        {
            // This command (or this use of it) needs no rate table, but a --katalog the user names is still
            // validated: a broken directory must not pass silently.
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var a = new Argumentleser();
            var hovedstol = a.Beloep(pr.GetValue(beloep)!, "--beloep");
            var fraDato = a.Dato(pr.GetValue(fra)!, "--fra");
            var tilDato = a.Dato(pr.GetValue(til)!, "--til");
            var satsTekst = pr.GetValue(sats);
            var avtalt = satsTekst is null ? (Prosent?)null : a.Prosent(satsTekst, "--sats");
            a.SjekkGyldig();
            if (tilDato < fraDato)
            {
                a.Legg(new Valideringsfeil("--til", pr.GetValue(til), Feilkoder.UgyldigPeriode, $"Til-datoen kan ikke være før fra-datoen {Datoformat.Tekst(fraDato)}."));
                a.SjekkGyldig();
            }

            RenteUtdata dokument;
            try
            {
                dokument = Resultatdokumenter.Rente(hovedstol, fraDato, tilDato, avtalt, () => Satskilde.Last(pr.GetValue(k.Katalog)), pr.GetValue(forklar));
            }
            catch (UgyldigInndataException e) when (e.Feil.Any(f => f.Felt == "hovedstol"))
            {
                // The engine names its parameter; on the command line the amount is the option --beloep.
                throw new UgyldigInndataException([.. e.Feil.Select(f => f.Felt == "hovedstol" ? f with { Felt = "--beloep" } : f)]);
            }

            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            var type = avtalt is { } s ? $"avtalt rente {Visning.Prosent(s)} p.a." : $"forsinkelsesrente (satser {dokument.SatserVersjon})";
            k.Ut.WriteLine($"Rente av {Visning.Kr(hovedstol)} kr, {type}");
            Visning.Tabell(k.Ut, [
                ["Fra (inklusiv)", Datoformat.Tekst(fraDato)],
                ["Til (eksklusiv)", Datoformat.Tekst(tilDato)],
                ["Dager", dokument.Dager.ToString(CultureInfo.InvariantCulture)],
                ["Rente", Visning.Kr(dokument.Rente) + " kr"],
            ], overskrift: false);
            if (dokument.Antatt)
            {
                k.Ut.WriteLine("MERK: forsinkelsesrenten er antatt (siste kjente sats videreført etter tabellens slutt).");
            }

            if (dokument.Avledet)
            {
                k.Ut.WriteLine(Avledetmerknad.Tekst(["forsinkelsesrente"]));
            }

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
