using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class FramskrivKommandoTests
{
    private static readonly string Enkel = CliKjoering.Eksempel("trekk-framskriv.json");
    private static readonly string Innsyn = CliKjoering.Eksempel("trekk-innsyn.json");

    public static TheoryData<string> Tilfeller()
    {
        var data = new TheoryData<string>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("framskriv").EnumerateArray())
        {
            data.Add(e.GetRawText());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void Every_projection_example_gives_the_hand_worked_result(string tilfelle)
    {
        var e = JsonDocument.Parse(tilfelle).RootElement;
        var (kode, ut, feil) = CliKjoering.Kjoer(
            "framskriv", CliKjoering.Eksempel(e.GetProperty("fil").GetString()!), "--fra", e.GetProperty("fra").GetString()!,
            "--maaneder", e.GetProperty("maaneder").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        foreach (var k in e.GetProperty("krav").EnumerateObject())
        {
            var r = rot.GetProperty("krav").EnumerateArray().Single(x => x.GetProperty("id").GetString() == k.Name);
            r.GetProperty("innfridd").GetString().Should().Be(k.Value.GetProperty("innfridd").GetString());
            r.GetProperty("gjenstaaende").GetDecimal().Should().Be(k.Value.GetProperty("gjenstaaende").GetDecimal());
            r.GetProperty("renter").GetDecimal().Should().Be(k.Value.GetProperty("renter").GetDecimal());
            r.GetProperty("mottatt").GetDecimal().Should().Be(k.Value.GetProperty("mottatt").GetDecimal());
        }

        rot.GetProperty("maaneder").EnumerateArray().Select(m => m.GetProperty("overskudd").GetDecimal())
            .Should().Equal(e.GetProperty("overskudd").EnumerateArray().Select(x => x.GetDecimal()));
    }

    [Fact]
    public void The_json_has_the_contract_shape_and_several_amounts_go_under_alternativer()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--brutto", "40000", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.EnumerateObject().Select(p => p.Name).Should().Equal("krav", "maaneder");
        rot.GetProperty("krav")[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "innfridd", "gjenstaaende", "renter", "mottatt");
        rot.GetProperty("maaneder").GetArrayLength().Should().Be(24);

        var (kode2, ut2, feil2) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--beloep", "6000", "--beloep", "7000", "--json");
        kode2.Should().Be(0, feil2);
        var alt = JsonDocument.Parse(ut2).RootElement.GetProperty("alternativer");
        alt.EnumerateArray().Select(a => a.GetProperty("beloep").GetDecimal()).Should().Equal(6000m, 7000m);
        alt[1].GetProperty("maaneder")[0].GetProperty("betaling").GetDecimal().Should().Be(7000m);
    }

    [Fact]
    public void A_percent_trekk_without_gross_income_is_refused_naming_the_field()
    {
        CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "3").SkalVaereUgyldig("bruttoinntekt", "PAAKREVD");
        CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "0").SkalVaereUgyldig("--maaneder");
        CliKjoering.Kjoer("framskriv", Enkel, "--fra", "2025-03-01", "--maaneder", "3", "--beloep", "-5").SkalVaereUgyldig("--beloep");
    }

    [Fact]
    public void The_svg_draws_each_krav_and_is_deterministic()
    {
        var fil1 = Path.Combine(Path.GetTempPath(), "utleggstrekk-" + Guid.NewGuid().ToString("N") + ".svg");
        var fil2 = Path.Combine(Path.GetTempPath(), "utleggstrekk-" + Guid.NewGuid().ToString("N") + ".svg");
        CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "12", "--beloep", "6000", "--beloep", "7000", "--svg", fil1).Kode.Should().Be(0);
        CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "12", "--beloep", "6000", "--beloep", "7000", "--svg", fil2).Kode.Should().Be(0);
        var svg = File.ReadAllText(fil1);
        svg.Should().StartWith("<?xml").And.Contain("<svg").And.Contain("F2 (6 000 kr)").And.Contain("F2 (7 000 kr)").And.Contain("Gjenstående");
        svg.Should().NotContain(">A (", "a løpende bidrag has no balance to draw");
        svg.Should().Be(File.ReadAllText(fil2));
    }

    [Fact]
    public void Table_output_shows_payoff_side_by_side()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--beloep", "6000", "--beloep", "7000");
        kode.Should().Be(0, feil);
        ut.Should().Contain("Innfridd side om side").And.Contain("6 000 kr").And.Contain("7 000 kr");
        var (kode2, ut2, _) = CliKjoering.Kjoer("framskriv", Enkel, "--fra", "2025-01-01", "--maaneder", "4");
        kode2.Should().Be(0);
        ut2.Should().Contain("2025-04").And.Contain("1 879,88");
    }
}
