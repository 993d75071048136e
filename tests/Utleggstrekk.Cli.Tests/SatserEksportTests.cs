using NodaTime;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

/// <summary><c>satser eksporter DIR</c> and the staleness warning of <c>satser vis</c>/<c>valider</c>.</summary>
public class SatserEksportTests
{
    [Fact]
    public void Eksporter_writes_the_embedded_tables_and_manifest_which_validate_with_the_same_version()
    {
        var dir = Path.Combine(Path.GetTempPath(), "utleggstrekk-eksport-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (kode, ut, feil) = CliKjoering.Kjoer("satser", "eksporter", dir);
            kode.Should().Be(0, feil);
            File.Exists(Path.Combine(dir, "manifest.csv")).Should().BeTrue();
            Directory.GetFiles(dir, "*.csv").Should().HaveCount(6);
            var versjon = SatserLaster.LastInnebygde().Versjon;
            ut.Should().Contain(versjon);

            var valider = CliKjoering.Kjoer("satser", "valider", "--katalog", dir);
            valider.Kode.Should().Be(0, valider.Feil);
            valider.Ut.Should().Contain(versjon, "the exported files are the embedded ones byte for byte");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static string Advarsler(LocalDate idag)
    {
        using var ut = new StringWriter();
        using var feil = new StringWriter { NewLine = "\n" };
        var k = new Kontekst(ut, feil) { Idag = idag };
        SatserKommando.Advar(k, SatserKommando.Dokument(SatserLaster.LastInnebygde()));
        return feil.ToString();
    }

    [Fact]
    public void A_table_whose_last_known_day_is_past_is_warned_about_with_the_number_of_days()
    {
        var dokument = SatserKommando.Dokument(SatserLaster.LastInnebygde());
        var livsopphold = dokument.Tabeller.Single(t => t.Navn == "livsopphold").SistKjenteDag!.Value;

        var advarsler = Advarsler(livsopphold.PlusDays(10));

        advarsler.Should().Contain($"ADVARSEL: tabellen livsopphold har siste kjente dag {livsopphold:uuuu-MM-dd}, 10 dager før i dag");
        Advarsler(livsopphold).Should().NotContain("tabellen livsopphold", "on the last known day itself the table is still valid");
    }

    [Fact]
    public void Satser_valider_warns_but_succeeds()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("satser", "valider");
        kode.Should().Be(0);
        ut.Should().StartWith("OK");
        var stale = SatserKommando.Dokument(SatserLaster.LastInnebygde()).Tabeller
            .Any(t => t.SistKjenteDag is { } s && s < new Kontekst(TextWriter.Null, TextWriter.Null).Idag);
        (feil.Contains("ADVARSEL", StringComparison.Ordinal)).Should().Be(stale);
    }
}
