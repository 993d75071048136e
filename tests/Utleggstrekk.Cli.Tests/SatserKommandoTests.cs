using System.Text.Json;
using System.Text.RegularExpressions;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

public sealed class SatserKommandoTests : IDisposable
{
    private readonly string _katalog = Path.Combine(Path.GetTempPath(), "utleggstrekk-cli-" + Guid.NewGuid().ToString("N"));

    public SatserKommandoTests() => SatserLaster.SkrivInnebygde(_katalog);

    public void Dispose() => Directory.Delete(_katalog, recursive: true);

    [Fact]
    public void Valider_the_embedded_set_prints_ok_and_the_version()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("satser", "valider");
        kode.Should().Be(0);
        ut.Should().StartWith("OK").And.Contain(SatserLaster.LastInnebygde().Versjon);
    }

    [Fact]
    public void Valider_an_intact_copy_succeeds() =>
        CliKjoering.Kjoer("satser", "valider", "--katalog", _katalog).Kode.Should().Be(0);

    [Fact]
    public void Valider_a_broken_copy_lists_every_error_as_file_line_column()
    {
        var fil = Path.Combine(_katalog, "livsopphold.csv");
        var linjer = File.ReadAllLines(fil);
        var i = Array.FindIndex(linjer, l => l.Contains(",enslig,10724,", StringComparison.Ordinal));
        linjer[i] = linjer[i].Replace(",enslig,10724,", ",enslig,-10724,", StringComparison.Ordinal);
        File.WriteAllLines(fil, linjer);

        var (kode, ut, feil) = CliKjoering.Kjoer("satser", "valider", "--katalog", _katalog);
        kode.Should().Be(2);
        ut.Should().BeEmpty();
        // The negative rate, on its line (1-based, header = line 1), and the manifest hash that no longer matches.
        feil.Should().Contain($"livsopphold.csv:{i + 1}:");
        feil.Should().MatchRegex(@"manifest\.csv:\d+:\d+: .*\[[A-Z_0-9]+\]");
        Regex.Matches(feil, @"^[\w.]+:\d+:\d+: .+ \[[A-Z_0-9]+\]$", RegexOptions.Multiline).Count.Should().BeGreaterThanOrEqualTo(2);
        feil.Should().NotContain("   at ");
    }

    [Fact]
    public void Commands_refuse_a_broken_satser_directory_with_exit_2()
    {
        File.Delete(Path.Combine(_katalog, "samvaer.csv"));
        CliKjoering.Kjoer("satser", "vis", "--katalog", _katalog).SkalVaereUgyldig("samvaer.csv");
    }

    [Fact]
    public void Commands_that_need_no_rates_still_refuse_a_broken_directory_they_are_given()
    {
        // fordel, trekkperiode and rente --sats use no rate table, but a --katalog named by the user must not pass silently.
        File.Delete(Path.Combine(_katalog, "forsinkelsesrente.csv"));
        CliKjoering.Kjoer("--katalog", _katalog, "fordel", CliKjoering.Eksempel("trekk-blandet.json"), "--beloep", "6000").SkalVaereUgyldig("forsinkelsesrente.csv");
        CliKjoering.Kjoer("--katalog", _katalog, "trekkperiode", "--kravtype", "ordinaer", "--beslutningsdato", "2025-01-01").SkalVaereUgyldig("forsinkelsesrente.csv");
        CliKjoering.Kjoer("--katalog", _katalog, "rente", "--beloep", "100", "--fra", "2025-01-01", "--til", "2025-02-01", "--sats", "5").SkalVaereUgyldig("forsinkelsesrente.csv");

        // Without --katalog they run on nothing but their input.
        CliKjoering.Kjoer("trekkperiode", "--kravtype", "ordinaer", "--beslutningsdato", "2025-01-01").Kode.Should().Be(0);
    }

    [Fact]
    public void Missing_directory_is_bad_input() =>
        CliKjoering.Kjoer("satser", "valider", "--katalog", Path.Combine(_katalog, "finnes-ikke")).SkalVaereUgyldig("finnes-ikke");

    [Fact]
    public void Vis_json_lists_every_table_with_version_and_last_known_day()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("satser", "vis", "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("versjon").GetString().Should().Be(SatserLaster.LastInnebygde().Versjon);
        var tabeller = rot.GetProperty("tabeller").EnumerateArray().ToList();
        tabeller.Select(t => t.GetProperty("navn").GetString()).Should().StartWith(["livsopphold", "samvaer", "forsinkelsesrente", "rettsgebyr"]);
        var livsopphold = tabeller[0];
        livsopphold.GetProperty("sistKjenteDag").GetString().Should().Be("2026-06-30");
        var siste = livsopphold.GetProperty("perioder").EnumerateArray().Last();
        siste.GetProperty("fra").GetString().Should().Be("2025-07-01");
        // The derived 2025-07-01 enslig rate: 10 724 kr (SPEC §4 worked example, 2024-07-01) × 1.030 = 11 046 kr.
        siste.GetProperty("verdier")[0].GetProperty("verdi").GetDecimal().Should().Be(11_046m);
        siste.GetProperty("verdier")[0].GetProperty("kildegrad").GetString().Should().Be("avledet");
    }

    [Fact]
    public void Vis_table_shows_versions_and_current_rates()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("satser", "vis");
        kode.Should().Be(0);
        ut.Should().Contain("Siste kjente dag").And.Contain("2026-06-30").And.Contain("11046");
    }

    [Fact]
    public void Katalog_is_accepted_before_the_command_too() =>
        CliKjoering.Kjoer("--katalog", _katalog, "satser", "valider").Kode.Should().Be(0);
}
