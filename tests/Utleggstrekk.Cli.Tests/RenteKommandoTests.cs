using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class RenteKommandoTests
{
    [Fact]
    public void Spec_example_forsinkelsesrente()
    {
        // SPEC §5: 10 000 × 0.125 × 12/366 = 40.983… → 40.98 (rate 12.50 % on 2024-06-15..26; 2024 is a leap year).
        var (kode, ut, feil) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2024-06-15", "--til", "2024-06-27", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("rente").GetDecimal().Should().Be(40.98m);
        rot.GetProperty("dager").GetInt32().Should().Be(12);
        rot.GetProperty("antatt").GetBoolean().Should().BeFalse();
        rot.GetProperty("rentetype").GetString().Should().Be("forsinkelsesrente");
        rot.GetProperty("satserVersjon").GetString().Should().StartWith("satser-");
    }

    [Fact]
    public void Agreed_rate_needs_no_satser()
    {
        // 10 000 × 0.2199 × 31/365 (2025-01-01..2025-02-01) = 68 169 / 365 = 186.7643… → 186.76.
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2025-01-01", "--til", "2025-02-01", "--sats", "21.99", "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("rente").GetDecimal().Should().Be(186.76m);
        rot.GetProperty("sats").GetDecimal().Should().Be(21.99m);
        rot.GetProperty("rentetype").GetString().Should().Be("avtalt");
        rot.GetProperty("satserVersjon").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Past_the_table_end_the_last_rate_is_carried_forward_and_flagged()
    {
        // 2025-12-01..2026-12-01: 31 days at 12.25 % (/365), then 334 days of 2026 at 12.00 % (/365), of which the
        // 153 from 2026-07-01 are carried forward past the table's last known day 2026-06-30:
        // 10 000 × (0.1225 × 31 + 0.12 × 334) / 365 = 10 000 × 43.8775 / 365 = 1 202.1232… → 1 202.12.
        // The 2025-07-01 rate is derived (policy rate + 8 pp), so the answer is also avledet.
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2025-12-01", "--til", "2026-12-01", "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("rente").GetDecimal().Should().Be(1202.12m);
        rot.GetProperty("antatt").GetBoolean().Should().BeTrue();
        rot.GetProperty("avledet").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void January_to_June_2026_uses_the_published_12_percent_without_antatt()
    {
        // 2026-01-01..2026-07-01: 181 days at 12.00 % (kred.no, kildegrad sekundaer), /365:
        // 10 000 × 0.12 × 181 / 365 = 595.0684… → 595.07. Known, not assumed; published, not derived.
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2026-01-01", "--til", "2026-07-01", "--json", "--forklar");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("rente").GetDecimal().Should().Be(595.07m);
        rot.GetProperty("antatt").GetBoolean().Should().BeFalse();
        rot.GetProperty("avledet").GetBoolean().Should().BeFalse();
        ut.Should().Contain("\"kildegrad\"").And.Contain("\"sekundaer\"");
        CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2026-01-01", "--til", "2026-07-01").Ut.Should().NotContain("MERK");
    }

    [Fact]
    public void A_derived_forsinkelsesrente_is_named_in_the_table_output()
    {
        // 2025-07-01..2025-12-31 is derived from Norges Bank's policy rate + 8 pp (kildegrad avledet).
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2025-08-01", "--til", "2025-09-01");
        kode.Should().Be(0);
        ut.Should().Contain("MERK: beregningen bruker avledede satser").And.Contain("forsinkelsesrente").And.Contain("styringsrente + 8 prosentpoeng");
    }

    [Fact]
    public void Forklar_shows_one_segment_per_rate_period_with_its_source()
    {
        // 2024-06-15..2024-07-27 crosses 1 July: 16 + 26 days, both at 12.50 %, /366:
        // 10 000 × 0.125 × 42 / 366 = 143.442… → 143.44.
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2024-06-15", "--til", "2024-07-27", "--json", "--forklar");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("rente").GetDecimal().Should().Be(143.44m);
        var f = rot.GetProperty("forklaring");
        f.GetProperty("regel").GetProperty("kilde").GetString().Should().Contain("forsinkelsesrenteloven");
        f.GetProperty("deler").GetArrayLength().Should().Be(2);

        var (_, tekst, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2024-06-15", "--til", "2024-07-27", "--forklar");
        tekst.Should().Contain("Forklaring:").And.Contain("kilde: ");
    }

    [Fact]
    public void Human_output_shows_days_and_interest()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2024-06-15", "--til", "2024-06-27");
        kode.Should().Be(0);
        ut.Should().Contain("40,98 kr").And.Contain("12").And.Contain("eksklusiv");
    }

    [Theory]
    [InlineData(new[] { "--beloep", "10000", "--fra", "2024-06-27", "--til", "2024-06-15" }, "--til = '2024-06-15'", "UGYLDIG_PERIODE")]
    [InlineData(new[] { "--beloep", "-1", "--fra", "2024-06-15", "--til", "2024-06-27" }, "--beloep = '-1'", "UGYLDIG_BELOEP")]
    [InlineData(new[] { "--beloep", "10000,50", "--fra", "2024-06-15", "--til", "2024-06-27" }, "--beloep = '10000,50'", "UGYLDIG_BELOEP")]
    [InlineData(new[] { "--beloep", "10000", "--fra", "15.06.2024", "--til", "2024-06-27" }, "--fra = '15.06.2024'", "UGYLDIG_DATO")]
    [InlineData(new[] { "--beloep", "10000", "--fra", "2024-06-15", "--til", "2024-06-27", "--sats", "12.345" }, "--sats = '12.345'", "UGYLDIG_RENTE")]
    [InlineData(new[] { "--beloep", "10000", "--fra", "2024-06-15" }, "--til", "feil: ")]
    public void Bad_input_exits_2(string[] args, string forventet1, string forventet2) =>
        CliKjoering.Kjoer(["rente", .. args]).SkalVaereUgyldig(forventet1, forventet2);

    [Fact]
    public void Before_the_table_starts_is_refused() =>
        CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "1990-01-01", "--til", "1990-02-01").Kode.Should().Be(2);
}
