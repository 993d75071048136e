using System.Net;
using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

/// <summary>POST /api/trekkgrunnlag, POST /api/samordne and GET /api/forfall: the CLI's JSON, byte for byte.</summary>
public class EtterTrekketApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    [Theory]
    [InlineData("trekkgrunnlag", "trekkgrunnlag-skatt.json")]
    [InlineData("trekkgrunnlag", "trekkgrunnlag-annet.json")]
    [InlineData("samordne", "samordne.json")]
    [InlineData("samordne", "samordne-bidrag.json")]
    public async Task The_body_gives_the_cli_json_byte_for_byte(string operasjon, string eksempel)
    {
        var fil = Repo.Eksempel(eksempel);
        var tekst = await OkAsync(await _klient.PostAsync("/api/" + operasjon, JsonInnhold(await File.ReadAllTextAsync(fil))));
        var (kode, ut) = KjoerCli(operasjon, fil, "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Trekkgrunnlag_gives_the_hand_worked_sums()
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/trekkgrunnlag", JsonInnhold(await File.ReadAllTextAsync(Repo.Eksempel("trekkgrunnlag-skatt.json")))));
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("bruttoPerMaaned").GetDecimal().Should().Be(40_000m);
        rot.GetProperty("andreInntekterPerMaaned").GetDecimal().Should().Be(4_766m);
    }

    [Fact]
    public async Task Samordne_lowers_the_trekk_of_worse_priority()
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/samordne", JsonInnhold("""{ "trekkevne": 5000, "trekk": [ { "id": "gammel", "artsprioritet": "f", "tidsprioritet": "2024-01-01", "beloepPerMaaned": 4000 }, { "id": "ny", "artsprioritet": "e", "tidsprioritet": "2025-01-01", "beloepPerMaaned": 3000 } ] }""")));
        var trekk = JsonDocument.Parse(tekst).RootElement.GetProperty("trekk");
        trekk[0].GetProperty("nyttBeloepPerMaaned").GetDecimal().Should().Be(2_000m);
        trekk[0].GetProperty("endring").GetString().Should().Be("senkes");
        trekk[1].GetProperty("endring").GetString().Should().Be("uendret");
    }

    [Fact]
    public async Task Forfall_gives_the_cli_json_byte_for_byte()
    {
        var tekst = await OkAsync(await _klient.GetAsync("/api/forfall?fra=2025-01&til=2026-02&skattetrekkskonto=true"));
        var (kode, ut) = KjoerCli("forfall", "--fra", "2025-01", "--til", "2026-02", "--skattetrekkskonto", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        JsonDocument.Parse(tekst).RootElement.GetProperty("terminer")[0].GetProperty("betalingsfrist").GetString().Should().Be("2025-03-17");

        var uten = await OkAsync(await _klient.GetAsync("/api/forfall?fra=2025-01&til=2025-03"));
        uten.Should().Be(KjoerCli("forfall", "--fra", "2025-01", "--til", "2025-03", "--json").Ut);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_each_field()
    {
        var tg = await ProblemAsync(await _klient.PostAsync("/api/trekkgrunnlag", JsonInnhold("""{ "kravGjelder": "bot", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": -1 } ] }""")), HttpStatusCode.BadRequest);
        Feil(tg).Select(f => f.Felt).Should().BeEquivalentTo("kravGjelder", "ytelser[0].bruttoPerMaaned");

        var sam = await ProblemAsync(await _klient.PostAsync("/api/samordne", JsonInnhold("""{ "trekkevne": 1, "trekk": [ { "id": "A", "artsprioritet": "x", "tidsprioritet": "2025-01-01", "beloepPerMaaned": 1 } ] }""")), HttpStatusCode.BadRequest);
        Feil(sam).Should().Contain(("trekk[0].artsprioritet", "UKJENT_ARTSPRIORITET"));

        var forfall = await ProblemAsync(await _klient.GetAsync("/api/forfall?fra=2025-1"), HttpStatusCode.BadRequest);
        Feil(forfall).Should().BeEquivalentTo([("fra", "UGYLDIG_MAANED"), ("til", "PAAKREVD")]);

        var baklengs = await ProblemAsync(await _klient.GetAsync("/api/forfall?fra=2025-05&til=2025-04"), HttpStatusCode.BadRequest);
        Feil(baklengs).Should().ContainSingle().Which.Should().Be(("til", "UGYLDIG_PERIODE"));
    }

    [Fact]
    public async Task The_input_policy_holds_for_the_three_endpoints()
    {
        var ukjent = await ProblemAsync(await _klient.GetAsync("/api/forfall?fra=2025-01&til=2025-02&konto=true"), HttpStatusCode.BadRequest);
        Feil(ukjent).Should().ContainSingle().Which.Should().Be(("konto", "UKJENT_PARAMETER"));

        var dobbel = await ProblemAsync(await _klient.GetAsync("/api/forfall?fra=2025-01&fra=2025-02&til=2025-03"), HttpStatusCode.BadRequest);
        Feil(dobbel).Should().ContainSingle().Which.Should().Be(("fra", "DUPLIKAT_FELT"));

        var parameter = await ProblemAsync(await _klient.PostAsync("/api/samordne?forklar=true", JsonInnhold("""{ "trekkevne": 1, "trekk": [] }""")), HttpStatusCode.BadRequest);
        Feil(parameter).Should().ContainSingle().Which.Should().Be(("forklar", "UKJENT_PARAMETER"));

        var medietype = await _klient.PostAsync("/api/trekkgrunnlag", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));
        medietype.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
