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
        var fra = new Option<string>("--fra") { Description = "Første trekkmåned, ÅÅÅÅ-MM.", Required = true, HelpName = "ÅÅÅÅ-MM" };
        var til = new Option<string>("--til") { Description = "Siste trekkmåned (inklusiv), ÅÅÅÅ-MM.", Required = true, HelpName = "ÅÅÅÅ-MM" };
        var konto = new Option<bool>("--skattetrekkskonto")
        {
            Description = "Trekket gjelder restskatt, forskuddsskatt, forskuddstrekk, arbeidsgiveravgift eller renter av disse, og arbeidsgiveren har skattetrekkskonto: trekket forfaller med forskuddstrekket (sktbl. § 14-5 annet ledd).",
        };
        var json = Kontekst.JsonValg();
        var kommando = new Command("forfall", "Forfall for trekket den trekkpliktige har trukket: terminene og betalingsfristen (Retningslinje pkt. 8.1).") { fra, til, konto, json };
        kommando.SetAction(pr =>
        {
            Satskilde.ValiderOmGitt(pr.GetValue(k.Katalog));
            var feil = new List<Valideringsfeil>();
            var fraMaaned = LesMaaned(pr.GetValue(fra)!, "--fra", feil);
            var tilMaaned = LesMaaned(pr.GetValue(til)!, "--til", feil);
            if (feil.Count == 0 && Engine.Forfall.Forfallsberegner.Maaneder(fraMaaned, tilMaaned) < 1)
            {
                feil.Add(new Valideringsfeil("--til", pr.GetValue(til), Feilkoder.UgyldigPeriode, $"Til-måneden kan ikke være før fra-måneden {pr.GetValue(fra)}."));
            }

            if (feil.Count > 0)
            {
                throw new UgyldigInndataException(feil);
            }

            ForfallUtdata dokument;
            try
            {
                dokument = Resultatdokumenter.Forfall(fraMaaned, tilMaaned, pr.GetValue(konto));
            }
            catch (UgyldigInndataException e)
            {
                throw new UgyldigInndataException([.. e.Feil.Select(f => f with { Felt = "--" + f.Felt })]);
            }

            if (pr.GetValue(json))
            {
                k.Ut.Write(JsonSkriver.Skriv(dokument));
                return Kommandolinje.Ok;
            }

            k.Ut.WriteLine(dokument.Skattetrekkskonto
                ? "Forfall for utleggstrekk med skattetrekkskonto (sktbl. § 14-5 annet ledd, § 10-10; frist utskutt etter § 10-2)"
                : "Forfall for utleggstrekk: slik trekkpålegget bestemmer (tvangsl. § 7-22; sktbl. § 10-50)");
            k.Ut.WriteLine();
            var rader = new List<string[]> { new[] { "Trukket fra", "Trukket til", "Forfall", "Betalingsfrist" } };
            foreach (var t in dokument.Terminer)
            {
                rader.Add([t.TrukketFra, t.TrukketTil, t.Forfall is { } f ? Datoformat.Tekst(f) : "ikke fast", t.Betalingsfrist is { } b ? Datoformat.Tekst(b) : "ikke fast"]);
            }

            Visning.Tabell(k.Ut, rader);
            k.Ut.WriteLine();
            k.Ut.WriteLine("Merknader:");
            foreach (var gruppe in dokument.Terminer.GroupBy(t => (t.Merknad, t.Kilde)))
            {
                var terminer = string.Join(", ", gruppe.Select(t => t.TrukketFra == t.TrukketTil ? t.TrukketFra : t.TrukketFra + "–" + t.TrukketTil));
                k.Ut.WriteLine($"  {terminer}: {gruppe.Key.Merknad} [{gruppe.Key.Kilde}]");
            }

            return Kommandolinje.Ok;
        });
        return kommando;
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
}
