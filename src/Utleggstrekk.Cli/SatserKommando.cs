using System.CommandLine;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli;

/// <summary><c>satser vis [--json]</c> and <c>satser valider</c> (both honour the global <c>--katalog DIR</c>).</summary>
internal static class SatserKommando
{
    /// <summary>Builds the command group.</summary>
    public static Command Lag(Kontekst k) =>
        new("satser", "Vis, valider, eksporter eller juster satstabellene.") { Vis(k), Valider(k), Eksporter(k), SatserJusterKommando.Lag(k) };

    /// <summary><c>satser vis</c>: the tables as a table or JSON.</summary>
    private static Command Vis(Kontekst k)
    {
        var json = Kontekst.JsonValg();
        var vis = new Command("vis", "Vis satstabellene: perioder, verdier, versjoner og siste kjente dag.") { json };
        vis.SetAction(pr =>
        {
            var satser = Satskilde.Last(pr.GetValue(k.Katalog));
            var dokument = Dokument(satser);
            Advar(k, dokument);
            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
            }
            else
            {
                SkrivTabell(k.Ut, dokument);
            }

            return Kommandolinje.Ok;
        });
        return vis;
    }

    /// <summary><c>satser valider</c>: OK and the version, or each violation as fil:linje:kolonne.</summary>
    private static Command Valider(Kontekst k)
    {
        var valider = new Command("valider", "Valider en satskatalog (standard: de innebygde satsene). Skriver OK og versjonen, eller hver feil som fil:linje:kolonne: melding [REGEL].");
        valider.SetAction(pr =>
        {
            var katalog = pr.GetValue(k.Katalog);
            if (katalog is null)
            {
                var innebygde = Satskilde.Last(null);
                k.Ut.WriteLine($"OK (innebygde satser, versjon {innebygde.Versjon})");
                Advar(k, Dokument(innebygde));
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
                return Kommandolinje.UgyldigInndata;
            }

            var satser = SatserLaster.LastFraKatalog(katalog);
            k.Ut.WriteLine($"OK ({katalog}, versjon {satser.Versjon})");
            Advar(k, Dokument(satser));
            return Kommandolinje.Ok;
        });
        return valider;
    }

    /// <summary><c>satser eksporter DIR</c>: the embedded tables with their manifest, as a starting point.</summary>
    private static Command Eksporter(Kontekst k)
    {
        var mappe = new Argument<string>("DIR") { Description = "Katalogen filene skrives til (opprettes ved behov; filer med samme navn overskrives)." };
        var eksporter = new Command("eksporter", "Skriv de innebygde satstabellene med manifest til en katalog, som utgangspunkt for egne satser (--katalog).") { mappe };
        eksporter.SetAction(pr =>
        {
            var dir = pr.GetValue(mappe)!;
            IReadOnlyList<string> filer;
            try
            {
                filer = SatserLaster.SkrivInnebygde(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var grunn = File.Exists(dir) ? "det er en fil, ikke en katalog" : e is UnauthorizedAccessException ? "mangler skrivetilgang" : "skrivefeil (er disken full?)";
                throw new Engine.Felles.UgyldigInndataException(new Engine.Felles.Valideringsfeil("DIR", dir, Clifeilkoder.KanIkkeSkrive, $"Kunne ikke skrive satsene: {grunn}."));
            }

            var satser = SatserLaster.LastFraKatalog(dir);
            k.Ut.WriteLine($"Skrev {filer.Count} filer til {dir} ({string.Join(", ", filer)}), versjon {satser.Versjon}.");
            k.Ut.WriteLine("Endre tabellene, kjør satser/oppdater-manifest.sh DIR for nye sjekksummer, og kontroller med 'utleggstrekk satser valider --katalog DIR'.");
            return Kommandolinje.Ok;
        });
        return eksporter;
    }

    /// <summary>
    /// Warns on stderr (the exit code stays 0) for every table whose last known day is before today: a calculation for
    /// a later date is refused, or uses assumed rates when they are allowed.
    /// </summary>
    public static void Advar(Kontekst k, SatserUtdata dokument)
    {
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(dokument);
        var idag = k.Idag;
        foreach (var t in dokument.Tabeller)
        {
            if (t.SistKjenteDag is { } sist && sist < idag)
            {
                var dager = NodaTime.Period.Between(sist, idag, NodaTime.PeriodUnits.Days).Days;
                k.Feil.WriteLine($"ADVARSEL: tabellen {t.Navn} har siste kjente dag {Datoformat.Tekst(sist)}, {dager} dager før i dag ({Datoformat.Tekst(idag)}). "
                    + "Beregninger etter den dagen avvises, eller bruker antatte satser når det er tillatt; oppdater satsene.");
            }
        }
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
