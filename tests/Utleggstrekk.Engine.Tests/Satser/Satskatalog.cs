using System.Security.Cryptography;
using System.Text;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// A temporary copy of the embedded satser that a test can break. <see cref="OppdaterManifest"/> recomputes the
/// hashes (independently of the loader) so that a test sees only the error it provokes.
/// </summary>
internal sealed class Satskatalog : IDisposable
{
    public Satskatalog()
    {
        Sti = Path.Combine(Path.GetTempPath(), "satser-test-" + Guid.NewGuid().ToString("N"));
        SatserLaster.SkrivInnebygde(Sti);
    }

    public string Sti { get; }

    /// <summary>The repository's own satser/ directory.</summary>
    public static string RepoSatser() => Path.Combine(Repo.Rot(), "satser");

    public string Les(string fil) => File.ReadAllText(Path.Combine(Sti, fil), Encoding.UTF8);

    public string[] Linjer(string fil) => Les(fil).TrimEnd('\n').Split('\n');

    public void Skriv(string fil, string tekst) => File.WriteAllText(Path.Combine(Sti, fil), tekst, new UTF8Encoding(false));

    public void SkrivLinjer(string fil, IEnumerable<string> linjer) => Skriv(fil, string.Join('\n', linjer) + "\n");

    /// <summary>Replaces exactly one occurrence of <paramref name="gammel"/>.</summary>
    public void Erstatt(string fil, string gammel, string ny)
    {
        var tekst = Les(fil);
        var i = tekst.IndexOf(gammel, StringComparison.Ordinal);
        i.Should().BeGreaterThanOrEqualTo(0, $"'{gammel}' should be in {fil}");
        tekst.IndexOf(gammel, i + 1, StringComparison.Ordinal).Should().Be(-1, $"'{gammel}' should occur once in {fil}");
        Skriv(fil, string.Concat(tekst.AsSpan(0, i), ny, tekst.AsSpan(i + gammel.Length)));
    }

    /// <summary>Replaces line <paramref name="linje"/> (1-based).</summary>
    public void ErstattLinje(string fil, int linje, string ny)
    {
        var linjer = Linjer(fil);
        linjer[linje - 1] = ny;
        SkrivLinjer(fil, linjer);
    }

    /// <summary>Inserts a line so that it becomes line <paramref name="linje"/> (1-based).</summary>
    public void SettInnLinje(string fil, int linje, string ny)
    {
        var linjer = Linjer(fil).ToList();
        linjer.Insert(linje - 1, ny);
        SkrivLinjer(fil, linjer);
    }

    public void SlettLinje(string fil, int linje)
    {
        var linjer = Linjer(fil).ToList();
        linjer.RemoveAt(linje - 1);
        SkrivLinjer(fil, linjer);
    }

    public void Slett(string fil) => File.Delete(Path.Combine(Sti, fil));

    /// <summary>Rewrites the sha256 column of manifest.csv (if there is one) from the current file bytes.</summary>
    public void OppdaterManifest()
    {
        if (!File.Exists(Path.Combine(Sti, CsvInfo.ManifestFil)))
        {
            return;
        }

        var linjer = Linjer(CsvInfo.ManifestFil);
        for (var i = 1; i < linjer.Length; i++)
        {
            var felt = linjer[i].Split(',');
            var sti = Path.Combine(Sti, felt[1]);
            if (File.Exists(sti))
            {
                felt[3] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(sti)));
                linjer[i] = string.Join(',', felt);
            }
        }

        SkrivLinjer(CsvInfo.ManifestFil, linjer);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Sti, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
