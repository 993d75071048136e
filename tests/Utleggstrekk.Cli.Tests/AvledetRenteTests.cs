using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// Issue 17: framskriv, innsyn and avregn say when interest they computed used a derived forsinkelsesrente (2025-07-01 –
/// 2025-12-31: Norges Bank's policy rate + 8 pp, kildegrad avledet), in the JSON (<c>"avledet"</c> beside <c>antatt</c>)
/// and with the shared Norwegian MERK line in the table; interest wholly in January–June 2026 (12.00 %, kildegrad
/// sekundaer) is not flagged.
/// </summary>
public class AvledetRenteTests
{
    private const string Merk = "MERK: beregningen bruker avledede satser, ikke kunngjorte: forsinkelsesrente";

    private static string Trekk(string renteFra, string mottatt) => CliKjoering.Midlertidig($$"""
        {
          "status": "etablert",
          "regel": "tidsprioritet",
          "krav": [
            { "id": "F", "artsprioritet": "f", "tidsprioritet": "2024-10-01", "sak": "INK-1", "prioritetISak": 1,
              "kravtype": "hovedstol", "gjenstaaende": 10000, "saksoeker": "934560000",
              "rentevilkaar": { "type": "forsinkelsesrente", "renteFra": "{{renteFra}}" } }
          ],
          "trekkpaalegg": [ { "trekkpliktig": "812340018", "fra": "2024-10-01", "til": null, "beloep": 1000 } ],
          "mottatt": [ { "dato": "{{mottatt}}", "beloep": 1000 } ]
        }
        """);

    [Theory]
    [InlineData("2025-07-01", "2025-08-01", true)]
    [InlineData("2026-01-01", "2026-02-01", false)]
    public void Framskriv_flags_the_months_whose_interest_used_a_derived_rate(string fra, string mottatt, bool avledet)
    {
        var fil = Trekk(fra, mottatt);
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", fil, "--fra", fra, "--maaneder", "4", "--beloep", "1000", "--json");
        kode.Should().Be(0, feil);
        var maaneder = JsonDocument.Parse(ut).RootElement.GetProperty("maaneder").EnumerateArray().ToList();
        maaneder.Should().HaveCount(4);
        maaneder.Should().OnlyContain(m => m.GetProperty("renter").GetDecimal() > 0, "interest runs every month");
        maaneder.Select(m => m.GetProperty("avledet").GetBoolean()).Should().OnlyContain(a => a == avledet);
        maaneder.Select(m => m.GetProperty("antatt").GetBoolean()).Should().OnlyContain(a => !a);

        var tabell = CliKjoering.Kjoer("framskriv", fil, "--fra", fra, "--maaneder", "4", "--beloep", "1000");
        tabell.Kode.Should().Be(0, tabell.Feil);
        if (avledet)
        {
            tabell.Ut.Should().Contain(Merk).And.Contain("Norges Banks styringsrente + 8 prosentpoeng").And.Contain("avledet rente");
        }
        else
        {
            tabell.Ut.Should().NotContain("avledede").And.NotContain("avledet rente");
        }
    }

    [Fact]
    public void Framskriv_flags_only_the_months_that_reach_into_the_derived_period()
    {
        // 2025-05 and 2025-06 are at the published 12.50 %; 2025-07 and 2025-08 at the derived 12.25 %.
        var fil = Trekk("2025-05-01", "2025-05-01");
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", fil, "--fra", "2025-05-01", "--maaneder", "4", "--beloep", "1000", "--json");
        kode.Should().Be(0, feil);
        JsonDocument.Parse(ut).RootElement.GetProperty("maaneder").EnumerateArray().Select(m => m.GetProperty("avledet").GetBoolean())
            .Should().Equal(false, false, true, true);
    }

    [Theory]
    [InlineData("2025-07-01", "2025-10-01", true)]
    [InlineData("2026-01-01", "2026-05-01", false)]
    public void Innsyn_flags_stipulated_interest_at_a_derived_rate(string renteFra, string dato, bool avledet)
    {
        var fil = Trekk(renteFra, dato);
        var (kode, ut, feil) = CliKjoering.Kjoer("innsyn", fil, "--krav", "F", "--dato", dato, "--som", "934560000", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("avledet").GetBoolean().Should().Be(avledet);

        // The stipulated interest is in (a)/(b): 10 000 kr plus interest from renteFra.
        rot.GetProperty("kravMedSammePrioritet").GetProperty("kravetsDividendegrunnlag").GetDecimal().Should().BeGreaterThan(10_000m);

        var tabell = CliKjoering.Kjoer("innsyn", fil, "--krav", "F", "--dato", dato, "--som", "934560000");
        tabell.Kode.Should().Be(0, tabell.Feil);
        if (avledet)
        {
            tabell.Ut.Should().Contain(Merk);
        }
        else
        {
            tabell.Ut.Should().NotContain("avledede");
        }
    }

    [Theory]
    [InlineData("2025-07-01", "2025-08-01", "2025-10-01", true)]
    [InlineData("2026-01-01", "2026-02-01", "2026-05-01", false)]
    public void Avregn_flags_interest_to_the_payment_dates_at_a_derived_rate(string renteFra, string mottatt, string dato, bool avledet)
    {
        var fil = Trekk(renteFra, mottatt);
        var (kode, ut, feil) = CliKjoering.Kjoer("avregn", fil, "--dato", dato, "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("avledet").GetBoolean().Should().Be(avledet);
        rot.GetProperty("antatt").GetBoolean().Should().BeFalse();
        rot.GetProperty("krav")[0].GetProperty("renter").GetDecimal().Should().BeGreaterThan(0m);

        var tabell = CliKjoering.Kjoer("avregn", fil, "--dato", dato);
        tabell.Kode.Should().Be(0, tabell.Feil);
        if (avledet)
        {
            tabell.Ut.Should().Contain(Merk);
        }
        else
        {
            tabell.Ut.Should().NotContain("avledede");
        }
    }

    [Theory]
    [InlineData("2025-07-01", true)]
    [InlineData("2026-01-01", false)]
    public void Framskriv_flags_a_start_figure_with_interest_stipulated_at_a_derived_rate(string renteFra, bool avledet)
    {
        // The projection starts 2026-03-01: its months are at the 12.00 % row (sekundaer), but interest from 2025-07-01
        // stipulated to the start runs over the whole derived half-year.
        var fil = Trekk(renteFra, "2025-05-01");
        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", fil, "--fra", "2026-03-01", "--maaneder", "3", "--beloep", "1000", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("maaneder").EnumerateArray().Should().OnlyContain(m => !m.GetProperty("avledet").GetBoolean() && !m.GetProperty("antatt").GetBoolean());
        var krav = rot.GetProperty("krav")[0];
        krav.GetProperty("startAvledet").GetBoolean().Should().Be(avledet);
        krav.GetProperty("startAntatt").GetBoolean().Should().BeFalse();

        var tabell = CliKjoering.Kjoer("framskriv", fil, "--fra", "2026-03-01", "--maaneder", "3", "--beloep", "1000");
        tabell.Kode.Should().Be(0, tabell.Feil);
        if (avledet)
        {
            tabell.Ut.Should().Contain(Merk).And.Contain("Norges Banks styringsrente + 8 prosentpoeng").And.NotContain("avledet rente", "no month is flagged");
        }
        else
        {
            tabell.Ut.Should().NotContain("avledede");
        }
    }
}
