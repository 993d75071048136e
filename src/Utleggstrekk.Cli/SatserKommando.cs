using System.CommandLine;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli;

/// <summary><c>satser vis [--json]</c> and <c>satser valider</c> (both honour the global <c>--katalog DIR</c>).</summary>
internal static class SatserKommando
{
    /// <summary>Builds the command group.</summary>
    public static Command Lag(Kontekst k)
    {
        var json = Kontekst.JsonValg();
        var vis = new Command("vis", "Vis satstabellene: perioder, verdier, versjoner og siste kjente dag.") { json };
        vis.SetAction(pr =>
        {
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var dokument = Dokument(satser);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument, UtleggstrekkJsonContext.Utdata.SatserUtdata));
            }
            else
            {
                SkrivTabell(k.Ut, dokument);
            }

            return Kommandolinje.Ok;
        });

        var valider = new Command("valider", "Valider en satskatalog (standard: de innebygde satsene). Skriver OK og versjonen, eller hver feil som fil:linje:kolonne: melding [REGEL].");
        valider.SetAction(pr =>
        {
            var katalog = pr.GetValue(k.Katalog);
            if (katalog is null)
            {
                var innebygde = Satskilde.Last(null);
                k.Ut.WriteLine($"OK (innebygde satser, versjon {innebygde.Versjon})");
                return Kommandolinje.Ok;
            }

            if (!Directory.Exists(katalog))
            {
                throw new DirectoryNotFoundException($"'{katalog}' (--katalog)");
            }

            var feil = SatserLaster.Valider(katalog);
            if (feil.Count > 0)
            {
                foreach (var f in feil)
                {
                    k.Feil.WriteLine(f.ToString());
                }

                k.Feil.WriteLine($"{feil.Count} feil i {katalog}.");
                return Kommandolinje.UgyldigInput;
            }

            var satser = SatserLaster.LastFraKatalog(katalog);
            k.Ut.WriteLine($"OK ({katalog}, versjon {satser.Versjon})");
            return Kommandolinje.Ok;
        });

        return new Command("satser", "Vis eller valider satstabellene.") { vis, valider };
    }

    /// <summary>The document of <c>satser vis</c> (the shared mapping in <see cref="Resultatdokumenter"/>).</summary>
    public static SatserUtdata Dokument(Satsgrunnlag s) => Resultatdokumenter.Satser(s);

    private static void SkrivTabell(TextWriter ut, SatserUtdata d)
    {
        ut.WriteLine($"Satser, versjon {d.Versjon}");
        ut.WriteLine();
        var oversikt = new List<string[]> { new[] { "Tabell", "Versjon", "Perioder", "Fra", "Siste kjente dag" } };
        foreach (var t in d.Tabeller)
        {
            oversikt.Add([
                t.Navn,
                t.Versjon,
                t.Perioder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Perioder.Count > 0 ? Datoformat.Tekst(t.Perioder[0].Fra) : string.Empty,
                t.SistKjenteDag is { } s ? Datoformat.Tekst(s) : "åpen",
            ]);
        }

        Visning.Tabell(ut, oversikt);
        foreach (var t in d.Tabeller)
        {
            if (t.Perioder.Count == 0)
            {
                continue;
            }

            var siste = t.Perioder[^1];
            ut.WriteLine();
            ut.WriteLine($"{t.Navn}, siste periode fra {Datoformat.Tekst(siste.Fra)}" + (siste.Til is { } til ? $" til {Datoformat.Tekst(til)} (eksklusiv)" : string.Empty) + ":");
            var rader = new List<string[]> { new[] { "Navn", "Verdi", "Kilde" } };
            rader.AddRange(siste.Verdier.Select(v => new[] { v.Navn, v.Verdi.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), v.Kilde }));
            Visning.Tabell(ut, rader);
        }
    }
}
