using System.Net;
using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

public class ElanApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static string Data(string fil) => Path.Combine(Repo.Rot(), "tests", "Utleggstrekk.Elan.Tests", "Data", fil);

    [Theory]
    [InlineData("begjaering-v1.json", "", true)]
    [InlineData("begjaering-v1.json", "bokstaver=2023", true)]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", "tidsprioritet=2025-02-01", true)]
    [InlineData("oppslag-samordnet-trekk-kommune.json", "", true)]
    [InlineData("begjaering-v0-enkel.json", "", false)]
    public async Task Each_example_gives_the_cli_json_byte_for_byte_with_200_also_with_violations(string fil, string query, bool gyldig)
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/elan/sjekk?" + query, JsonInnhold(await File.ReadAllTextAsync(Data(fil)))));
        string[] valg = query.Length == 0 ? [] : ["--" + query.Split('=')[0], query.Split('=')[1]];
        var (kode, ut) = KjoerCli(["elan", "sjekk", Data(fil), "--json", .. valg]);
        kode.Should().Be(gyldig ? 0 : 1);
        tekst.Should().Be(ut);
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("gyldig").GetBoolean().Should().Be(gyldig);
        (rot.GetProperty("avvik").GetArrayLength() == 0).Should().Be(gyldig);
    }

    [Fact]
    public async Task The_lettering_changes_the_imported_class()
    {
        var foer = JsonDocument.Parse(await OkAsync(await _klient.PostAsync("/api/elan/sjekk", JsonInnhold(await File.ReadAllTextAsync(Data("begjaering-v1.json")))))).RootElement;
        var etter = JsonDocument.Parse(await OkAsync(await _klient.PostAsync("/api/elan/sjekk?bokstaver=2023", JsonInnhold(await File.ReadAllTextAsync(Data("begjaering-v1.json")))))).RootElement;
        foer.GetProperty("bokstaver").GetString().Should().Be("foer2023");
        etter.GetProperty("bokstaver").GetString().Should().Be("2023");
        foer.GetProperty("krav")[0].GetProperty("artsprioritet").GetString().Should().NotBe(etter.GetProperty("krav")[0].GetProperty("artsprioritet").GetString());
    }

    [Theory]
    [InlineData("bokstaver=1999", "bokstaver", "UGYLDIG_VERDI")]
    [InlineData("tidsprioritet=2025-02-30", "tidsprioritet", "UGYLDIG_DATO")]
    [InlineData("bokstaver=2023&bokstaver=foer2023", "bokstaver", "DUPLIKAT_FELT")]
    public async Task Bad_parameters_are_refused_naming_them(string query, string felt, string regel)
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/elan/sjekk?" + query, JsonInnhold(await File.ReadAllTextAsync(Data("begjaering-v1.json")))), HttpStatusCode.BadRequest);
        Feil(problem).Should().Contain((felt, regel));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1]")]
    [InlineData("{\"hvaSomHelst\": 1}")]
    public async Task A_body_that_is_not_an_elan_document_is_400_as_the_cli_exits_2(string innhold)
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/elan/sjekk", JsonInnhold(innhold)), HttpStatusCode.BadRequest);
        Feil(problem).Should().NotBeEmpty();
        var fil = Path.Combine(Path.GetTempPath(), "utleggstrekk-web-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(fil, innhold);
        try
        {
            KjoerCli("elan", "sjekk", fil, "--json").Kode.Should().Be(2);
        }
        finally
        {
            File.Delete(fil);
        }
    }
}
