using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json.Tests;

public class JsonSkriverTests
{
    private static HvaOmRad Rad(long oere, Beloep? differanse, string? sett = null) => new()
    {
        Sett = sett,
        TrekkPerMaaned = Beloep.FraOere(oere),
        Trekkprosent = Prosent.FraHundredeler(2819),
        Begrensning = "Livsopphold",
        Antatt = [],
        Avledet = [],
        Differanse = differanse,
    };

    [Fact]
    public void Amounts_have_two_decimals_dates_are_iso_and_order_is_fixed()
    {
        var dok = new HvaOmUtdata
        {
            Grunnlag = Rad(1_127_600, null),
            Varianter = [Rad(827_600, Beloep.FraKroner(-3000), "utgifter.boutgift=11000")],
            SatserVersjon = "satser-x",
        };
        var json = JsonSkriver.Skriv(dok, UtleggstrekkJsonContext.Utdata.HvaOmUtdata);
        json.Should().Be("""
            {
              "grunnlag": {
                "trekkPerMaaned": 11276.00,
                "trekkprosent": 28.19,
                "begrensning": "Livsopphold",
                "antatt": [],
                "avledet": []
              },
              "varianter": [
                {
                  "sett": "utgifter.boutgift=11000",
                  "trekkPerMaaned": 8276.00,
                  "trekkprosent": 28.19,
                  "begrensning": "Livsopphold",
                  "antatt": [],
                  "avledet": [],
                  "differanse": -3000.00
                }
              ],
              "satserVersjon": "satser-x"
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is_and_dates_as_uuuu_MM_dd()
    {
        var dok = new TrekkperiodeUtdata
        {
            Fra = new LocalDate(2022, 3, 1),
            Til = null,
            SisteDag = null,
            Grunn = "BIDRAG_INGEN_GRENSE",
            Kilde = "deknl. § 2-7 tredje ledd",
            Forklaring = "Ingen grense for bidrag (særregel) \"sitat\"",
        };
        var json = JsonSkriver.Skriv(dok, UtleggstrekkJsonContext.Utdata.TrekkperiodeUtdata);
        json.Should().Contain("\"fra\": \"2022-03-01\"").And.Contain("\"til\": null").And.Contain("§ 2-7").And.Contain("særregel").And.Contain("\\\"sitat\\\"");
        JsonDocument.Parse(json).RootElement.GetProperty("forklaring").GetString().Should().EndWith("\"sitat\"");
    }

    [Fact]
    public void Converters_read_back_what_they_write()
    {
        var opts = UtleggstrekkJsonContext.Default.Options;
        JsonSerializer.Deserialize<Beloep>("40.98", opts).Should().Be(Beloep.FraOere(4098));
        JsonSerializer.Deserialize<LocalDate>("\"2024-02-29\"", opts).Should().Be(new LocalDate(2024, 2, 29));
        var negativ = () => JsonSerializer.Deserialize<Beloep>("-1", opts);
        negativ.Should().Throw<JsonException>().WithMessage("*UGYLDIG_BELOEP*");
        var dato = () => JsonSerializer.Deserialize<LocalDate>("\"2023-02-29\"", opts);
        dato.Should().Throw<JsonException>();
    }
}
