using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary>Scripting: <c>-</c> for stdin, and errors under <c>--json</c> as one JSON object on stdout with exit code 2.</summary>
public class AutomatiseringTests
{
    private static (int Kode, string Ut, string Feil) KjoerMedInn(string inn, params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        using var leser = new StringReader(inn);
        var kode = Kommandolinje.Kjoer(args, ut, feil, leser);
        return (kode, ut.ToString(), feil.ToString());
    }

    [Fact]
    public void Beregn_reads_the_case_from_stdin_with_a_dash()
    {
        var fil = CliKjoering.Eksempel("enslig-spec-eksempel.json");
        var fraFil = CliKjoering.Kjoer("beregn", fil, "--json");
        var fraInn = KjoerMedInn(File.ReadAllText(fil), "beregn", "-", "--json");
        fraInn.Kode.Should().Be(0, fraInn.Feil);
        fraInn.Ut.Should().Be(fraFil.Ut).And.Contain("\"trekkPerMaaned\": 11276.00");
    }

    [Fact]
    public void Fordel_and_hva_om_read_stdin_with_a_dash()
    {
        var trekk = CliKjoering.Eksempel("trekk-blandet.json");
        KjoerMedInn(File.ReadAllText(trekk), "fordel", "-", "--beloep", "7000", "--json").Ut
            .Should().Be(CliKjoering.Kjoer("fordel", trekk, "--beloep", "7000", "--json").Ut);
        var sak = CliKjoering.Eksempel("enslig-spec-eksempel.json");
        KjoerMedInn(File.ReadAllText(sak), "hva-om", "-", "--sett", "utgifter.boutgift=9000", "--json").Ut
            .Should().Be(CliKjoering.Kjoer("hva-om", sak, "--sett", "utgifter.boutgift=9000", "--json").Ut);
    }

    [Fact]
    public void Innsyn_framskriv_and_elan_sjekk_read_stdin_with_a_dash()
    {
        var trekk = CliKjoering.Eksempel("trekk-innsyn.json");
        string[] innsyn = ["--krav", "F1", "--dato", "2025-03-01", "--som", "998870003", "--json"];
        var innsynInn = KjoerMedInn(File.ReadAllText(trekk), ["innsyn", "-", .. innsyn]);
        innsynInn.Kode.Should().Be(0, innsynInn.Feil);
        innsynInn.Ut.Should().Be(CliKjoering.Kjoer(["innsyn", trekk, .. innsyn]).Ut).And.Contain("kravMedHoeyerePrioritet");

        var framskriv = CliKjoering.Eksempel("trekk-framskriv.json");
        string[] valg = ["--fra", "2025-03-01", "--maaneder", "3", "--beloep", "5000", "--json"];
        var framskrivInn = KjoerMedInn(File.ReadAllText(framskriv), ["framskriv", "-", .. valg]);
        framskrivInn.Kode.Should().Be(0, framskrivInn.Feil);
        framskrivInn.Ut.Should().Be(CliKjoering.Kjoer(["framskriv", framskriv, .. valg]).Ut);

        var elan = Path.Combine(CliKjoering.Rot(), "tests", "Utleggstrekk.Elan.Tests", "Data", "begjaering-v1.json");
        var elanInn = KjoerMedInn(File.ReadAllText(elan), "elan", "sjekk", "-", "--json");
        elanInn.Kode.Should().Be(0, elanInn.Feil);
        elanInn.Ut.Should().Be(CliKjoering.Kjoer("elan", "sjekk", elan, "--json").Ut.Replace("begjaering-v1.json", "stdin", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_json_an_unreadable_elan_document_and_an_innsyn_refusal_are_json_error_objects()
    {
        var elan = KjoerMedInn("[1, 2", "elan", "sjekk", "-", "--json");
        elan.Kode.Should().Be(2);
        elan.Feil.Should().BeEmpty();
        JsonDocument.Parse(elan.Ut).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");

        var innsyn = CliKjoering.Kjoer("innsyn", CliKjoering.Eksempel("trekk-innsyn.json"), "--krav", "F1", "--dato", "2025-03-01", "--som", "974761076", "--json");
        innsyn.Kode.Should().Be(2);
        JsonDocument.Parse(innsyn.Ut).RootElement.GetProperty("feil")[0].GetProperty("felt").GetString().Should().Be("--som");
    }

    [Fact]
    public void A_bad_case_on_stdin_names_stdin_and_the_field()
    {
        var r = KjoerMedInn("""{ "beregningsdato": "2025-03-01" }""", "beregn", "-");
        r.SkalVaereUgyldig("skyldner");
    }

    private static JsonElement[] Feilposter(string ut)
    {
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.EnumerateObject().Select(p => p.Name).Should().Equal("feil");
        var poster = rot.GetProperty("feil").EnumerateArray().ToArray();
        poster.Should().NotBeEmpty();
        foreach (var p in poster)
        {
            p.EnumerateObject().Select(x => x.Name).Should().Equal("felt", "verdi", "regel", "melding");
        }

        return poster;
    }

    [Fact]
    public void Under_json_a_validation_error_is_a_json_object_on_stdout_and_nothing_on_stderr()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("rente", "--beloep", "-5", "--fra", "2020-01-01", "--til", "2021-01-01", "--json");
        kode.Should().Be(2);
        feil.Should().BeEmpty();
        var p = Feilposter(ut).Single();
        p.GetProperty("felt").GetString().Should().Be("--beloep");
        p.GetProperty("verdi").GetString().Should().Be("-5");
        p.GetProperty("regel").GetString().Should().Be("UGYLDIG_BELOEP");
    }

    [Fact]
    public void Under_json_every_violation_of_a_case_is_listed()
    {
        var fil = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-13-01", "skyldner": { "bruttoPerMaaned": -1 }, "husstand": { "sivilstand": "enslig" } }""");
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", fil, "--json");
        kode.Should().Be(2);
        Feilposter(ut).Select(p => p.GetProperty("felt").GetString()).Should().Contain(["beregningsdato", "skyldner.bruttoPerMaaned"]);
    }

    [Fact]
    public void Under_json_parser_errors_missing_files_and_missing_satser_are_json_objects_too()
    {
        var parser = CliKjoering.Kjoer("fordel", "x.json", "--json");
        parser.Kode.Should().Be(2);
        Feilposter(parser.Ut).Single().GetProperty("regel").GetString().Should().Be("UGYLDIG_KOMMANDOLINJE");

        var fil = CliKjoering.Kjoer("beregn", "finnes-ikke.json", "--json");
        fil.Kode.Should().Be(2);
        Feilposter(fil.Ut).Single().GetProperty("regel").GetString().Should().Be("FIL_FINNES_IKKE");

        var sak = CliKjoering.Midlertidig(File.ReadAllText(CliKjoering.Eksempel("enslig-spec-eksempel.json")).Replace("2025-03-01", "2099-03-01", StringComparison.Ordinal));
        var satser = CliKjoering.Kjoer("beregn", sak, "--json");
        satser.Kode.Should().Be(2);
        Feilposter(satser.Ut).First().GetProperty("regel").GetString().Should().Be("SATSER_MANGLER");
    }

    [Fact]
    public void Without_json_errors_stay_on_stderr()
    {
        var r = CliKjoering.Kjoer("rente", "--beloep", "-5", "--fra", "2020-01-01", "--til", "2021-01-01");
        r.SkalVaereUgyldig("feil: --beloep = '-5'");
    }
}
