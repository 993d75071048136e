using System.Net;
using System.Text.Json;
using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

/// <summary>
/// <c>POST /api/innsyn</c>: the requester is the organisation number in the platform's header and nothing else; each
/// refusal has its status and code (docs/web.md, docs/drift.md).
/// </summary>
public class InnsynApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static readonly string Trekk = Repo.Eksempel("trekk-innsyn.json");
    private static readonly string Avsluttet = Repo.Eksempel("trekk-innsyn-avsluttet.json");

    // F1: saksøker 934560000, prosessfullmektig 998870003. 912340007 is saksøker of F2 only. All valid MOD11.
    private const string Saksoeker = "934560000";
    private const string Fullmektig = "998870003";
    private const string AnnenKreditor = "912340007";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient klient, string query, string? orgnr, string? innhold = null, string fil = "", string header = Innsynsoppsett.StandardHeader)
    {
        using var forespoersel = new HttpRequestMessage(HttpMethod.Post, "/api/innsyn?" + query)
        {
            Content = JsonInnhold(innhold ?? await File.ReadAllTextAsync(fil.Length == 0 ? Trekk : fil)),
        };
        if (orgnr is not null)
        {
            forespoersel.Headers.TryAddWithoutValidation(header, orgnr);
        }

        return await klient.SendAsync(forespoersel);
    }

    private Task<HttpResponseMessage> SendAsync(string query, string? orgnr, string? innhold = null, string fil = "") => SendAsync(_klient, query, orgnr, innhold, fil);

    [Theory]
    [InlineData(Saksoeker)]
    [InlineData(Fullmektig)]
    public async Task The_saksoeker_and_the_prosessfullmektig_get_the_cli_json_byte_for_byte(string som)
    {
        var svar = await SendAsync("krav=F1&dato=2025-03-15", som);
        var tekst = await OkAsync(svar);
        svar.Headers.CacheControl!.NoStore.Should().BeTrue("the answer holds a debtor's finances");
        var (kode, ut) = KjoerCli("innsyn", Trekk, "--krav", "F1", "--dato", "2025-03-15", "--som", som, "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("besluttetTrekkPerTrekkpliktig").GetArrayLength().Should().BeGreaterThan(0);
        tekst.Should().NotContain("\"F2\"", "nothing in the answer names another krav");
    }

    [Fact]
    public async Task Without_the_header_innsyn_is_refused_with_403()
    {
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", null), HttpStatusCode.Forbidden);
        problem.GetProperty("type").GetString().Should().EndWith("innsyn-uten-orgnr");
        Feil(problem).Should().ContainSingle().Which.Should().Be((Innsynsoppsett.StandardHeader, "INNSYN_UTEN_ORGNR"));

        (await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", "  "), HttpStatusCode.Forbidden)).GetProperty("type").GetString().Should().EndWith("innsyn-uten-orgnr");
    }

    [Fact]
    public async Task An_orgnr_in_the_body_is_never_used_the_document_with_it_is_refused()
    {
        // The header names another creditor; a body that claims to be the saksøker does not give innsyn.
        var tekst = (await File.ReadAllTextAsync(Trekk)).Replace("\"status\": \"etablert\",", $"\"status\": \"etablert\", \"som\": \"{Saksoeker}\",", StringComparison.Ordinal);
        tekst.Should().Contain("\"som\"");
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", AnnenKreditor, tekst), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("som", "UKJENT_FELT"));

        // Without the header, the body's orgnr does not stand in for it either.
        await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", null, tekst), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("som")]
    [InlineData("orgnr")]
    public async Task An_orgnr_as_a_query_parameter_is_refused(string navn)
    {
        var problem = await ProblemAsync(await SendAsync($"krav=F1&dato=2025-03-15&{navn}={Saksoeker}", AnnenKreditor), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be((navn, "ORGNR_BARE_I_HEADER"));
    }

    [Theory]
    [InlineData("93456000")]
    [InlineData("934560001")]
    [InlineData("abcdefghi")]
    public async Task An_invalid_orgnr_in_the_header_is_400_naming_the_header(string orgnr)
    {
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", orgnr), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be((Innsynsoppsett.StandardHeader, "UGYLDIG_ORGNR"));
    }

    [Fact]
    public async Task Two_orgnr_values_in_the_header_are_refused()
    {
        using var forespoersel = new HttpRequestMessage(HttpMethod.Post, "/api/innsyn?krav=F1&dato=2025-03-15") { Content = JsonInnhold(await File.ReadAllTextAsync(Trekk)) };
        forespoersel.Headers.TryAddWithoutValidation(Innsynsoppsett.StandardHeader, [AnnenKreditor, Saksoeker]);
        var problem = await ProblemAsync(await _klient.SendAsync(forespoersel), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be((Innsynsoppsett.StandardHeader, "DUPLIKAT_FELT"));
    }

    [Fact]
    public async Task A_creditor_that_is_not_party_to_the_krav_is_refused_with_403()
    {
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", AnnenKreditor), HttpStatusCode.Forbidden);
        problem.GetProperty("type").GetString().Should().EndWith("innsyn-ikke-part");
        Feil(problem).Should().ContainSingle().Which.Should().Be((Innsynsoppsett.StandardHeader, "INNSYN_IKKE_PART"));
        problem.GetProperty("feil")[0].GetProperty("verdi").GetString().Should().Be(AnnenKreditor);
    }

    [Fact]
    public async Task An_ended_trekk_is_refused_with_403()
    {
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", Saksoeker, fil: Avsluttet), HttpStatusCode.Forbidden);
        problem.GetProperty("type").GetString().Should().EndWith("innsyn-trekk-avsluttet");
        Feil(problem).Should().ContainSingle().Which.Should().Be(("status", "INNSYN_TREKK_AVSLUTTET"));
    }

    [Fact]
    public async Task An_unknown_krav_is_404()
    {
        var problem = await ProblemAsync(await SendAsync("krav=Z9&dato=2025-03-15", Saksoeker), HttpStatusCode.NotFound);
        problem.GetProperty("type").GetString().Should().EndWith("innsyn-ukjent-krav");
        Feil(problem).Should().ContainSingle().Which.Should().Be(("krav", "INNSYN_UKJENT_KRAV"));
    }

    [Fact]
    public async Task Every_refusal_code_is_the_one_the_cli_gives()
    {
        foreach (var (fil, krav, som, status) in new[]
        {
            (Trekk, "F1", AnnenKreditor, HttpStatusCode.Forbidden), (Avsluttet, "F1", Saksoeker, HttpStatusCode.Forbidden), (Trekk, "Z9", Saksoeker, HttpStatusCode.NotFound),
        })
        {
            var problem = await ProblemAsync(await SendAsync($"krav={krav}&dato=2025-03-15", som, fil: fil), status);
            var (kode, ut) = KjoerCli("innsyn", fil, "--krav", krav, "--dato", "2025-03-15", "--som", som, "--json");
            kode.Should().Be(2);
            var cli = JsonDocument.Parse(ut).RootElement.GetProperty("feil")[0];
            var web = problem.GetProperty("feil")[0];
            web.GetProperty("regel").GetString().Should().Be(cli.GetProperty("regel").GetString());
            web.GetProperty("melding").GetString().Should().Be(cli.GetProperty("melding").GetString());
        }
    }

    [Fact]
    public async Task Missing_and_bad_parameters_are_each_named()
    {
        Feil(await ProblemAsync(await SendAsync(string.Empty, Saksoeker), HttpStatusCode.BadRequest)).Should().BeEquivalentTo([("krav", "PAAKREVD"), ("dato", "PAAKREVD")]);
        Feil(await ProblemAsync(await SendAsync("krav=F1&dato=15.03.2025", Saksoeker), HttpStatusCode.BadRequest)).Should().ContainSingle().Which.Should().Be(("dato", "UGYLDIG_DATO"));
    }

    [Fact]
    public async Task An_invalid_trekk_document_is_400_with_its_paths()
    {
        var problem = await ProblemAsync(await SendAsync("krav=F1&dato=2025-03-15", Saksoeker, """{"status":"halvferdig","krav":[]}"""), HttpStatusCode.BadRequest);
        Feil(problem).Select(f => f.Felt).Should().Contain("status");
    }

    [Fact]
    public async Task The_header_name_can_be_configured_and_then_only_that_header_counts()
    {
        using var annen = fabrikk.WithWebHostBuilder(b => b.UseSetting(Innsynsoppsett.Konfigurasjonsnoekkel, "X-Plattform-Orgnr"));
        var klient = annen.CreateClient();
        await OkAsync(await SendAsync(klient, "krav=F1&dato=2025-03-15", Saksoeker, fil: Trekk, header: "X-Plattform-Orgnr"));
        var problem = await ProblemAsync(await SendAsync(klient, "krav=F1&dato=2025-03-15", Saksoeker, fil: Trekk), HttpStatusCode.Forbidden);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("X-Plattform-Orgnr", "INNSYN_UTEN_ORGNR"));
    }

    [Theory]
    [InlineData("X Orgnr")]
    [InlineData("X-Orgnr:")]
    public void A_header_name_that_is_not_a_token_stops_the_start(string navn)
    {
        var lag = () => Tjeneste.Lag(["--" + Innsynsoppsett.Konfigurasjonsnoekkel, navn, "--urls", "http://127.0.0.1:0"]);
        lag.Should().Throw<OppsettException>().WithMessage("*Innsyn:OrgnrHeader*");
    }

    [Fact]
    public async Task Started_with_a_bad_header_name_the_service_exits_2()
    {
        (await Tjeneste.KjoerAsync(["--" + Innsynsoppsett.Konfigurasjonsnoekkel, "X Orgnr", "--urls", "http://127.0.0.1:0"])).Should().Be(2);
    }
}
