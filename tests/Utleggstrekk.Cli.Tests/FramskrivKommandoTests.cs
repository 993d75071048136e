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
        foreach (var felt in new[] { "betaling", "tilbakebetales" })
        {
            if (e.TryGetProperty(felt, out var forventet))
            {
                rot.GetProperty("maaneder").EnumerateArray().Select(m => m.GetProperty(felt).GetDecimal())
                    .Should().Equal(forventet.EnumerateArray().Select(x => x.GetDecimal()), felt);
            }
        }
    }

    [Fact]
    public void The_json_has_the_contract_shape_and_several_amounts_go_under_alternativer()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--brutto", "40000", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.EnumerateObject().Select(p => p.Name).Should().Equal("krav", "maaneder");
        rot.GetProperty("krav")[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "innfridd", "start", "gjenstaaende", "renter", "mottatt", "startAntatt", "startAvledet");
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
        svg.Should().StartWith("<?xml").And.Contain("<svg").And.Contain("Gjenstående");

        // Grouped: the legend names each krav once and each amount once; the second amount's lines are dashed.
        System.Text.RegularExpressions.Regex.Matches(svg, ">F2</text>").Should().HaveCount(1);
        svg.Should().Contain(">6 000 kr</text>").And.Contain(">7 000 kr</text>").And.Contain("stroke-dasharray");
        svg.Should().NotContain(">A</text>", "a løpende bidrag has no balance to draw");

        // The legend is inside the picture: every text starts left of the right edge (960) and above the bottom (540).
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(svg, @"translate\(([0-9.]+),([0-9.]+)\)"))
        {
            double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(900);
            double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(530);
        }
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

    [Fact]
    public void The_table_shows_what_a_loepende_bidrag_takes_per_month_instead_of_a_balance()
    {
        // trekk-innsyn.json: A is a løpende bidrag of 3 000 per month.
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--brutto", "40000");
        kode.Should().Be(0, feil);
        var rad = ut.Split('\n').Single(l => l.StartsWith("A ", StringComparison.Ordinal));
        rad.Should().Contain("3 000/mnd").And.Contain("løpende bidrag, 3 000 per måned").And.NotContain("ikke innen horisonten");

        var (kode2, ut2, _) = CliKjoering.Kjoer("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--beloep", "5000", "--beloep", "9000");
        kode2.Should().Be(0);
        ut2.Split('\n').Last(l => l.StartsWith("A ", StringComparison.Ordinal)).Should().Contain("løpende, 3 000/mnd");
    }
}
