using System.Net;
using System.Text.Json;

namespace Utleggstrekk.Web.Tests;

public class OpenapiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    /// <summary>
    /// docs/openapi.json is the document the service serves. Regenerate with
    /// <c>UTLEGGSTREKK_OPPDATER_DOCS=1 dotnet test tests/Utleggstrekk.Web.Tests -c Release --filter Openapi</c>.
    /// </summary>
    [Fact]
    public async Task The_checked_in_openapi_document_is_the_served_one()
    {
        var svar = await _klient.GetAsync("/openapi/v1.json");
        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        var tjent = (await svar.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var fil = Stier.Docs("openapi.json");
        if (Stier.Oppdater)
        {
            await File.WriteAllTextAsync(fil, tjent);
        }

        File.Exists(fil).Should().BeTrue("docs/openapi.json is checked in (regenerate with UTLEGGSTREKK_OPPDATER_DOCS=1)");
        (await File.ReadAllTextAsync(fil)).Should().Be(tjent, "docs/openapi.json is stale: regenerate with UTLEGGSTREKK_OPPDATER_DOCS=1");
    }

    [Fact]
    public async Task The_document_describes_every_operation_with_its_result_and_problem_shapes()
    {
        var rot = JsonDocument.Parse(await _klient.GetStringAsync("/openapi/v1.json")).RootElement;
        var stier = rot.GetProperty("paths");
        foreach (var (sti, skjema) in new[]
        {
            ("/api/beregn", "BeregnUtdata"), ("/api/hva-om", "HvaOmUtdata"), ("/api/fordel", "FordelUtdata"),
            ("/api/rente", "RenteUtdata"), ("/api/trekkperiode", "TrekkperiodeUtdata"),
        })
        {
            var post = stier.GetProperty(sti).GetProperty("post");
            post.GetProperty("responses").GetProperty("200").GetRawText().Should().Contain("#/components/schemas/" + skjema, sti);
            post.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(sti);
            post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue(sti);
        }

        stier.GetProperty("/api/satser").TryGetProperty("get", out _).Should().BeTrue();
        stier.GetProperty("/helse").TryGetProperty("get", out _).Should().BeTrue();

        // Amounts and dates are described as the JSON has them: numbers and date strings.
        var skjemaer = rot.GetProperty("components").GetProperty("schemas");
        skjemaer.GetProperty("Beloep").GetProperty("type").GetString().Should().Be("number");
        skjemaer.GetProperty("LocalDate").GetProperty("format").GetString().Should().Be("date");
    }
}
