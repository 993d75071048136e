namespace Utleggstrekk.Satser.Csv;

/// <summary>One row of <c>manifest.csv</c>.</summary>
/// <param name="Tabell">The table name.</param>
/// <param name="Fil">The file in the directory.</param>
/// <param name="Versjon">The human label of the table's version.</param>
/// <param name="Sha256">The expected SHA-256 (lower-case hex), or null when the manifest's value was invalid or absent.</param>
/// <param name="Linje">The manifest line, 0 when the table was not taken from a manifest.</param>
internal sealed record Manifestrad(string Tabell, string Fil, string Versjon, string? Sha256, int Linje);

/// <summary>Reads <c>manifest.csv</c>: <c>tabell,fil,versjon,sha256</c>, one row per table.</summary>
internal static class ManifestLeser
{
    public static readonly string[] Kolonner = ["tabell", "fil", "versjon", "sha256"];

    /// <summary>The rows by table, or null when the manifest cannot be read as a table (wrong header, bad CSV).</summary>
    public static Dictionary<string, Manifestrad>? Les(byte[] innhold, IReadOnlyList<string> tabeller, Feilsamler feil)
    {
        const string fil = CsvInfo.ManifestFil;
        var rader = CsvFil.Les(fil, innhold, Kolonner, feil);
        if (rader is null)
        {
            return null;
        }

        var f = new Feltleser(fil, feil);
        var resultat = new Dictionary<string, Manifestrad>(StringComparer.Ordinal);
        foreach (var rad in rader)
        {
            var (tabell, filnavn, versjon, sha256) = (rad.Felt[0], rad.Felt[1], rad.Felt[2], rad.Felt[3]);
            if (!tabeller.Contains(tabell, StringComparer.Ordinal))
            {
                f.Legg(rad, 1, Satserfeilkoder.UkjentTabell, $"tabell '{tabell}' er ukjent; kjente tabeller er {string.Join(", ", tabeller)}.");
                continue;
            }

            if (resultat.TryGetValue(tabell, out var tidligere))
            {
                f.Legg(rad, 1, Satserfeilkoder.Duplikat, $"tabell '{tabell}' står allerede på linje {tidligere.Linje}.");
                continue;
            }

            var filOk = ErFilnavn(filnavn);
            if (!filOk)
            {
                f.Legg(rad, 2, Satserfeilkoder.UgyldigFilnavn, $"fil '{filnavn}' må være et rent filnavn i satskatalogen (uten katalogdel), og ikke {fil}.");
            }

            if (versjon.Length == 0)
            {
                f.Legg(rad, 3, Satserfeilkoder.VerdiMangler, "versjon mangler; skriv en lesbar merkelapp, f.eks. nyeste gyldig_fra.");
            }

            var shaOk = ErSha256(sha256);
            if (!shaOk)
            {
                f.Legg(rad, 4, Satserfeilkoder.UgyldigSha256, $"sha256 '{sha256}' er ikke 64 heksadesimale tegn med små bokstaver (0–9, a–f).");
            }

            if (filOk)
            {
                resultat[tabell] = new Manifestrad(tabell, filnavn, versjon, shaOk ? sha256 : null, rad.Linje);
            }
        }

        foreach (var tabell in tabeller)
        {
            if (!resultat.ContainsKey(tabell) && !rader.Exists(r => string.Equals(r.Felt[0], tabell, StringComparison.Ordinal)))
            {
                feil.Legg(fil, 0, 0, Satserfeilkoder.TabellMangler, $"Manifestet mangler tabellen {tabell}.");
            }
        }

        return resultat;
    }

    private static bool ErFilnavn(string filnavn) =>
        filnavn.Length > 0
        && filnavn is not "." and not ".."
        && filnavn.IndexOfAny(['/', '\\', ':']) < 0
        && !string.Equals(filnavn, CsvInfo.ManifestFil, StringComparison.Ordinal);

    /// <summary>
    /// 64 lower-case hex digits. Upper case is refused rather than normalised: the set version is the hash of the
    /// manifest's bytes, so two spellings of one hash would give one set two versions (docs/satser.md).
    /// </summary>
    private static bool ErSha256(string tekst) => tekst.Length == 64 && tekst.All(char.IsAsciiHexDigitLower);
}
