using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class BeregnKommandoTests
{
    private static readonly string Spec = CliKjoering.Eksempel("enslig-spec-eksempel.json");

    public static TheoryData<string, decimal, decimal, string> Forventede()
    {
        var data = new TheoryData<string, decimal, decimal, string>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("beregn").EnumerateArray())
        {
            data.Add(
                e.GetProperty("fil").GetString()!,
                e.GetProperty("trekkPerMaaned").GetDecimal(),
                e.GetProperty("trekkprosent").GetDecimal(),
                e.GetProperty("begrensning").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Every_example_file_has_a_hand_derived_expectation()
    {
        // A new example without an entry in forventet.json would otherwise go untested.
        var katalog = Path.GetDirectoryName(CliKjoering.Eksempel("forventet.json"))!;
        using var dok = JsonDocument.Parse(File.ReadAllText(Path.Combine(katalog, "forventet.json")));
        var dekket = dok.RootElement.EnumerateObject()
            .SelectMany(kommando => kommando.Value.EnumerateArray().Select(e => e.GetProperty("fil").GetString()))
            .ToHashSet(StringComparer.Ordinal);
        var filer = Directory.GetFiles(katalog, "*.json").Select(Path.GetFileName).Where(f => f != "forventet.json").ToList();
        filer.Should().NotBeEmpty();
        filer.Should().OnlyContain(f => dekket.Contains(f), "every docs/eksempler file needs an expectation in forventet.json");
    }

    [Theory]
    [MemberData(nameof(Forventede))]
    public void Every_example_gives_the_hand_derived_trekk(string fil, decimal trekk, decimal prosent, string begrensning)
    {
        // docs/eksempler/forventet.json holds each case's arithmetic ("utledning"), done by hand from SPEC §4.
        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel(fil), "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(trekk);
        rot.GetProperty("trekkprosent").GetDecimal().Should().Be(prosent);
        rot.GetProperty("begrensning").GetString().Should().Be(begrensning);
    }

    [Fact]
    public void The_readme_command_line_prints_11_276_bound_by_livsopphold()
    {
        // The command in README.md ("dotnet run --project src/Utleggstrekk.Cli -- beregn docs/eksempler/…"), run
        // in-process from the repository root with the arguments after "--".
        const string Prefiks = "dotnet run --project src/Utleggstrekk.Cli -- ";
        var linje = File.ReadAllLines(Path.Combine(CliKjoering.Rot(), "README.md"))
            .Select(l => l.Trim())
            .First(l => l.StartsWith(Prefiks + "beregn ", StringComparison.Ordinal));
        var args = linje[Prefiks.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        args.Should().Contain("docs/eksempler/enslig-spec-eksempel.json");

        var forrige = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = CliKjoering.Rot();
            var (kode, ut, feil) = CliKjoering.Kjoer(args);
            kode.Should().Be(0, feil);
            ut.Should().Contain("11 276 kr").And.Contain("Bindende begrensning  livsopphold").And.Contain("(kode Livsopphold)").And.Contain("28,19 %");
        }
        finally
        {
            Environment.CurrentDirectory = forrige;
        }
    }

    [Fact]
    public void Json_shape_has_the_result_the_intermediate_figures_and_the_satser_version()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", Spec, "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.EnumerateObject().Select(p => p.Name).Should().Equal(
            "trekkPerMaaned", "trekkprosent", "begrensning", "beregningsdato", "satserVersjon", "antatt", "avledet", "mellomregning");
        rot.GetProperty("satserVersjon").GetString().Should().StartWith("satser-");
        rot.GetProperty("antatt").GetArrayLength().Should().Be(0);
        rot.GetProperty("avledet").GetArrayLength().Should().Be(0);
        rot.GetProperty("trekkPerMaaned").ValueKind.Should().Be(JsonValueKind.Number);

        // SPEC §4 worked example: livsopphold 10 724, share 18 724, available 30 000, raw 11 276, ceiling room 14 000.
        var m = rot.GetProperty("mellomregning");
        m.GetProperty("livsopphold").GetDecimal().Should().Be(10_724m);
        m.GetProperty("samvaerstillegg").GetDecimal().Should().Be(0m);
        m.GetProperty("husstandsutgifter").GetDecimal().Should().Be(18_724m);
        m.GetProperty("skyldnersandel").GetDecimal().Should().Be(18_724m);
        m.GetProperty("disponibelt").GetDecimal().Should().Be(30_000m);
        m.GetProperty("raaTrekk").GetDecimal().Should().Be(11_276m);
        m.GetProperty("trekkbarInntekt").GetDecimal().Should().Be(30_000m);
        m.GetProperty("takrom").GetDecimal().Should().Be(14_000m);
        m.GetProperty("naeringsgrense").ValueKind.Should().Be(JsonValueKind.Null);
        ut.Should().Contain("\"trekkPerMaaned\": 11276.00,");
    }

    [Theory]
    [InlineData("uke", 2602)] // 11 276 × 12 / 52 = 2 602.15 → down to 2 602
    [InlineData("fjortendager", 5204)] // 11 276 × 12 / 26 = 5 204.30 → 5 204
    [InlineData("maaned", 11276)]
    public void Pay_period_conversion(string periode, decimal forventet)
    {
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", Spec, "--json", "--loennsperiode", periode);
        kode.Should().Be(0);
        var lp = JsonDocument.Parse(ut).RootElement.GetProperty("loennsperiode");
        lp.GetProperty("periode").GetString().Should().Be(periode);
        lp.GetProperty("trekkPerPeriode").GetDecimal().Should().Be(forventet);
    }

    [Fact]
    public void Forklar_json_carries_a_nested_trace_with_sources()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", Spec, "--json", "--forklar");
        kode.Should().Be(0);
        var f = JsonDocument.Parse(ut).RootElement.GetProperty("forklaring");
        var noder = Alle(f).ToList();
        noder.Count.Should().BeGreaterThan(3);
        noder.Should().OnlyContain(n => n.GetProperty("regel").GetProperty("kilde").GetString()!.Length > 0);
        noder.Should().Contain(n => n.GetProperty("resultat").GetString()!.Contains("10724", StringComparison.Ordinal));
        f.GetProperty("resultat").GetString().Should().Contain("11276");
    }

    [Fact]
    public void Forklar_human_output_is_an_indented_tree_with_sources()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", Spec, "--forklar");
        kode.Should().Be(0);
        ut.Should().Contain("Forklaring:").And.Contain("kilde: ").And.Contain("deknl.");
        ut.Split('\n').Should().Contain(l => l.StartsWith("  - ", StringComparison.Ordinal), "sub-steps are indented");
    }

    [Fact]
    public void Same_input_gives_byte_identical_json()
    {
        var a = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("par-tre-barn-to-samvaersbarn.json"), "--json", "--forklar");
        var b = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("par-tre-barn-to-samvaersbarn.json"), "--json", "--forklar");
        a.Kode.Should().Be(0);
        a.Ut.Should().Be(b.Ut);
        a.Ut.Should().NotContain("\r");
    }

    [Fact]
    public void Json_is_the_same_under_a_norwegian_culture()
    {
        var uten = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("par-tre-barn-to-samvaersbarn.json"), "--json").Ut;
        var kultur = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nb-NO");
            CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("par-tre-barn-to-samvaersbarn.json"), "--json").Ut.Should().Be(uten);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = kultur;
        }
    }

    [Fact]
    public void Date_past_the_last_known_rates_is_refused_unless_assumed_rates_are_allowed()
    {
        var fil = CliKjoering.Midlertidig("""
            { "beregningsdato": "2026-07-01", "skyldner": { "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 10000 },
              "husstand": { "sivilstand": "enslig" }, "utgifter": { "boutgift": 8000 } }
            """);
        CliKjoering.Kjoer("beregn", fil).SkalVaereUgyldig("2026-07-01", "mangler");

        // Carried forward: the derived 2025-07-01 figures again (enslig 11 046): available 30 000 − (11 046 + 8 000)
        // = 10 954 under the 60 % room of 14 000; flagged as assumed, and still as derived.
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", fil, "--json", "--tillat-antatte-satser");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(10_954m);
        rot.GetProperty("antatt").EnumerateArray().Select(e => e.GetString()).Should().Equal("livsopphold");
        rot.GetProperty("avledet").EnumerateArray().Select(e => e.GetString()).Should().Equal("livsopphold");
        CliKjoering.Kjoer("beregn", fil).Kode.Should().Be(2);
        CliKjoering.Kjoer("beregn", fil, "--tillat-antatte-satser").Ut.Should().Contain("antatte satser");
    }

    [Fact]
    public void Regler_tillatAntatteSatser_in_the_file_has_the_same_effect()
    {
        var fil = CliKjoering.Midlertidig("""
            { "beregningsdato": "2026-07-01", "skyldner": { "bruttoPerMaaned": 40000 },
              "husstand": { "sivilstand": "enslig" }, "regler": { "tillatAntatteSatser": true } }
            """);
        CliKjoering.Kjoer("beregn", fil, "--json").Kode.Should().Be(0);
    }

    [Theory]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": -40000 }, "husstand": { "sivilstand": "enslig" } }""", "skyldner.bruttoPerMaaned = '-40000'", "UGYLDIG_BELOEP")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000.001 }, "husstand": { "sivilstand": "enslig" } }""", "skyldner.bruttoPerMaaned = '40000.001'", "UGYLDIG_BELOEP")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000 }, "husstand": { "sivilstand": "ugift" } }""", "husstand.sivilstand = 'ugift'", "enslig, gift, samboer")]
    [InlineData("""{ "beregningsdato": "2025-13-01", "skyldner": { "bruttoPerMaaned": 40000 }, "husstand": { "sivilstand": "enslig" } }""", "beregningsdato = '2025-13-01'", "UGYLDIG_DATO")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { }, "husstand": { "sivilstand": "enslig" } }""", "skyldner.bruttoPerMaaned", "PAAKREVD")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000, "brutto": 1 }, "husstand": { "sivilstand": "enslig" } }""", "skyldner.brutto = '1'", "UKJENT_FELT")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000 }, "husstand": { "sivilstand": "enslig", "barn": [ { "foedselsdato": "2021-09-10" }, { "foedselsdato": "10.09.2021" } ] } }""", "husstand.barn[1].foedselsdato = '10.09.2021'", "UGYLDIG_DATO")]
    [InlineData("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000 }, "husstand": { "sivilstand": "enslig" }, "regler": { "tak": "maks" } }""", "regler.tak = 'maks'", "normal, utvidet")]
    [InlineData("""{ "beregningsdato": "2025-03-01", """, "UGYLDIG_JSON", "linje")]
    public void Bad_input_exits_2_naming_field_and_value(string json, string forventet1, string forventet2) =>
        CliKjoering.Kjoer("beregn", CliKjoering.Midlertidig(json)).SkalVaereUgyldig(forventet1, forventet2);

    [Fact]
    public void Missing_file_is_bad_input() =>
        CliKjoering.Kjoer("beregn", "finnes-ikke.json").SkalVaereUgyldig("finnes-ikke.json");

    [Fact]
    public void Missing_argument_and_bad_option_value_are_parse_errors()
    {
        CliKjoering.Kjoer("beregn").Kode.Should().Be(2);
        CliKjoering.Kjoer("beregn", Spec, "--loennsperiode", "aar").SkalVaereUgyldig("--loennsperiode = 'aar'", "maaned, fjortendager, uke");
    }

    [Fact]
    public void Another_satser_directory_can_be_used()
    {
        var katalog = Path.Combine(Path.GetTempPath(), "utleggstrekk-beregn-" + Guid.NewGuid().ToString("N"));
        try
        {
            Utleggstrekk.Satser.Csv.SatserLaster.SkrivInnebygde(katalog);
            var (kode, ut, _) = CliKjoering.Kjoer("beregn", Spec, "--katalog", katalog, "--json");
            kode.Should().Be(0);
            JsonDocument.Parse(ut).RootElement.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(11_276m);
        }
        finally
        {
            Directory.Delete(katalog, recursive: true);
        }
    }

    private static IEnumerable<JsonElement> Alle(JsonElement node) =>
        new[] { node }.Concat(node.GetProperty("deler").EnumerateArray().SelectMany(Alle));
}
