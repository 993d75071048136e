using System.Diagnostics;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// Issue 18: file arguments and satser tables that are not readable regular files within the size limit are refused at
/// once with exit code 2, in Norwegian, naming the path or the option; nothing hangs on a FIFO or fills memory.
/// </summary>
public sealed class FilkantTests : IDisposable
{
    private readonly string _mappe = Path.Combine(Path.GetTempPath(), "utleggstrekk-filkant-" + Guid.NewGuid().ToString("N"));

    public FilkantTests() => Directory.CreateDirectory(_mappe);

    public void Dispose() => Directory.Delete(_mappe, recursive: true);

    private string Fifo(string navn)
    {
        var sti = Path.Combine(_mappe, navn);
        using var p = Process.Start(new ProcessStartInfo("mkfifo", sti) { UseShellExecute = false })!;
        p.WaitForExit();
        p.ExitCode.Should().Be(0);
        return sti;
    }

    private static (int Kode, string Ut, string Feil) Innen(TimeSpan grense, params string[] args)
    {
        var oppgave = Task.Run(() => CliKjoering.Kjoer(args));
        oppgave.Wait(grense).Should().BeTrue("the command must not hang: " + string.Join(' ', args));
        return oppgave.Result;
    }

    private static IReadOnlyList<SatserFeil> Valider(string katalog)
    {
        var oppgave = Task.Run(() => SatserLaster.Valider(katalog));
        oppgave.Wait(TimeSpan.FromSeconds(5)).Should().BeTrue("the loader must not open a FIFO");
        return oppgave.Result;
    }

    [Fact]
    public void A_fifo_as_a_file_argument_is_refused_without_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Fifo("sak.json");
        foreach (var kommando in new[] { new[] { "beregn", fifo }, ["elan", "sjekk", fifo], ["fordel", fifo, "--beloep", "100"] })
        {
            var r = Innen(TimeSpan.FromSeconds(5), kommando);
            r.SkalVaereUgyldig("feil: " + fifo + ": Er ikke en vanlig fil", "[IKKE_VANLIG_FIL]");
        }

        var ndjson = Innen(TimeSpan.FromSeconds(5), "beregn", fifo, "--ndjson");
        ndjson.Kode.Should().Be(2);
        ndjson.Ut.Should().Contain("\"regel\": \"IKKE_VANLIG_FIL\"");
    }

    [Fact]
    public void A_device_that_never_ends_is_refused_before_it_is_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var klokke = Stopwatch.StartNew();
        CliKjoering.Kjoer("beregn", "/dev/zero").SkalVaereUgyldig("feil: /dev/zero: Er ikke en vanlig fil", "[IKKE_VANLIG_FIL]");
        klokke.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_directory_as_a_file_argument_is_named_as_a_directory_in_norwegian()
    {
        foreach (var kommando in new[] { "beregn", "fordel", "framskriv", "hva-om" })
        {
            var args = kommando switch
            {
                "fordel" => new[] { kommando, _mappe, "--beloep", "100" },
                "framskriv" => [kommando, _mappe, "--fra", "2025-01-01", "--maaneder", "1"],
                "hva-om" => [kommando, _mappe, "--sett", "utgifter.boutgift=1"],
                _ => [kommando, _mappe],
            };
            var r = CliKjoering.Kjoer(args);
            r.SkalVaereUgyldig("feil: " + _mappe + ": Er en katalog, ikke en fil. [ER_KATALOG]");
            r.Feil.Should().NotContain("Access to the path");
        }
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_the_limit_can_be_raised()
    {
        var stor = Path.Combine(_mappe, "stor.json");
        using (var f = File.Create(stor))
        {
            f.SetLength((64L * 1024 * 1024) + 1); // sparse: one byte over the default 64 MiB
        }

        CliKjoering.Kjoer("beregn", stor).SkalVaereUgyldig("feil: " + stor + ": Større enn grensen på 64 MiB", "--maks-fil", "[FOR_STOR_FIL]");

        // Raised, the same file is read (and then refused for what it holds: NUL bytes are not JSON).
        var hevet = CliKjoering.Kjoer("--maks-fil", "65", "beregn", stor);
        hevet.Kode.Should().Be(2);
        hevet.Feil.Should().NotContain("FOR_STOR_FIL").And.Contain("UGYLDIG_JSON");

        var liten = Path.Combine(_mappe, "liten.json");
        File.WriteAllText(liten, new string(' ', (1024 * 1024) + 1) + File.ReadAllText(CliKjoering.Eksempel("tak60.json")));
        CliKjoering.Kjoer("beregn", liten, "--maks-fil", "1").SkalVaereUgyldig("Større enn grensen på 1 MiB", "[FOR_STOR_FIL]");
        CliKjoering.Kjoer("beregn", liten, "--maks-fil", "2").Kode.Should().Be(0);
        CliKjoering.Kjoer("beregn", liten, "--maks-fil", "0").SkalVaereUgyldig("feil: --maks-fil = '0'", "[UGYLDIG_VERDI]");
    }

    [Fact]
    public void Stdin_over_the_limit_is_refused()
    {
        using var ut = new StringWriter();
        using var feil = new StringWriter();
        using var inn = new MemoryStream(new byte[(1024 * 1024) + 1]);
        var kode = Kommandolinje.Kjoer(["beregn", "-", "--maks-fil", "1"], ut, feil, inn);
        kode.Should().Be(2);
        feil.ToString().Should().Contain("feil: stdin: Større enn grensen på 1 MiB").And.Contain("[FOR_STOR_FIL]");
    }

    [Fact]
    public void An_ndjson_line_over_the_limit_fails_alone_without_being_kept()
    {
        var sak = System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("tak60.json"))).RootElement);
        var inn = System.Text.Encoding.UTF8.GetBytes(sak + "\n" + new string('x', (1024 * 1024) + 1) + "\n" + sak + "\n");
        using var ut = new StringWriter();
        using var feil = new StringWriter();
        var kode = Kommandolinje.Kjoer(["beregn", "-", "--ndjson", "--maks-fil", "1"], ut, feil, new MemoryStream(inn));
        kode.Should().Be(2);
        var linjer = ut.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(3);
        linjer[1].Should().Contain("\"linje\":2").And.Contain("FOR_STOR_FIL");
        linjer[2].Should().StartWith("{\"linje\":3,").And.Contain("trekkPerMaaned");
    }

    [Fact]
    public void Write_failures_name_the_option_and_say_written_not_read_in_norwegian()
    {
        var trekk = CliKjoering.Eksempel("trekk-framskriv.json");
        var mangler = Path.Combine(_mappe, "finnes-ikke", "diagram.svg");
        foreach (var (maal, grunn) in new[] { (mangler, "finnes ikke"), (_mappe, "det er en katalog") })
        {
            var r = CliKjoering.Kjoer("framskriv", trekk, "--fra", "2025-01-01", "--maaneder", "2", "--svg", maal);
            r.SkalVaereUgyldig("feil: --svg = '" + maal + "': Kunne ikke skrive filen", grunn, "[KAN_IKKE_SKRIVE]");
            r.Feil.Should().NotContain("lese").And.NotContain("Could not").And.NotContain("katalog\"");
        }

        if (OperatingSystem.IsLinux())
        {
            // A full disk: /dev/full fails every write with ENOSPC.
            CliKjoering.Kjoer("framskriv", trekk, "--fra", "2025-01-01", "--maaneder", "2", "--svg", "/dev/full")
                .SkalVaereUgyldig("feil: --svg = '/dev/full': Kunne ikke skrive filen: skrivefeil", "[KAN_IKKE_SKRIVE]");
        }

        var elan = Path.Combine(CliKjoering.Rot(), "tests", "Utleggstrekk.Elan.Tests", "Data", "begjaering-v1.json");
        CliKjoering.Kjoer("elan", "sjekk", elan, "--krav-ut", mangler).SkalVaereUgyldig("feil: --krav-ut = '" + mangler + "': Kunne ikke skrive filen", "[KAN_IKKE_SKRIVE]");

        var fil = Path.Combine(_mappe, "en-fil");
        File.WriteAllText(fil, "x");
        CliKjoering.Kjoer("satser", "eksporter", fil).SkalVaereUgyldig("feil: DIR = '" + fil + "': Kunne ikke skrive satsene", "[KAN_IKKE_SKRIVE]");
    }

    [Fact]
    public void A_satser_table_that_is_a_fifo_is_refused_by_the_loader_and_the_command_line_without_hanging()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var katalog = Path.Combine(_mappe, "satser");
        SatserLaster.SkrivInnebygde(katalog);
        File.Delete(Path.Combine(katalog, "samvaer.csv"));
        Fifo(Path.Combine("satser", "samvaer.csv"));

        Valider(katalog).Should().ContainSingle(f => f.Fil == "samvaer.csv" && f.Regel == Satserfeilkoder.FilMangler && f.Melding.Contains("ikke en vanlig fil", StringComparison.Ordinal));

        Innen(TimeSpan.FromSeconds(5), "satser", "valider", "--katalog", katalog).SkalVaereUgyldig("samvaer.csv", "ikke en vanlig fil", "[FIL_MANGLER]");
        Innen(TimeSpan.FromSeconds(5), "--katalog", katalog, "beregn", CliKjoering.Eksempel("tak60.json")).SkalVaereUgyldig("samvaer.csv", "ikke en vanlig fil");
    }

    [Fact]
    public void An_upper_case_hash_in_the_manifest_is_refused_not_normalised()
    {
        var katalog = Path.Combine(_mappe, "satser");
        SatserLaster.SkrivInnebygde(katalog);
        var manifest = Path.Combine(katalog, "manifest.csv");
        var linjer = File.ReadAllLines(manifest);
        var felt = linjer[1].Split(',');
        felt[3] = felt[3].ToUpperInvariant();
        linjer[1] = string.Join(',', felt);
        File.WriteAllLines(manifest, linjer);

        var feil = SatserLaster.Valider(katalog);
        feil.Should().ContainSingle().Which.Regel.Should().Be(Satserfeilkoder.UgyldigSha256);
        feil[0].Melding.Should().Contain("små bokstaver");
        CliKjoering.Kjoer("satser", "valider", "--katalog", katalog).SkalVaereUgyldig("[UGYLDIG_SHA256]");
    }
}

/// <summary>Issue 18: the docs quote no satser version other than the build's (they write <c>satser-…</c>).</summary>
public class DokumentasjonsversjonTests
{
    [Fact]
    public void No_doc_quotes_a_stale_satser_version()
    {
        var versjon = SatserLaster.LastInnebygde().Versjon;
        var rot = CliKjoering.Rot();
        var filer = Directory.GetFiles(Path.Combine(rot, "docs"), "*.md").Append(Path.Combine(rot, "README.md"))
            .Concat(Directory.GetFiles(Path.Combine(rot, "src"), "README.md", SearchOption.AllDirectories));
        foreach (var fil in filer)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(fil), "satser-[0-9a-f]{12}"))
            {
                m.Value.Should().Be(versjon, $"{Path.GetFileName(fil)} quotes a satser version; write satser-… or the build's version");
            }
        }
    }
}
