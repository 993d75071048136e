using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class FordelKommandoTests
{
    private static readonly string Blandet = CliKjoering.Eksempel("trekk-blandet.json");

    public static TheoryData<string, decimal, string, string, decimal> Forventede()
    {
        var data = new TheoryData<string, decimal, string, string, decimal>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("fordel").EnumerateArray())
        {
            data.Add(
                e.GetProperty("fil").GetString()!,
                e.GetProperty("beloep").GetDecimal(),
                e.GetProperty("regel").GetString()!,
                e.GetProperty("fordeling").GetRawText(),
                e.GetProperty("overskudd").GetDecimal());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forventede))]
    public void Every_example_gives_the_hand_derived_distribution(string fil, decimal beloep, string regel, string fordeling, decimal overskudd)
    {
        // docs/eksempler/forventet.json: each distribution with its arithmetic ("utledning"), from deknl. § 2-8.
        var (kode, ut, feil) = CliKjoering.Kjoer(
            "fordel", CliKjoering.Eksempel(fil), "--beloep", beloep.ToString(System.Globalization.CultureInfo.InvariantCulture), "--regel", regel, "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        var forventet = JsonDocument.Parse(fordeling).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetDecimal())).ToList();
        rot.GetProperty("fordeling").EnumerateArray()
            .Select(x => (x.GetProperty("id").GetString()!, x.GetProperty("beloep").GetDecimal()))
            .Should().Equal(forventet, "one entry per krav, in input order");
        rot.GetProperty("overskudd").GetDecimal().Should().Be(overskudd);
        rot.GetProperty("beloep").GetDecimal().Should().Be(beloep);
    }

    [Fact]
    public void Samordnet_runs_and_hands_out_the_whole_payment()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("fordel", Blandet, "--beloep", "6000", "--regel", "samordnet", "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("regel").GetString().Should().Be("samordnet");
        var sum = rot.GetProperty("fordeling").EnumerateArray().Sum(x => x.GetProperty("beloep").GetDecimal()) + rot.GetProperty("overskudd").GetDecimal();
        sum.Should().Be(6000m);
    }

    [Fact]
    public void Forklar_names_each_group_and_its_rule()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("fordel", Blandet, "--beloep", "4000", "--json", "--forklar");
        kode.Should().Be(0);
        var f = JsonDocument.Parse(ut).RootElement.GetProperty("forklaring");
        f.GetProperty("deler").EnumerateArray().Should().Contain(d =>
            d.GetProperty("regel").GetProperty("kilde").GetString()!.Contains("§ 2-8 tredje ledd siste punktum", StringComparison.Ordinal));
        CliKjoering.Kjoer("fordel", Blandet, "--beloep", "4000", "--forklar").Ut.Should().Contain("Forklaring:");
        CliKjoering.Kjoer("fordel", Blandet, "--beloep", "4000", "--json").Ut.Should().NotContain("forklaring");
    }

    [Fact]
    public void Table_output()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("fordel", Blandet, "--beloep", "6000");
        kode.Should().Be(0);
        ut.Should().Contain("løpende bidrag").And.Contain("Overskudd: 0 kr").And.Contain("3 000");
    }

    [Fact]
    public void Without_regel_the_trekk_files_own_rule_is_used_and_the_option_overrides_it()
    {
        // trekk-innsyn-samordnet.json says "regel": "samordnet". With 60 000 kr classes a-e are covered and 19 687.50 kr
        // reaches class f, where the two rules differ: F1 (preserved time priority) first under both, then F2 before F3
        // by time priority, or F2 and F3 pro rata under samordnet.
        var fil = CliKjoering.Eksempel("trekk-innsyn-samordnet.json");
        string Kjoer(params string[] ekstra)
        {
            var (kode, ut, feil) = CliKjoering.Kjoer(["fordel", .. ekstra, "--beloep", "60000", "--json"]);
            kode.Should().Be(0, feil);
            return ut;
        }

        var utenValg = Kjoer(fil);
        var samordnet = Kjoer(fil, "--regel", "samordnet");
        var tidsprioritet = Kjoer(fil, "--regel", "tidsprioritet");
        tidsprioritet.Should().NotBe(samordnet, "the example must tell the rules apart");
        utenValg.Should().Be(samordnet);
        JsonDocument.Parse(utenValg).RootElement.GetProperty("regel").GetString().Should().Be("samordnet");
        JsonDocument.Parse(tidsprioritet).RootElement.GetProperty("regel").GetString().Should().Be("tidsprioritet");

        // Without "regel" in the file the default is tidsprioritet.
        var utenRegel = File.ReadAllText(fil).Replace("\"regel\": \"samordnet\",", string.Empty, StringComparison.Ordinal);
        utenRegel.Should().NotContain("\"regel\"");
        Kjoer(CliKjoering.Midlertidig(utenRegel)).Should().Be(tidsprioritet);

        // An unknown rule in the file is bad input (exit 2).
        var ukjent = File.ReadAllText(fil).Replace("\"regel\": \"samordnet\"", "\"regel\": \"forholdsmessig\"", StringComparison.Ordinal);
        CliKjoering.Kjoer("fordel", CliKjoering.Midlertidig(ukjent), "--beloep", "100").SkalVaereUgyldig("regel = 'forholdsmessig'");
    }

    [Fact]
    public void Interest_part_is_shown_in_json_and_table()
    {
        // X (b, 2020): principal 1 000 + interest 3 000; Y (b, 2021): 3 000. 5 000 → class b: X 1 000, Y 3 000; class f:
        // X's interest 1 000 (Retningslinje pkt. 6.1). So X gets 2 000 of which 1 000 interest; Y 3 000 of which 0.
        var fil = CliKjoering.Eksempel("trekk-renter-klasse-b.json");
        var (kode, ut, feil) = CliKjoering.Kjoer("fordel", fil, "--beloep", "5000", "--json");
        kode.Should().Be(0, feil);
        JsonDocument.Parse(ut).RootElement.GetProperty("fordeling").EnumerateArray()
            .Select(x => (x.GetProperty("id").GetString()!, x.GetProperty("beloep").GetDecimal(), x.GetProperty("renteandel").GetDecimal()))
            .Should().Equal(("X", 2000m, 1000m), ("Y", 3000m, 0m));

        var tabell = CliKjoering.Kjoer("fordel", fil, "--beloep", "5000").Ut.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        tabell.Should().ContainSingle(l => l.Length > 0 && l[0] == "Krav").Which.Should().Equal("Krav", "Klasse", "Kravtype", "Behov", "Andel", "Herav", "renter", "(f)", "Udekket");
        string.Join(' ', tabell.Single(l => l.Length > 0 && l[0] == "X")).Should().Be("X b hovedstol 4 000 2 000 1 000 2 000");
        string.Join(' ', tabell.Single(l => l.Length > 0 && l[0] == "Y")).Should().Be("Y b hovedstol 3 000 3 000 0 0");
    }

    [Fact]
    public void Deterministic() =>
        CliKjoering.Kjoer("fordel", Blandet, "--beloep", "4000", "--json").Ut.Should().Be(CliKjoering.Kjoer("fordel", Blandet, "--beloep", "4000", "--json").Ut);

    [Theory]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "g", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ] }""", "krav[0].artsprioritet = 'g'", "UKJENT_ARTSPRIORITET")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": -100 } ] }""", "krav[0].gjenstaaende = '-100'", "UGYLDIG_BELOEP")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 }, { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-11", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ] }""", "krav[1].id = 'A'", "KRAV_DUPLIKATE_REFERANSER")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "laan", "gjenstaaende": 100 } ] }""", "krav[0].kravtype = 'laan'", "loependeBidrag")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-32", "sak": "S1", "kravtype": "hovedstol" } ] }""", "krav[0].tidsprioritet = '2025-01-32'", "UGYLDIG_DATO")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "kravtype": "hovedstol", "gjenstaaendee": 1 } ] }""", "krav[0].sak", "krav[0].gjenstaaendee = '1'")]
    [InlineData("""{ "krav": [] }""", "krav", "MANGLER_KRAV")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "e", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "loependeBidrag", "maanedligBeloep": 100 } ] }""", "krav[0].artsprioritet", "BIDRAG_MAA_HA_ARTSPRIORITET_A")]
    [InlineData("""{ "krav": [ { "id": "K", "artsprioritet": "a", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "kostnader", "gjenstaaende": 100 } ] }""", "krav[0].artsprioritet = 'a'", "KRAVTYPE_HAR_ANNEN_ARTSPRIORITET")]
    [InlineData("""{ "krav": [ { "id": "R", "artsprioritet": "b", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "renter", "gjenstaaende": 100 } ] }""", "krav[0].artsprioritet = 'b'", "pkt. 6.1")]
    public void Bad_trekk_file_exits_2_naming_field_and_value(string json, string forventet1, string forventet2) =>
        CliKjoering.Kjoer("fordel", CliKjoering.Midlertidig(json), "--beloep", "100").SkalVaereUgyldig(forventet1, forventet2);

    [Theory]
    [InlineData(new[] { "--beloep", "-6000" }, "--beloep = '-6000'")]
    [InlineData(new[] { "--beloep", "6000", "--regel", "forholdsmessig" }, "--regel = 'forholdsmessig'")]
    [InlineData(new string[0], "--beloep")]
    public void Bad_options_exit_2(string[] args, string forventet) =>
        CliKjoering.Kjoer(["fordel", Blandet, .. args]).SkalVaereUgyldig(forventet);
}
