using System.Net;
using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

public class FramskrivApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static readonly string Innsyn = Repo.Eksempel("trekk-innsyn.json");
    private static readonly string Enkel = Repo.Eksempel("trekk-framskriv.json");

    private async Task<HttpResponseMessage> PostAsync(string query, string fil) =>
        await _klient.PostAsync("/api/framskriv?" + query, JsonInnhold(await File.ReadAllTextAsync(fil)));

    [Fact]
    public async Task The_decided_trekk_gives_the_cli_json_byte_for_byte()
    {
        var tekst = await OkAsync(await PostAsync("fra=2025-03-01&maaneder=24&brutto=40000", Innsyn));
        var (kode, ut) = KjoerCli("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "24", "--brutto", "40000", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("maaneder").GetArrayLength().Should().Be(24);
        // March 2025: 6 000 from 812340018 and 10 % of 40 000 from 822340008 (docs/eksempler/trekk-innsyn.json).
        rot.GetProperty("maaneder")[0].GetProperty("betaling").GetDecimal().Should().Be(10_000m);
    }

    [Fact]
    public async Task The_hand_worked_example_is_paid_off_when_forventet_json_says()
    {
        using var forventet = JsonDocument.Parse(await File.ReadAllTextAsync(Repo.Eksempel("forventet.json")));
        foreach (var e in forventet.RootElement.GetProperty("framskriv").EnumerateArray())
        {
            var fil = Repo.Eksempel(e.GetProperty("fil").GetString()!);
            var query = $"fra={e.GetProperty("fra").GetString()}&maaneder={e.GetProperty("maaneder").GetInt32()}";
            var rot = JsonDocument.Parse(await OkAsync(await PostAsync(query, fil))).RootElement;
            foreach (var k in e.GetProperty("krav").EnumerateObject())
            {
                var r = rot.GetProperty("krav").EnumerateArray().Single(x => x.GetProperty("id").GetString() == k.Name);
                r.GetProperty("innfridd").GetString().Should().Be(k.Value.GetProperty("innfridd").GetString(), fil);
                r.GetProperty("gjenstaaende").GetDecimal().Should().Be(k.Value.GetProperty("gjenstaaende").GetDecimal(), fil);
            }
        }
    }

    [Fact]
    public async Task Several_amounts_give_the_alternatives_as_the_cli_does()
    {
        var tekst = await OkAsync(await PostAsync("fra=2025-03-01&maaneder=12&beloep=6000&beloep=7000.50", Innsyn));
        var (kode, ut) = KjoerCli("framskriv", Innsyn, "--fra", "2025-03-01", "--maaneder", "12", "--beloep", "6000", "--beloep", "7000.50", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        JsonDocument.Parse(tekst).RootElement.GetProperty("alternativer").EnumerateArray()
            .Select(a => a.GetProperty("beloep").GetDecimal()).Should().Equal(6000m, 7000.50m);
    }

    [Fact]
    public async Task One_amount_is_a_single_document_as_in_the_cli()
    {
        var tekst = await OkAsync(await PostAsync("fra=2025-03-01&maaneder=6&beloep=2500", Enkel));
        var (kode, ut) = KjoerCli("framskriv", Enkel, "--fra", "2025-03-01", "--maaneder", "6", "--beloep", "2500", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        JsonDocument.Parse(tekst).RootElement.GetProperty("maaneder")[0].GetProperty("betaling").GetDecimal().Should().Be(2500m);
    }

    [Fact]
    public async Task The_end_of_the_trekkperiode_stops_the_payments_as_in_the_cli()
    {
        var tekst = await OkAsync(await PostAsync("fra=2025-03-01&maaneder=6&trekkperiodeSlutt=2025-05-01", Enkel));
        var (kode, ut) = KjoerCli("framskriv", Enkel, "--fra", "2025-03-01", "--maaneder", "6", "--trekkperiode-slutt", "2025-05-01", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        JsonDocument.Parse(tekst).RootElement.GetProperty("maaneder")[2].GetProperty("betaling").GetDecimal().Should().Be(0m);
    }

    [Fact]
    public async Task Missing_parameters_are_each_named()
    {
        var problem = await ProblemAsync(await PostAsync(string.Empty, Enkel), HttpStatusCode.BadRequest);
        Feil(problem).Should().BeEquivalentTo([("fra", "PAAKREVD"), ("maaneder", "PAAKREVD")]);
    }

    [Theory]
    [InlineData("fra=2025-02-30&maaneder=3", "fra", "UGYLDIG_DATO")]
    [InlineData("fra=2025-03-01&maaneder=0", "maaneder", "UGYLDIG_VERDI")]
    [InlineData("fra=2025-03-01&maaneder=99999999999", "maaneder", "UGYLDIG_VERDI")]
    [InlineData("fra=2025-03-01&maaneder=tre", "maaneder", "UGYLDIG_VERDI")]
    [InlineData("fra=2025-03-01&maaneder=3&beloep=-5", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&beloep=mye", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&brutto=1.500", "brutto", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&brutto=1,000.50", "brutto", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&beloep=6000.00999999999999999999", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&beloep=1e-30", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("fra=2025-03-01&maaneder=3&trekkperiodeSlutt=mai", "trekkperiodeSlutt", "UGYLDIG_DATO")]
    [InlineData("fra=2025-03-01&fra=2025-04-01&maaneder=3", "fra", "DUPLIKAT_FELT")]
    public async Task A_bad_parameter_is_refused_naming_it(string query, string felt, string regel)
    {
        var problem = await ProblemAsync(await PostAsync(query, Enkel), HttpStatusCode.BadRequest);
        Feil(problem).Should().Contain((felt, regel));
    }

    [Fact]
    public async Task More_amounts_than_the_limit_are_refused()
    {
        var query = "fra=2025-03-01&maaneder=3&" + string.Join("&", Enumerable.Range(1, Grenser.MaksAlternativer + 1).Select(i => "beloep=" + i));
        Feil(await ProblemAsync(await PostAsync(query, Enkel), HttpStatusCode.UnprocessableEntity)).Should().ContainSingle().Which.Should().Be(("beloep", "FOR_MANGE_ALTERNATIVER"));
    }

    [Fact]
    public async Task A_percent_trekk_without_gross_income_is_refused_as_in_the_cli()
    {
        var problem = await ProblemAsync(await PostAsync("fra=2025-03-01&maaneder=3", Innsyn), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("bruttoinntekt", "PAAKREVD"));

        // A what-if amount does not need it.
        await OkAsync(await PostAsync("fra=2025-03-01&maaneder=3&beloep=5000", Innsyn));
    }

    [Fact]
    public async Task An_invalid_trekk_document_is_refused_with_the_krav_path()
    {
        var svar = await _klient.PostAsync("/api/framskriv?fra=2025-03-01&maaneder=3", JsonInnhold("""{"krav":[{"id":"A","artsprioritet":"x"}],"ukjent":1}"""));
        var feil = Feil(await ProblemAsync(svar, HttpStatusCode.BadRequest));
        feil.Select(f => f.Felt).Should().Contain(f => f.StartsWith("krav[0].", StringComparison.Ordinal)).And.Contain("ukjent");
    }

    [Fact]
    public async Task Interest_before_the_first_known_rate_is_422()
    {
        var trekk = """{"krav":[{"id":"X","artsprioritet":"f","tidsprioritet":"2000-01-01","sak":"S","kravtype":"hovedstol","gjenstaaende":1000,"rentevilkaar":{"type":"forsinkelsesrente","renteFra":"2000-01-01"}}]}""";
        var svar = await _klient.PostAsync("/api/framskriv?fra=2000-01-01&maaneder=3&beloep=100", JsonInnhold(trekk));
        (await ProblemAsync(svar, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString().Should().EndWith("satser-mangler");
    }
}
