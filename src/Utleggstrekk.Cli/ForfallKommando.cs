using System.CommandLine;
using NodaTime;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>forfall --fra ÅÅÅÅ-MM --til ÅÅÅÅ-MM [--skattetrekkskonto] [--json]</c>: when the trekk of each month falls due
/// (Retningslinje pkt. 8.1; sktbl. § 14-5 (2), § 10-10, § 10-2).
/// </summary>
internal static class ForfallKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var v = new Valg();
        var kommando = new Command("forfall", "Forfall for trekket den trekkpliktige har trukket: terminene og betalingsfristen (Retningslinje pkt. 8.1).") { v.Fra, v.Til, v.Konto, v.Json };
        kommando.SetAction(pr => Kjoer(k, v, pr));
        return kommando;
    }

    private static int Kjoer(Kontekst k, Valg v, ParseResult pr)
    {
        Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
        var (fra, til) = LesMaaneder(v, pr);

        // The engine names its fields; on the command line they are options.
        var dokument = Argumentleser.MedValgnavn(() => Resultatdokumenter.Forfall(fra, til, pr.GetValue(v.Konto)), felt => "--" + felt);
        if (pr.GetValue(v.Json))
        {
            k.Ut.Write(JsonSkriver.Skriv(dokument));
            return Kommandolinje.Ok;
        }

        SkrivTabell(k.Ut, dokument);
        return Kommandolinje.Ok;
    }

    /// <summary>The first and the last month, both read before either is refused; then their order.</summary>
    private static (YearMonth Fra, YearMonth Til) LesMaaneder(Valg v, ParseResult pr)
    {
        var feil = new List<Valideringsfeil>();
        var fraMaaned = LesMaaned(pr.GetValue(v.Fra)!, "--fra", feil);
        var tilMaaned = LesMaaned(pr.GetValue(v.Til)!, "--til", feil);
        if (feil.Count == 0 && Engine.Forfall.Forfallsberegner.Maaneder(fraMaaned, tilMaaned) < 1)
        {
            feil.Add(new Valideringsfeil("--til", pr.GetValue(v.Til), Feilkoder.UgyldigPeriode, $"Til-måneden kan ikke være før fra-måneden {pr.GetValue(v.Fra)}."));
        }

        return feil.Count > 0 ? throw new UgyldigInndataException(feil) : (fraMaaned, tilMaaned);
    }

    private static YearMonth LesMaaned(string tekst, string valg, List<Valideringsfeil> feil)
    {
        if (Maanedformat.TryLes(tekst, out var m))
        {
            return m;
        }

        feil.Add(new Valideringsfeil(valg, tekst, Feilkoder.UgyldigMaaned, "Forventet en måned på formen ÅÅÅÅ-MM, f.eks. 2025-03."));
        return default;
    }

    private static void SkrivTabell(TextWriter ut, ForfallUtdata dokument)
    {
        ut.WriteLine(dokument.Skattetrekkskonto
            ? "Forfall for utleggstrekk med skattetrekkskonto (sktbl. § 14-5 annet ledd, § 10-10; frist utskutt etter § 10-2)"
            : "Forfall for utleggstrekk: slik trekkpålegget bestemmer (tvangsl. § 7-22; sktbl. § 10-50)");
        ut.WriteLine();
        var rader = new List<string[]> { new[] { "Trukket fra", "Trukket til", "Forfall", "Betalingsfrist" } };
        foreach (var t in dokument.Terminer)
        {
            rader.Add([t.TrukketFra, t.TrukketTil, t.Forfall is { } f ? Datoformat.Tekst(f) : "ikke fast", t.Betalingsfrist is { } b ? Datoformat.Tekst(b) : "ikke fast"]);
        }

        Visning.Tabell(ut, rader);
        ut.WriteLine();
        SkrivMerknader(ut, dokument.Terminer);
    }

    /// <summary>The notes, once per group of terms that share note and source.</summary>
    private static void SkrivMerknader(TextWriter ut, IEnumerable<ForfallsterminUtdata> terminer)
    {
        ut.WriteLine("Merknader:");
        foreach (var gruppe in terminer.GroupBy(t => (t.Merknad, t.Kilde)))
        {
            var tekst = string.Join(", ", gruppe.Select(t => t.TrukketFra == t.TrukketTil ? t.TrukketFra : t.TrukketFra + "–" + t.TrukketTil));
            ut.WriteLine($"  {tekst}: {gruppe.Key.Merknad} [{gruppe.Key.Kilde}]");
        }
    }

    /// <summary>The command's options, in the order help lists them.</summary>
    private sealed class Valg
    {
        public Option<string> Fra { get; } = new("--fra") { Description = "Første trekkmåned, ÅÅÅÅ-MM.", Required = true, HelpName = "ÅÅÅÅ-MM" };

        public Option<string> Til { get; } = new("--til") { Description = "Siste trekkmåned (inklusiv), ÅÅÅÅ-MM.", Required = true, HelpName = "ÅÅÅÅ-MM" };

        public Option<bool> Konto { get; } = new("--skattetrekkskonto")
        {
            Description = "Trekket gjelder restskatt, forskuddsskatt, forskuddstrekk, arbeidsgiveravgift eller renter av disse, og arbeidsgiveren har skattetrekkskonto: trekket forfaller med forskuddstrekket (sktbl. § 14-5 annet ledd).",
        };

        public Option<bool> Json { get; } = Kontekst.JsonValg();
    }
}
