using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// Issue 17: from a fresh clone, a household without samværsbarn computes on 2025-09-01 and 2026-03-01 with the derived
/// livsopphold (kildegrad avledet) and no flag, and every surface of the CLI says the figure is derived; with a
/// samværsbarn the case is refused naming samvær (no samvær figure is known after 2025-06-30, and none is derived).
/// </summary>
public class AvledetTests
{
    private static string Sak(string dato, string husstand) => CliKjoering.Midlertidig($$"""
        { "beregningsdato": "{{dato}}", "skyldner": { "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 10000 },
          "husstand": { {{husstand}} }, "utgifter": { "boutgift": 8000 } }
        """);

    [Theory]
    [InlineData("2025-09-01")]
    [InlineData("2026-03-01")]
    public void A_single_debtor_computes_with_the_derived_livsopphold_and_no_flag(string dato)
    {
        // Enslig 11 046 (10 724 × 1.030, derived) + bolig 8 000 = 19 046; available 40 000 − 10 000 = 30 000;
        // raw 30 000 − 19 046 = 10 954, under the 60 % room 24 000 − 10 000 = 14 000.
        var fil = Sak(dato, "\"sivilstand\": \"enslig\"");
        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", fil, "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(10_954m);
        rot.GetProperty("mellomregning").GetProperty("livsopphold").GetDecimal().Should().Be(11_046m);
        rot.GetProperty("antatt").GetArrayLength().Should().Be(0, "the period 2025-07-01 – 2026-06-30 is in the table");
        rot.GetProperty("avledet").EnumerateArray().Select(e => e.GetString()).Should().Equal("livsopphold");
    }

    [Fact]
    public void A_child_takes_its_derived_band_and_the_table_names_the_table_and_the_rule()
    {
        // Child born 2020-01-01 is 6 on 2026-03-01: barn_6_10 4 690 (4 553 × 1.030). 11 046 + 4 690 + 8 000 = 23 736;
        // raw 30 000 − 23 736 = 6 264.
        var fil = Sak("2026-03-01", "\"sivilstand\": \"enslig\", \"barn\": [ { \"foedselsdato\": \"2020-01-01\" } ]");
        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", fil);
        kode.Should().Be(0, feil);
        ut.Should().Contain(Json.Norskformat.Kr(Engine.Felles.Beloep.FraKroner(6_264)));
        ut.Should().Contain("MERK: beregningen bruker avledede satser, ikke kunngjorte: livsopphold")
            .And.Contain("KPI-endringen mai–mai").And.Contain("forskrift om livsoppholdssatser § 6");
        ut.Should().NotContain("antatte satser");

        var forklart = CliKjoering.Kjoer("beregn", fil, "--forklar").Ut;
        forklart.Should().Contain("kildegrad = avledet").And.Contain("avledet = Livsopphold");
    }

    [Fact]
    public void With_a_samvaersbarn_the_case_is_refused_naming_samvaer_exactly_as_before()
    {
        var fil = Sak("2025-09-01", "\"sivilstand\": \"enslig\", \"samvaersbarn\": [ { \"foedselsdato\": \"2018-05-01\", \"samvaersklasse\": 2 } ]");
        CliKjoering.Kjoer("beregn", fil).SkalVaereUgyldig("samvaer", "2025-09-01", "mangler", "2025-06-30");
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", fil, "--json");
        kode.Should().Be(2);
        JsonDocument.Parse(ut).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("SATSER_MANGLER");
    }

    [Fact]
    public void Before_the_derived_period_nothing_is_flagged()
    {
        var fil = Sak("2025-03-01", "\"sivilstand\": \"enslig\"");
        var (kode, ut, _) = CliKjoering.Kjoer("beregn", fil, "--json");
        kode.Should().Be(0);
        JsonDocument.Parse(ut).RootElement.GetProperty("avledet").GetArrayLength().Should().Be(0);
        CliKjoering.Kjoer("beregn", fil).Ut.Should().NotContain("avledede");
    }

    [Fact]
    public void Satser_vis_json_gives_every_value_its_kildegrad()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("satser", "vis", "--json");
        kode.Should().Be(0);
        var tabeller = JsonDocument.Parse(ut).RootElement.GetProperty("tabeller").EnumerateArray().ToList();
        var livsopphold = tabeller.Single(t => t.GetProperty("navn").GetString() == "livsopphold").GetProperty("perioder").EnumerateArray().ToList();
        livsopphold[^1].GetProperty("verdier").EnumerateArray().Select(v => v.GetProperty("kildegrad").GetString()).Should().OnlyContain(g => g == "avledet");
        livsopphold[^2].GetProperty("verdier").EnumerateArray().Select(v => v.GetProperty("kildegrad").GetString()).Should().OnlyContain(g => g == "sekundaer");
        livsopphold[^3].GetProperty("verdier").EnumerateArray().Select(v => v.GetProperty("kildegrad").GetString()).Should().OnlyContain(g => g == "kunngjort");
        tabeller.SelectMany(t => t.GetProperty("perioder").EnumerateArray()).SelectMany(p => p.GetProperty("verdier").EnumerateArray())
            .Select(v => v.GetProperty("kildegrad").GetString()).Should().OnlyContain(g => g == "kunngjort" || g == "sekundaer" || g == "avledet");
    }
}
