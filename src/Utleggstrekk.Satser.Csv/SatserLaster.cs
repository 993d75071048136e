using System.Security.Cryptography;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// Loads and validates a satser set: <c>manifest.csv</c> plus one CSV per table (see docs/satser.md). Either every
/// rule holds and the whole set is returned, or every error is reported and nothing is returned.
/// </summary>
public static class SatserLaster
{
    private const int VersjonHexTegn = 12;

    private static readonly Lazy<Satsgrunnlag> Innebygde = new(
        () => Last(new Innebygdkilde()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The default satser embedded in this assembly (the repository's <c>satser/</c> directory at build time).
    /// Loaded once and cached; thread-safe. Throws <see cref="SatserException"/> if the embedded set is invalid.
    /// </summary>
    public static Satsgrunnlag LastInnebygde() => Innebygde.Value;

    /// <summary>
    /// Loads the satser in <paramref name="katalog"/> (a directory with <c>manifest.csv</c> and the table files).
    /// Throws <see cref="SatserException"/> with every error found when anything is wrong.
    /// </summary>
    public static Satsgrunnlag LastFraKatalog(string katalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(katalog);
        if (!Directory.Exists(katalog))
        {
            throw new SatserException([KatalogMangler(katalog)]);
        }

        return Last(new Katalogkilde(katalog));
    }

    /// <summary>
    /// Every error in the satser directory <paramref name="katalog"/>, in file order, then by line and column; empty
    /// when the directory loads. Never throws for bad content.
    /// </summary>
    public static IReadOnlyList<SatserFeil> Valider(string katalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(katalog);
        return Directory.Exists(katalog) ? Les(new Katalogkilde(katalog)).Feil : [KatalogMangler(katalog)];
    }

    /// <summary>
    /// Writes the embedded default files (<c>manifest.csv</c> and the tables) byte for byte into
    /// <paramref name="katalog"/>, creating it if needed, as a starting point for a directory of one's own.
    /// Existing files with the same names are overwritten.
    /// </summary>
    /// <returns>The file names written.</returns>
    public static IReadOnlyList<string> SkrivInnebygde(string katalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(katalog);
        Directory.CreateDirectory(katalog);
        var kilde = new Innebygdkilde();
        var filer = Innebygdkilde.Filer().ToList();
        foreach (var fil in filer)
        {
            File.WriteAllBytes(Path.Combine(katalog, fil), kilde.Les(fil)!);
        }

        return filer;
    }

    /// <summary>The set version for the bytes of a manifest: <c>satser-</c> + the first 12 hex digits of its SHA-256.</summary>
    public static string Versjon(ReadOnlySpan<byte> manifest) =>
        "satser-" + Convert.ToHexStringLower(SHA256.HashData(manifest))[..VersjonHexTegn];

    private static SatserFeil KatalogMangler(string katalog) =>
        new(katalog, 0, 0, SatserRegler.KatalogMangler, $"Katalogen '{katalog}' finnes ikke.");

    /// <summary>The bytes of a file, or null after reporting it missing or unreadable.</summary>
    private static byte[]? LesFil(Filkilde kilde, string fil, Feilsamler feil, string manglerMelding)
    {
        try
        {
            var innhold = kilde.Les(fil);
            if (innhold is null)
            {
                feil.Legg(fil, 0, 0, SatserRegler.FilMangler, manglerMelding);
            }

            return innhold;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Katalogkilde words its own refusals (a directory, a FIFO, too large) in Norwegian; the runtime's messages are not.
            var grunn = e is FilAvvistException ? e.Message : e is UnauthorizedAccessException ? "mangler lesetilgang." : "lesefeil (" + e.GetType().Name + ").";
            feil.Legg(fil, 0, 0, SatserRegler.FilMangler, $"Filen {fil} kan ikke leses: {grunn}");
            return null;
        }
    }

    private static Satsgrunnlag Last(Filkilde kilde)
    {
        var (grunnlag, feil) = Les(kilde);
        return grunnlag ?? throw new SatserException(feil);
    }

    private static (Satsgrunnlag? Grunnlag, IReadOnlyList<SatserFeil> Feil) Les(Filkilde kilde)
    {
        var feil = new Feilsamler();
        feil.Fil(CsvInfo.ManifestFil);
        var tabeller = CsvInfo.Tabeller;
        var manifestBytes = LesFil(kilde, CsvInfo.ManifestFil, feil, $"{CsvInfo.ManifestFil} mangler; uten manifest kan satsene ikke versjoneres. Tabellene valideres likevel under standardnavnene.");
        Dictionary<string, Manifestrad>? manifest = null;
        if (manifestBytes is not null)
        {
            manifest = ManifestLeser.Les(manifestBytes, tabeller, feil);
        }

        // Without a usable manifest, still validate the tables under their standard names so every error is reported.
        manifest ??= tabeller.ToDictionary(t => t, t => new Manifestrad(t, t + ".csv", string.Empty, null, 0), StringComparer.Ordinal);

        foreach (var tabell in tabeller)
        {
            if (manifest.TryGetValue(tabell, out var rad))
            {
                feil.Fil(rad.Fil);
            }
        }

        LivsoppholdTabell? livsopphold = null;
        SamvaerTabell? samvaer = null;
        EnkelTabell<Prosentverdi>? forsinkelsesrente = null;
        EnkelTabell<Satsverdi>? rettsgebyr = null;
        TrekkgrenserTabell? trekkgrenser = null;
        foreach (var tabell in tabeller)
        {
            if (!manifest.TryGetValue(tabell, out var rad))
            {
                continue;
            }

            var innhold = LesFil(kilde, rad.Fil, feil, $"Filen {rad.Fil} for tabellen {tabell} mangler.");
            if (innhold is null)
            {
                continue;
            }

            if (rad.Sha256 is { } forventet && Convert.ToHexStringLower(SHA256.HashData(innhold)) is var faktisk && faktisk != forventet)
            {
                feil.Legg(CsvInfo.ManifestFil, rad.Linje, 4, SatserRegler.FeilSha256, $"SHA-256 for {rad.Fil} er {faktisk}, men manifestet sier {forventet}. Filen er endret uten at manifestet er oppdatert (se docs/satser.md).");
            }

            switch (tabell)
            {
                case "livsopphold":
                    livsopphold = LivsoppholdLeser.Les(rad.Fil, innhold, feil);
                    break;
                case "samvaer":
                    samvaer = SamvaerLeser.Les(rad.Fil, innhold, feil);
                    break;
                case "forsinkelsesrente":
                    forsinkelsesrente = EnkelTabellLeser.LesForsinkelsesrente(rad.Fil, innhold, feil);
                    break;
                case "rettsgebyr":
                    rettsgebyr = EnkelTabellLeser.LesRettsgebyr(rad.Fil, innhold, feil);
                    break;
                default:
                    trekkgrenser = TrekkgrenserLeser.Les(rad.Fil, innhold, feil);
                    break;
            }
        }

        if (feil.Antall > 0 || manifestBytes is null || livsopphold is null || samvaer is null
            || forsinkelsesrente is null || rettsgebyr is null || trekkgrenser is null)
        {
            return (null, feil.Sortert());
        }

        var tabellversjoner = manifest.Values.ToDictionary(r => r.Tabell, r => r.Versjon, StringComparer.Ordinal).AsReadOnly();
        var grunnlag = new Satsgrunnlag(Versjon(manifestBytes), tabellversjoner, livsopphold, samvaer, forsinkelsesrente, rettsgebyr, trekkgrenser);
        return (grunnlag, []);
    }
}
