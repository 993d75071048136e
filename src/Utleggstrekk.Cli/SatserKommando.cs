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
                return Kommandolinje.UgyldigInput;
            }

            var satser = SatserLaster.LastFraKatalog(katalog);
            k.Ut.WriteLine($"OK ({katalog}, versjon {satser.Versjon})");
            Advar(k, Dokument(satser));
            return Kommandolinje.Ok;
        });

        var mappe = new Argument<string>("DIR") { Description = "Katalogen filene skrives til (opprettes ved behov; filer med samme navn overskrives)." };
        var eksporter = new Command("eksporter", "Skriv de innebygde satstabellene med manifest til en katalog, som utgangspunkt for egne satser (--katalog).") { mappe };
        eksporter.SetAction(pr =>
        {
            var dir = pr.GetValue(mappe)!;
            var filer = SatserLaster.SkrivInnebygde(dir);
            var satser = SatserLaster.LastFraKatalog(dir);
            k.Ut.WriteLine($"Skrev {filer.Count} filer til {dir} ({string.Join(", ", filer)}), versjon {satser.Versjon}.");
            k.Ut.WriteLine("Endre tabellene, kjør satser/oppdater-manifest.sh DIR for nye sjekksummer, og kontroller med 'utleggstrekk satser valider --katalog DIR'.");
            return Kommandolinje.Ok;
        });

        return new Command("satser", "Vis, valider eller eksporter satstabellene.") { vis, valider, eksporter };
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

    /// <summary>The document of <c>satser vis</c>: every table, in a fixed order.</summary>
    public static SatserUtdata Dokument(Satsgrunnlag s) => new()
    {
        Versjon = s.Versjon,
        Tabeller =
        [
            Tabell(s, "livsopphold", s.Livsopphold.Tidsserie, [.. s.Livsopphold.Perioder.Select((p, i) => Periode(p.Fra, p.Til, Livsopphold(s.Livsopphold, i)))]),
            Tabell(s, "samvaer", s.Samvaer.Tidsserie, [.. s.Samvaer.Perioder.Select((p, i) => Periode(p.Fra, p.Til, Samvaer(s.Samvaer, i)))]),
            Tabell(s, "forsinkelsesrente", s.Forsinkelsesrente.Tidsserie, [.. s.Forsinkelsesrente.Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = "prosent_pa", Verdi = p.Verdi.Prosent.Verdi, Kilde = p.Verdi.Kilde }]))]),
            Tabell(s, "rettsgebyr", s.Rettsgebyr.Tidsserie, [.. s.Rettsgebyr.Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = "rettsgebyr", Verdi = p.Verdi.Beloep.Kroner, Kilde = p.Verdi.Kilde }]))]),
            .. Enum.GetValues<Trekkgrense>().Select(g => Tabell(
                s,
                "trekkgrenser",
                s.Trekkgrenser[g].Tidsserie,
                [.. s.Trekkgrenser[g].Perioder.Select(p => Periode(p.Fra, p.Til, [new SatsUtdata { Navn = TrekkgrenserTabell.Parameternavn[(int)g], Verdi = p.Verdi.Prosent.Verdi, Kilde = p.Verdi.Kilde }]))],
                TrekkgrenserTabell.Parameternavn[(int)g])),
        ],
    };

    private static SatstabellUtdata Tabell(Satsgrunnlag s, string navn, Tidsserie tidsserie, IReadOnlyList<SatsperiodeUtdata> perioder, string? del = null) => new()
    {
        Navn = del is null ? navn : navn + "/" + del,
        Versjon = s.Tabellversjoner.TryGetValue(navn, out var v) ? v : string.Empty,
        SistKjenteDag = tidsserie.SistKjenteDag,
        Perioder = perioder,
    };

    private static SatsperiodeUtdata Periode(NodaTime.LocalDate fra, NodaTime.LocalDate? til, IReadOnlyList<SatsUtdata> verdier) =>
        new() { Fra = fra, Til = til, Verdier = verdier };

    private static List<SatsUtdata> Livsopphold(LivsoppholdTabell t, int i)
    {
        var s = t.Satser(i);
        var liste = new List<SatsUtdata>
        {
            new() { Navn = "enslig", Verdi = s.Enslig.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Enslig) },
            new() { Navn = "par_per_person", Verdi = s.ParPerPerson.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.ParPerPerson) },
            new() { Navn = "barn_0_5", Verdi = s.Barn0Til5.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn0Til5) },
            new() { Navn = "barn_6_10", Verdi = s.Barn6Til10.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn6Til10) },
        };
        if (s.EttBandFra11)
        {
            liste.Add(new() { Navn = "barn_11_pluss", Verdi = s.Barn11Til14.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn11Pluss) });
        }
        else
        {
            liste.Add(new() { Navn = "barn_11_14", Verdi = s.Barn11Til14.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn11Til14) });
            liste.Add(new() { Navn = "barn_15_pluss", Verdi = s.Barn15Pluss.Kroner, Kilde = t.Kilde(i, LivsoppholdKategori.Barn15Pluss) });
        }

        return liste;
    }

    private static readonly string[] Aldersband = ["0_5", "6_10", "11_14", "15_pluss"];

    private static List<SatsUtdata> Samvaer(SamvaerTabell t, int i)
    {
        var liste = new List<SatsUtdata>();
        for (var klasse = 1; klasse <= SamvaerTabell.AntallKlasser; klasse++)
        {
            for (var band = 0; band < SamvaerTabell.AntallAldersband; band++)
            {
                liste.Add(new() { Navn = $"klasse_{klasse}_alder_{Aldersband[band]}", Verdi = t.Sats(i, klasse, band).Kroner, Kilde = t.Kilde(i, klasse, band) });
            }
        }

        return liste;
    }

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
