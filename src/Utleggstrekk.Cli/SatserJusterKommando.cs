using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli;

/// <summary>
/// <c>satser juster --kpi P --fra D --kilde T --ut DIR [--json]</c>: the yearly 1 July step (SPEC §3; docs/satser.md):
/// a complete satser set with livsopphold from D derived from the latest period by KPI, kildegrad <c>avledet</c>.
/// </summary>
internal static partial class SatserJusterKommando
{
    /// <summary>Builds the command.</summary>
    public static Command Lag(Kontekst k)
    {
        var v = new Valg();
        var kommando = new Command(
            "juster",
            "Avled neste års livsoppholdssatser fra de siste: sats × (1 + KPI/100), avrundet til hele kroner (halvt opp); par = 2 × par_per_person. "
            + "Skriver hele satskatalogen (kilden er de innebygde satsene eller --katalog) med de nye radene merket «avledet», lukker forrige periode dagen før og oppdaterer manifestet.")
        { v.Kpi, v.Fra, v.Kilde, v.Ut, v.Json };
        kommando.SetAction(pr => Kjoer(k, v, pr));
        return kommando;
    }

    private static int Kjoer(Kontekst k, Valg v, ParseResult pr)
    {
        var (prosent, fraDato, kildeTekst, katalog) = LesValg(v, pr);
        var resultat = Juster(pr.GetValue(k.Katalog), fraDato, prosent, kildeTekst, katalog, pr.GetValue(v.Fra));
        var dokument = Dokument(resultat, kildeTekst, katalog);
        if (pr.GetValue(v.Json))
        {
            k.Ut.Write(JsonSkriver.Skriv(dokument));
            return Kommandolinje.Ok;
        }

        SkrivTabell(k.Ut, resultat, dokument, prosent, katalog);
        return Kommandolinje.Ok;
    }

    /// <summary>The KPI change, the first day, the source and the new directory (which must be new or empty), every violation at once.</summary>
    private static (decimal Prosent, LocalDate Fra, string Kilde, string Katalog) LesValg(Valg v, ParseResult pr)
    {
        var a = new Argumentleser();
        var kpiTekst = pr.GetValue(v.Kpi)!;
        var prosent = LesKpi(kpiTekst, a);
        var fraDato = a.Dato(pr.GetValue(v.Fra)!, "--fra");
        var kildeTekst = pr.GetValue(v.Kilde)!;
        if (string.IsNullOrWhiteSpace(kildeTekst))
        {
            a.Legg(new Valideringsfeil("--kilde", kildeTekst, Feilkoder.VerdiMangler, "Kilden mangler; hver sats må ha en kilde."));
        }

        var katalog = pr.GetValue(v.Ut)!;
        if ((Directory.Exists(katalog) && Directory.EnumerateFileSystemEntries(katalog).Any()) || File.Exists(katalog))
        {
            a.Legg(new Valideringsfeil("--ut", katalog, Clifeilkoder.KatalogIkkeTom, $"Katalogen '{katalog}' finnes og er ikke tom; velg en ny eller tom katalog (ingenting overskrives)."));
        }

        a.SjekkGyldig();
        return (prosent, fraDato, kildeTekst, katalog);
    }

    /// <summary>Derives and writes the new set; a refused first day and a failed write are refused naming their option.</summary>
    private static Satsjusteringsresultat Juster(string? kildekatalog, LocalDate fraDato, decimal prosent, string kildeTekst, string katalog, string? fraTekst)
    {
        try
        {
            return Satsjustering.Juster(kildekatalog, fraDato, prosent, kildeTekst, katalog);
        }
        catch (ArgumentException e) when (e.ParamName == "fra")
        {
            throw new UgyldigInndataException(new Valideringsfeil("--fra", fraTekst, Clifeilkoder.UgyldigFra, e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The source set has been loaded by then, so what fails is writing DIR.
            var grunn = e is UnauthorizedAccessException ? "mangler skrivetilgang" : "skrivefeil (er disken full?)";
            throw new UgyldigInndataException(new Valideringsfeil("--ut", katalog, Clifeilkoder.KanIkkeSkrive, $"Kunne ikke skrive satskatalogen: {grunn}."));
        }
    }

    private static void SkrivTabell(TextWriter ut, Satsjusteringsresultat resultat, SatsjusteringUtdata dokument, decimal prosent, string katalog)
    {
        ut.WriteLine($"Livsoppholdssatser fra {Datoformat.Tekst(resultat.Fra)} til og med {Datoformat.Tekst(resultat.Til)}, avledet fra satsene fra {Datoformat.Tekst(resultat.ForrigeFra)} "
            + $"med KPI-endring {prosent.ToString("+0.0;-0.0;0.0", CultureInfo.GetCultureInfo("nb-NO"))} %:");
        var rader = new List<string[]> { new[] { "Kategori", "Forrige", "Ny (avledet)" } };
        rader.AddRange(dokument.Satser.Select(s => new[] { s.Kategori, Visning.Kr(s.Forrige), Visning.Kr(s.Ny) }));
        Visning.Tabell(ut, rader);
        ut.WriteLine($"Skrev satskatalogen til {katalog} (versjon {resultat.Versjon}); forrige periode er lukket {Datoformat.Tekst(resultat.Fra.PlusDays(-1))}.");
        ut.WriteLine("MERK: satsene er avledet, ikke kunngjort; resultater som bruker dem merkes «avledet». Erstatt dem med de kunngjorte satsene når de foreligger, og kjør 'utleggstrekk satser valider --katalog DIR'.");
    }

    /// <summary>The document of <c>satser juster --json</c>.</summary>
    public static SatsjusteringUtdata Dokument(Satsjusteringsresultat r, string kilde, string katalog)
    {
        var satser = new List<SatsjusteringRadUtdata>();
        foreach (var rad in r.Rader)
        {
            satser.Add(new SatsjusteringRadUtdata { Kategori = rad.Kategori, Forrige = rad.Forrige, Ny = rad.Ny });
            if (rad.Kategori == "par_per_person")
            {
                satser.Add(new SatsjusteringRadUtdata { Kategori = "par (2 × par_per_person)", Forrige = rad.Forrige + rad.Forrige, Ny = rad.Ny + rad.Ny });
            }
        }

        return new SatsjusteringUtdata
        {
            Fra = r.Fra,
            Til = r.Til,
            ForrigeFra = r.ForrigeFra,
            Kpi = r.Kpi,
            Kilde = kilde,
            Kildegrad = "avledet",
            Katalog = katalog,
            SatserVersjon = r.Versjon,
            Satser = satser,
        };
    }

    /// <summary>A KPI change: an optional minus, digits, and at most one decimal after <c>,</c> or <c>.</c>.</summary>
    private static decimal LesKpi(string tekst, Argumentleser a)
    {
        if (KpiMoenster().IsMatch(tekst))
        {
            var verdi = decimal.Parse(tekst.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (verdi > -100m && verdi < 1000m)
            {
                return verdi;
            }
        }

        a.Legg(new Valideringsfeil("--kpi", tekst, Clifeilkoder.UgyldigKpi, "Forventet KPI-endringen i prosent med høyst én desimal, f.eks. 2,5 eller 2.5 (uten %-tegn), over -100 og under 1000."));
        return 0m;
    }

    [GeneratedRegex(@"^-?[0-9]{1,3}([.,][0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex KpiMoenster();

    /// <summary>The command's options, in the order help lists them.</summary>
    private sealed class Valg
    {
        public Option<string> Kpi { get; } = new("--kpi") { Description = "KPI-endringen mai–mai i prosent, høyst én desimal (2,5 eller 2.5; negativ ved prisfall).", Required = true, HelpName = "PROSENT" };

        public Option<string> Fra { get; } = new("--fra") { Description = "Første dag for de nye satsene, ÅÅÅÅ-MM-DD (normalt 1. juli).", Required = true, HelpName = "DATO" };

        public Option<string> Kilde { get; } = new("--kilde") { Description = "Kilden for KPI-tallet, skrives i kolonnen kilde (f.eks. «SSB KPI mai 2026 +2,5 %»).", Required = true, HelpName = "TEKST" };

        public Option<string> Ut { get; } = new("--ut") { Description = "Katalogen den komplette satskatalogen skrives til; må være ny eller tom.", Required = true, HelpName = "DIR" };

        public Option<bool> Json { get; } = Kontekst.JsonValg();
    }
}
