using System.Net;
using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

/// <summary><c>POST /api/ansvar</c> and <c>POST /api/avregn</c>: the CLI's JSON, byte for byte, and its refusals as problems.</summary>
public class AnsvarAvregnApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    [Theory]
    [InlineData("ansvar-skatt.json")]
    [InlineData("ansvar-annet.json")]
    public async Task Ansvar_gives_the_cli_json_byte_for_byte(string eksempel)
    {
        var fil = Repo.Eksempel(eksempel);
        var tekst = await OkAsync(await _klient.PostAsync("/api/ansvar", JsonInnhold(await File.ReadAllTextAsync(fil))));
        var (kode, ut) = KjoerCli("ansvar", fil, "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Ansvar_gives_the_hand_worked_liability()
    {
        // docs/eksempler/forventet.json ("ansvar"): 2000 + 3000 + 4234.56 − 1000 paid beyond deducted = 8234.56.
        var tekst = await OkAsync(await _klient.PostAsync("/api/ansvar", JsonInnhold(await File.ReadAllTextAsync(Repo.Eksempel("ansvar-skatt.json")))));
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("ansvar").GetDecimal().Should().Be(8234.56m);
        rot.GetProperty("godskrivesSkyldner").GetDecimal().Should().Be(18000m);
    }

    [Fact]
    public async Task Ansvar_refuses_bad_input_naming_the_field()
    {
        const string Json = """{ "kravGjelder": "annet", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0, "ikkeMeldt": true, "bruttoTrekkgrunnlag": 10 } ] }""";
        var problem = await ProblemAsync(await _klient.PostAsync("/api/ansvar", JsonInnhold(Json)), HttpStatusCode.BadRequest);
        Feil(problem).Should().Contain(("maaneder[0].ikkeMeldt", "IKKE_MELDT_KUN_SKATT"));
    }

    [Fact]
    public async Task Avregn_gives_the_cli_json_byte_for_byte_and_the_hand_worked_result()
    {
        var fil = Repo.Eksempel("trekk-avregn.json");
        var tekst = await OkAsync(await _klient.PostAsync("/api/avregn?dato=2025-05-31", JsonInnhold(await File.ReadAllTextAsync(fil))));
        var (kode, ut) = KjoerCli("avregn", fil, "--dato", "2025-05-31", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        var sum = JsonDocument.Parse(tekst).RootElement.GetProperty("sum");
        sum.GetProperty("tilbakebetales").GetDecimal().Should().Be(1000m);
        sum.GetProperty("gjenstaaende").GetDecimal().Should().Be(520.60m);
    }

    [Fact]
    public async Task Avregn_names_a_missing_date_and_a_payment_after_it()
    {
        var innhold = await File.ReadAllTextAsync(Repo.Eksempel("trekk-avregn.json"));
        var uten = await ProblemAsync(await _klient.PostAsync("/api/avregn", JsonInnhold(innhold)), HttpStatusCode.BadRequest);
        Feil(uten).Should().Contain(f => f.Felt == "dato");
        var etter = await ProblemAsync(await _klient.PostAsync("/api/avregn?dato=2025-05-19", JsonInnhold(innhold)), HttpStatusCode.BadRequest);
        Feil(etter).Should().Contain(("mottatt[4].dato", "MOTTATT_ETTER_DATO"));
    }
}
