using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

/// <summary>
/// Issue 17: <c>POST /api/framskriv</c> and <c>POST /api/avregn</c> carry <c>"avledet"</c> when interest used the derived
/// forsinkelsesrente of 2025-07-01 – 2025-12-31, and not when it lies wholly in January–June 2026 (12.00 %, sekundaer).
/// </summary>
public class AvledetRenteApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static string Trekk(string renteFra, string mottatt) => $$"""
        {
          "krav": [
            { "id": "F", "artsprioritet": "f", "tidsprioritet": "2024-10-01", "sak": "INK-1", "kravtype": "hovedstol",
              "gjenstaaende": 10000, "rentevilkaar": { "type": "forsinkelsesrente", "renteFra": "{{renteFra}}" } }
          ],
          "mottatt": [ { "dato": "{{mottatt}}", "beloep": 1000 } ]
        }
        """;

    [Theory]
    [InlineData("2025-07-01", "2025-08-01", "2025-10-01", true)]
    [InlineData("2026-01-01", "2026-02-01", "2026-05-01", false)]
    public async Task Avregn_and_framskriv_say_whether_the_interest_used_a_derived_rate(string renteFra, string mottatt, string dato, bool avledet)
    {
        var innhold = Trekk(renteFra, mottatt);
        var avregn = JsonDocument.Parse(await OkAsync(await _klient.PostAsync($"/api/avregn?dato={dato}", JsonInnhold(innhold)))).RootElement;
        avregn.GetProperty("avledet").GetBoolean().Should().Be(avledet);
        avregn.GetProperty("antatt").GetBoolean().Should().BeFalse();

        var framskriv = JsonDocument.Parse(await OkAsync(await _klient.PostAsync($"/api/framskriv?fra={renteFra}&maaneder=3&beloep=1000", JsonInnhold(innhold)))).RootElement;
        framskriv.GetProperty("maaneder").EnumerateArray().Select(m => m.GetProperty("avledet").GetBoolean()).Should().Equal(avledet, avledet, avledet);
    }

    [Theory]
    [InlineData("2025-07-01", true)]
    [InlineData("2026-01-01", false)]
    public async Task Framskriv_flags_a_start_with_interest_stipulated_at_a_derived_rate(string renteFra, bool avledet)
    {
        // From 2026-03-01 the months are at the 12.00 % row; interest from 2025-07-01 stipulated to the start runs over
        // the derived half-year.
        var framskriv = JsonDocument.Parse(await OkAsync(await _klient.PostAsync("/api/framskriv?fra=2026-03-01&maaneder=3&beloep=1000", JsonInnhold(Trekk(renteFra, "2025-05-01"))))).RootElement;
        framskriv.GetProperty("maaneder").EnumerateArray().Should().OnlyContain(m => !m.GetProperty("avledet").GetBoolean());
        framskriv.GetProperty("krav")[0].GetProperty("startAvledet").GetBoolean().Should().Be(avledet);
        framskriv.GetProperty("krav")[0].GetProperty("startAntatt").GetBoolean().Should().BeFalse();
    }
}
