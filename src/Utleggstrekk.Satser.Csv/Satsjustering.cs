using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>One category of a <see cref="Satsjustering"/>: the latest figure and the figure derived from it.</summary>
/// <param name="Kategori">The CSV category (<c>enslig</c>, <c>par_per_person</c>, …).</param>
/// <param name="Forrige">The latest figure (kroner per month).</param>
/// <param name="Ny">The derived figure.</param>
public sealed record Satsjusteringsrad(string Kategori, Beloep Forrige, Beloep Ny);

/// <summary>What <see cref="Satsjustering.Juster(string?, LocalDate, decimal, string, string)"/> wrote.</summary>
/// <param name="ForrigeFra">First day of the latest period the figures were derived from.</param>
/// <param name="Fra">First day of the derived period.</param>
/// <param name="Til">Last day (inclusive) of the derived period: the next 30 June (one year less a day).</param>
/// <param name="Kpi">The KPI change, percent.</param>
/// <param name="Rader">One row per category, in the order of the source file.</param>
/// <param name="Versjon">The version of the written set.</param>
public sealed record Satsjusteringsresultat(LocalDate ForrigeFra, LocalDate Fra, LocalDate Til, decimal Kpi, IReadOnlyList<Satsjusteringsrad> Rader, string Versjon);

/// <summary>
/// The yearly 1 July step (forskrift om livsoppholdssatser § 6: the rates follow KPI): writes a complete satser set
/// with a livsopphold period derived from the latest one, kildegrad <c>avledet</c>. The rule is the one that
/// reproduces every published step 2022→2023 and 2023→2024 (docs/satser.md): each per-person figure × (1 + KPI/100),
/// rounded to whole kroner, half up; the couple rate stays 2 × <c>par_per_person</c>.
/// </summary>
public static class Satsjustering
{
    /// <summary>The rule applied to one figure: × (1 + <paramref name="kpiProsent"/>/100), whole kroner, half up.</summary>
    public static Beloep Juster(Beloep sats, decimal kpiProsent)
    {
        var ny = decimal.Round(sats.Kroner * (1m + (kpiProsent / 100m)), 0, MidpointRounding.AwayFromZero);
        return Beloep.FraDesimal(ny);
    }

    /// <summary>
    /// Writes into <paramref name="utKatalog"/> the set of <paramref name="kildekatalog"/> (the embedded set when null)
    /// with livsopphold rows from <paramref name="fra"/> derived by <see cref="Juster(Beloep, decimal)"/>, grade
    /// <c>avledet</c>, <c>kilde</c> = <paramref name="kilde"/>; the latest period is closed the day before
    /// <paramref name="fra"/>, and the manifest's livsopphold row gets the new hash and <c>versjon</c> = <paramref name="fra"/>.
    /// The result is loaded again before returning, so it is a valid set.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="fra"/> is not after the latest period's start, or lies after the day following its last known
    /// day (the days between would get figures no source gives); the parameter name says which.
    /// </exception>
    /// <exception cref="SatserException">The source set does not load.</exception>
    public static Satsjusteringsresultat Juster(string? kildekatalog, LocalDate fra, decimal kpiProsent, string kilde, string utKatalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kilde);
        ArgumentException.ThrowIfNullOrWhiteSpace(utKatalog);
        if (kpiProsent <= -100m)
        {
            throw new ArgumentOutOfRangeException(nameof(kpiProsent), kpiProsent, "KPI-endringen må være over -100 prosent.");
        }

        Filkilde filer = kildekatalog is null ? new Innebygdkilde() : new Katalogkilde(kildekatalog);
        var satser = kildekatalog is null ? SatserLaster.LastInnebygde() : SatserLaster.LastFraKatalog(kildekatalog);
        var tabell = satser.Livsopphold;
        var siste = tabell.Perioder[^1];
        SjekkFra(fra, siste.Fra, siste.Til);
        var manifestBytes = filer.Les("manifest.csv")!;
        var feil = new Feilsamler();
        var manifest = CsvFil.Les("manifest.csv", manifestBytes, ManifestLeser.Kolonner, feil)!;
        var livsFil = manifest.First(r => r.Felt[0] == "livsopphold").Felt[1];
        var livsRader = CsvFil.LesTabell(livsFil, filer.Les(livsFil)!, LivsoppholdLeser.Kolonner, feil)!;

        var til = fra.PlusYears(1).PlusDays(-1);
        var resultat = new List<Satsjusteringsrad>();
        var nye = NyePerioder(livsRader, siste.Fra, fra, til, kpiProsent, kilde, resultat);

        var livsBytes = Skriv(LivsoppholdLeser.Kolonner, [.. livsRader.Select(r => r.Felt), .. nye]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(livsBytes));
        foreach (var rad in manifest.Where(r => r.Felt[0] == "livsopphold"))
        {
            rad.Felt[2] = Feltleser.Tekst(fra);
            rad.Felt[3] = hash;
        }

        SkrivKatalog(utKatalog, filer, manifest, livsFil, livsBytes);
        var lastet = SatserLaster.LastFraKatalog(utKatalog);
        return new Satsjusteringsresultat(siste.Fra, fra, til, kpiProsent, resultat, lastet.Versjon);
    }

    /// <summary>
    /// <paramref name="fra"/> must be after the latest period's start and at most the day after its last known day.
    /// </summary>
    private static void SjekkFra(LocalDate fra, LocalDate sisteFra, LocalDate? sisteTil)
    {
        if (fra <= sisteFra)
        {
            throw new ArgumentException(
                $"--fra {Feltleser.Tekst(fra)} er ikke etter starten på siste livsoppholdsperiode ({Feltleser.Tekst(sisteFra)}); en ny periode må begynne senere.",
                nameof(fra));
        }

        if (sisteTil is { } slutt && fra > slutt)
        {
            throw new ArgumentException(
                $"--fra {Feltleser.Tekst(fra)} er senere enn dagen etter siste kjente dag ({Feltleser.Tekst(slutt)}); dagene imellom ville fått satser ingen kilde gir. Juster fra {Feltleser.Tekst(slutt)} eller tidligere.",
                nameof(fra));
        }
    }

    /// <summary>
    /// The new period's rows: each row of the latest period, closed the day before <paramref name="fra"/>, and its amount
    /// adjusted by the KPI change (one <see cref="Satsjusteringsrad"/> each in <paramref name="resultat"/>).
    /// </summary>
    private static List<string[]> NyePerioder(List<Rad> livsRader, LocalDate sisteFra, LocalDate fra, LocalDate til, decimal kpiProsent, string kilde, List<Satsjusteringsrad> resultat)
    {
        var forrigeFra = Feltleser.Tekst(sisteFra);
        var lukket = Feltleser.Tekst(fra.PlusDays(-1));
        var kpiTekst = kpiProsent.ToString(CultureInfo.InvariantCulture);
        var nye = new List<string[]>();
        foreach (var rad in livsRader)
        {
            if (rad.Felt[0] != forrigeFra)
            {
                continue;
            }

            rad.Felt[1] = lukket;
            var forrige = Beloep.FraDesimal(decimal.Parse(rad.Felt[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            var ny = Juster(forrige, kpiProsent);
            resultat.Add(new Satsjusteringsrad(rad.Felt[2], forrige, ny));
            nye.Add([
                Feltleser.Tekst(fra),
                Feltleser.Tekst(til),
                rad.Felt[2],
                ny.Kroner.ToString("0", CultureInfo.InvariantCulture),
                kilde,
                Kildegradkode.Tekst(Kildegrad.Avledet),
                $"avledet med satser juster: {forrigeFra}-satsen {rad.Felt[3]} x (1 + {kpiTekst}/100) avrundet til hele kroner (halvt opp); erstatt med kunngjort sats når den foreligger",
            ]);
        }

        return nye;
    }

    /// <summary>Writes the adjusted set: every file of the manifest (the new livsopphold file in its place) and the manifest.</summary>
    private static void SkrivKatalog(string utKatalog, Filkilde filer, List<Rad> manifest, string livsFil, byte[] livsBytes)
    {
        Directory.CreateDirectory(utKatalog);
        foreach (var rad in manifest)
        {
            var fil = rad.Felt[1];
            File.WriteAllBytes(Path.Combine(utKatalog, fil), fil == livsFil ? livsBytes : filer.Les(fil)!);
        }

        var nyttManifest = Skriv(ManifestLeser.Kolonner, [.. manifest.Select(r => r.Felt)]);
        File.WriteAllBytes(Path.Combine(utKatalog, "manifest.csv"), nyttManifest);
    }

    /// <summary>CSV bytes (UTF-8, LF, RFC 4180 quoting where a field needs it).</summary>
    private static byte[] Skriv(IReadOnlyList<string> hode, IEnumerable<string[]> rader)
    {
        var tekst = new StringBuilder();
        tekst.Append(string.Join(',', hode)).Append('\n');
        foreach (var rad in rader)
        {
            tekst.Append(string.Join(',', rad.Select(Felt))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(tekst.ToString());
    }

    private static string Felt(string felt) =>
        felt.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + felt.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : felt;
}
