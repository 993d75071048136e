using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class AvregnKommandoTests
{
    private static readonly string Eksempel = CliKjoering.Eksempel("trekk-avregn.json");

    public static TheoryData<string> Tilfeller()
    {
        var data = new TheoryData<string>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("avregn").EnumerateArray())
        {
            data.Add(e.GetRawText());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void Every_avregning_example_gives_the_hand_worked_result(string tilfelle)
    {
        // docs/eksempler/forventet.json ("avregn"): every payment placed by hand in date order (deknl. § 2-8, pkt. 8.7).
        var e = JsonDocument.Parse(tilfelle).RootElement;
        var (kode, ut, feil) = CliKjoering.Kjoer("avregn", CliKjoering.Eksempel(e.GetProperty("fil").GetString()!), "--dato", e.GetProperty("dato").GetString()!, "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        foreach (var k in e.GetProperty("krav").EnumerateObject())
        {
            var r = rot.GetProperty("krav").EnumerateArray().Single(x => x.GetProperty("id").GetString() == k.Name);
            foreach (var felt in k.Value.EnumerateObject())
            {
                r.GetProperty(felt.Name).GetDecimal().Should().Be(felt.Value.GetDecimal(), $"{k.Name}.{felt.Name}");
            }
        }

        var betalinger = rot.GetProperty("betalinger").EnumerateArray().ToList();
        var forventet = e.GetProperty("betalinger").EnumerateArray().ToList();
        betalinger.Should().HaveCount(forventet.Count);
        for (var b = 0; b < forventet.Count; b++)
        {
            betalinger[b].GetProperty("mottatt").GetInt32().Should().Be(forventet[b].GetProperty("mottatt").GetInt32());
            betalinger[b].GetProperty("dato").GetString().Should().Be(forventet[b].GetProperty("dato").GetString());
            betalinger[b].GetProperty("plassert").GetDecimal().Should().Be(forventet[b].GetProperty("plassert").GetDecimal());
            betalinger[b].GetProperty("tilbakebetales").GetDecimal().Should().Be(forventet[b].GetProperty("tilbakebetales").GetDecimal());
        }

        foreach (var felt in e.GetProperty("sum").EnumerateObject())
        {
            rot.GetProperty("sum").GetProperty(felt.Name).GetDecimal().Should().Be(felt.Value.GetDecimal(), felt.Name);
        }
    }

    [Fact]
    public void The_json_has_the_documented_shape()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("avregn", Eksempel, "--dato", "2025-05-31", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.EnumerateObject().Select(p => p.Name).Should().Equal("dato", "regel", "krav", "betalinger", "sum", "antatt", "avledet");
        rot.GetProperty("krav")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "dekketHovedstol", "dekketRenter", "dekket", "renter", "gjenstaaendeHovedstol", "gjenstaaendeRenter", "gjenstaaende");
        var tredje = rot.GetProperty("betalinger")[2];
        tredje.EnumerateObject().Select(p => p.Name).Should().Equal("mottatt", "dato", "beloep", "plassert", "tilbakebetales", "andeler");

        // 2025-04-01: B 2000 (april's bidrag), S its last 1515.62 + 4.98 interest, F the rest 479.40 (hand-worked in forventet.json).
        tredje.GetProperty("andeler").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("hovedstol").GetDecimal(), a.GetProperty("renter").GetDecimal()))
            .Should().Equal(("B", 2000m, 0m), ("S", 1515.62m, 4.98m), ("F", 479.40m, 0m));
    }

    [Fact]
    public void The_table_is_norwegian_and_says_what_is_paid_back()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("avregn", Eksempel, "--dato", "2025-05-31");
        kode.Should().Be(0, feil);
        ut.Should().Contain("Avregning per 2025-05-31").And.Contain("Innbetalinger (i datoorden):")
            .And.Contain("S 1 484,38 + renter 15,62").And.Contain("Tilbakebetales skyldneren: 1 000 kr")
            .And.Contain("Gjenstående på alle krav per 2025-05-31: 520,60 kr");
    }

    [Fact]
    public void A_payment_after_the_date_is_refused_naming_it()
    {
        CliKjoering.Kjoer("avregn", Eksempel, "--dato", "2025-05-19").SkalVaereUgyldig("mottatt[4].dato", "MOTTATT_ETTER_DATO");
    }

    [Fact]
    public void A_bad_date_option_is_refused_naming_the_option()
    {
        CliKjoering.Kjoer("avregn", Eksempel, "--dato", "2025-02-30").SkalVaereUgyldig("--dato");
        var (kode, ut, _) = CliKjoering.Kjoer("avregn", Eksempel, "--dato", "31.05.2025", "--json");
        kode.Should().Be(2);
        JsonDocument.Parse(ut).RootElement.GetProperty("feil")[0].GetProperty("felt").GetString().Should().Be("--dato");
    }

    [Fact]
    public void A_negative_payment_in_the_file_is_refused_naming_it()
    {
        var fil = CliKjoering.Midlertidig(File.ReadAllText(Eksempel).Replace("\"beloep\": 1500", "\"beloep\": -1500", StringComparison.Ordinal));
        try
        {
            CliKjoering.Kjoer("avregn", fil, "--dato", "2025-05-31").SkalVaereUgyldig("mottatt[2].beloep", "UGYLDIG_BELOEP");
        }
        finally
        {
            File.Delete(fil);
        }
    }
}
