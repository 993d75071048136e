using System.Diagnostics.CodeAnalysis;
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
        new(katalog, 0, 0, Satserfeilkoder.KatalogMangler, $"Katalogen '{katalog}' finnes ikke.");

    /// <summary>The bytes of a file, or null after reporting it missing or unreadable.</summary>
    private static byte[]? LesFil(Filkilde kilde, string fil, Feilsamler feil, string manglerMelding)
    {
        try
        {
            var innhold = kilde.Les(fil);
            if (innhold is null)
            {
                feil.Legg(fil, 0, 0, Satserfeilkoder.FilMangler, manglerMelding);
            }

            return innhold;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Katalogkilde words its own refusals (a directory, a FIFO, too large) in Norwegian; the runtime's messages are not.
            var grunn = e is FilAvvistException ? e.Message : e is UnauthorizedAccessException ? "mangler lesetilgang." : "lesefeil (" + e.GetType().Name + ").";
            feil.Legg(fil, 0, 0, Satserfeilkoder.FilMangler, $"Filen {fil} kan ikke leses: {grunn}");
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
        var (manifestBytes, manifest) = LesManifest(kilde, feil);
        foreach (var tabell in CsvInfo.Tabeller)
        {
            if (manifest.TryGetValue(tabell, out var rad))
            {
                feil.Fil(rad.Fil);
            }
        }

        var tabeller = new Tabellsett();
        foreach (var tabell in CsvInfo.Tabeller)
        {
            if (manifest.TryGetValue(tabell, out var rad) && LesTabellfil(kilde, tabell, rad, feil) is { } innhold)
            {
                tabeller.Les(tabell, rad.Fil, innhold, feil);
            }
        }

        if (feil.Antall > 0 || manifestBytes is null || !tabeller.ErKomplett)
        {
            return (null, feil.Sortert());
        }

        var tabellversjoner = manifest.Values.ToDictionary(r => r.Tabell, r => r.Versjon, StringComparer.Ordinal).AsReadOnly();
        var grunnlag = new Satsgrunnlag(Versjon(manifestBytes), tabellversjoner, tabeller.Livsopphold, tabeller.Samvaer, tabeller.Forsinkelsesrente, tabeller.Rettsgebyr, tabeller.Trekkgrenser);
        return (grunnlag, []);
    }

    /// <summary>
    /// The manifest's bytes (null when missing) and its rows by table. Without a usable manifest the tables are still
    /// validated under their standard names, so every error is reported.
    /// </summary>
    private static (byte[]? Bytes, Dictionary<string, Manifestrad> Manifest) LesManifest(Filkilde kilde, Feilsamler feil)
    {
        var tabeller = CsvInfo.Tabeller;
        var manifestBytes = LesFil(kilde, CsvInfo.ManifestFil, feil, $"{CsvInfo.ManifestFil} mangler; uten manifest kan satsene ikke versjoneres. Tabellene valideres likevel under standardnavnene.");
        Dictionary<string, Manifestrad>? manifest = null;
        if (manifestBytes is not null)
        {
            manifest = ManifestLeser.Les(manifestBytes, tabeller, feil);
        }

        manifest ??= tabeller.ToDictionary(t => t, t => new Manifestrad(t, t + ".csv", string.Empty, null, 0), StringComparer.Ordinal);
        return (manifestBytes, manifest);
    }

    /// <summary>The bytes of a table's file (null after reporting it missing), checked against the manifest's SHA-256.</summary>
    private static byte[]? LesTabellfil(Filkilde kilde, string tabell, Manifestrad rad, Feilsamler feil)
    {
        var innhold = LesFil(kilde, rad.Fil, feil, $"Filen {rad.Fil} for tabellen {tabell} mangler.");
        if (innhold is not null && rad.Sha256 is { } forventet && Convert.ToHexStringLower(SHA256.HashData(innhold)) is var faktisk && faktisk != forventet)
        {
            feil.Legg(CsvInfo.ManifestFil, rad.Linje, 4, Satserfeilkoder.FeilSha256, $"SHA-256 for {rad.Fil} er {faktisk}, men manifestet sier {forventet}. Filen er endret uten at manifestet er oppdatert (se docs/satser.md).");
        }

        return innhold;
    }

    /// <summary>The five tables of a set as they are read; complete when every one has loaded.</summary>
    private sealed class Tabellsett
    {
        public LivsoppholdTabell? Livsopphold { get; private set; }

        public SamvaerTabell? Samvaer { get; private set; }

        public EnkelTabell<Prosentverdi>? Forsinkelsesrente { get; private set; }

        public EnkelTabell<Satsverdi>? Rettsgebyr { get; private set; }

        public TrekkgrenserTabell? Trekkgrenser { get; private set; }

        [MemberNotNullWhen(true, nameof(Livsopphold), nameof(Samvaer), nameof(Forsinkelsesrente), nameof(Rettsgebyr), nameof(Trekkgrenser))]
        public bool ErKomplett => Livsopphold is not null && Samvaer is not null && Forsinkelsesrente is not null && Rettsgebyr is not null && Trekkgrenser is not null;

        /// <summary>Reads one table with its own reader.</summary>
        public void Les(string tabell, string fil, byte[] innhold, Feilsamler feil)
        {
            switch (tabell)
            {
                case "livsopphold":
                    Livsopphold = LivsoppholdLeser.Les(fil, innhold, feil);
                    break;
                case "samvaer":
                    Samvaer = SamvaerLeser.Les(fil, innhold, feil);
                    break;
                case "forsinkelsesrente":
                    Forsinkelsesrente = EnkelTabellLeser.LesForsinkelsesrente(fil, innhold, feil);
                    break;
                case "rettsgebyr":
                    Rettsgebyr = EnkelTabellLeser.LesRettsgebyr(fil, innhold, feil);
                    break;
                default:
                    Trekkgrenser = TrekkgrenserLeser.Les(fil, innhold, feil);
                    break;
            }
        }
    }
}
