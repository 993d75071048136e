using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using static Utleggstrekk.Web.Tests.Http;

namespace Utleggstrekk.Web.Tests;

public class ApiTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static readonly string Spec = Repo.Eksempel("enslig-spec-eksempel.json");
    private static readonly string Blandet = Repo.Eksempel("trekk-blandet.json");

    [Fact]
    public async Task Beregn_gives_the_spec_example_and_the_cli_json_byte_for_byte()
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/beregn?forklar=true&loennsperiode=uke", JsonInnhold(await File.ReadAllTextAsync(Spec))));
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(11_276m);
        rot.GetProperty("begrensning").GetString().Should().Be("Livsopphold");
        rot.GetProperty("forklaring").GetProperty("deler").GetArrayLength().Should().BeGreaterThan(0);

        var (kode, ut) = KjoerCli("beregn", Spec, "--json", "--forklar", "--loennsperiode", "uke");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Beregn_gives_every_worked_example_its_expected_trekk()
    {
        using var forventet = JsonDocument.Parse(await File.ReadAllTextAsync(Repo.Eksempel("forventet.json")));
        foreach (var e in forventet.RootElement.GetProperty("beregn").EnumerateArray())
        {
            var fil = e.GetProperty("fil").GetString()!;
            var tekst = await OkAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(await File.ReadAllTextAsync(Repo.Eksempel(fil)))));
            var rot = JsonDocument.Parse(tekst).RootElement;
            rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(e.GetProperty("trekkPerMaaned").GetDecimal(), fil);
            rot.GetProperty("begrensning").GetString().Should().Be(e.GetProperty("begrensning").GetString(), fil);
            rot.TryGetProperty("forklaring", out _).Should().BeFalse("the trace is built only when asked for");
        }
    }

    [Fact]
    public async Task Beregn_refuses_an_invalid_case_with_every_field_named()
    {
        var svar = await _klient.PostAsync("/api/beregn", JsonInnhold("""{"beregningsdato":"2025-02-30","skyldner":{"bruttoPerMaaned":-5},"husstand":{"sivilstand":"enke"},"ukjent":1}"""));
        var feil = Feil(await ProblemAsync(svar, HttpStatusCode.BadRequest));
        feil.Should().Contain(("beregningsdato", "UGYLDIG_DATO"));
        feil.Should().Contain(("ukjent", "UKJENT_FELT"));
        feil.Should().Contain(("husstand.sivilstand", "UGYLDIG_VERDI"));
        feil.Select(f => f.Felt).Should().Contain("skyldner.bruttoPerMaaned");
    }

    [Fact]
    public async Task Beregn_refuses_bad_query_parameters_before_reading_the_body()
    {
        var svar = await _klient.PostAsync("/api/beregn?forklar=ja&loennsperiode=aar", JsonInnhold("{}"));
        Feil(await ProblemAsync(svar, HttpStatusCode.BadRequest)).Should().BeEquivalentTo([("forklar", "UGYLDIG_TYPE"), ("loennsperiode", "UGYLDIG_VERDI")]);
    }

    [Fact]
    public async Task Beregn_refuses_malformed_json_with_line_and_position()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/beregn", JsonInnhold("{\"beregningsdato\": ")), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_JSON");
        problem.GetProperty("feil")[0].GetProperty("melding").GetString().Should().Contain("linje 1");
    }

    [Fact]
    public async Task Beregn_refuses_a_date_without_satser_with_422_unless_assumed_rates_are_allowed()
    {
        var sak = (await File.ReadAllTextAsync(Spec)).Replace("2025-03-01", "2031-03-01", StringComparison.Ordinal);
        var problem = await ProblemAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(sak)), HttpStatusCode.UnprocessableEntity);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("beregningsdato", "SATSER_MANGLER"));

        var tekst = await OkAsync(await _klient.PostAsync("/api/beregn?tillatAntatteSatser=true", JsonInnhold(sak)));
        JsonDocument.Parse(tekst).RootElement.GetProperty("antatt").EnumerateArray().Select(a => a.GetString()).Should().Contain("livsopphold");
    }

    [Fact]
    public async Task Beregn_on_the_derived_livsopphold_answers_with_avledet_beside_antatt()
    {
        var sak = (await File.ReadAllTextAsync(Spec)).Replace("2025-03-01", "2026-03-01", StringComparison.Ordinal);
        var rot = JsonDocument.Parse(await OkAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(sak)))).RootElement;
        rot.GetProperty("antatt").GetArrayLength().Should().Be(0);
        rot.GetProperty("avledet").EnumerateArray().Select(a => a.GetString()).Should().Equal("livsopphold");

        var foer = JsonDocument.Parse(await OkAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(await File.ReadAllTextAsync(Spec))))).RootElement;
        foer.GetProperty("avledet").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_with_415()
    {
        var svar = await _klient.PostAsync("/api/beregn", new StringContent("beregningsdato=2025-03-01", Encoding.UTF8, "text/plain"));
        (await ProblemAsync(svar, HttpStatusCode.UnsupportedMediaType)).GetProperty("type").GetString().Should().EndWith("feil-medietype");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var stor = "{\"x\":\"" + new string('a', Grenser.MaksForespoerselBytes) + "\"}";
        var svar = await _klient.PostAsync("/api/beregn", JsonInnhold(stor));
        (await ProblemAsync(svar, HttpStatusCode.RequestEntityTooLarge)).GetProperty("type").GetString().Should().EndWith("for-stor");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_without_content_length_is_refused_with_413()
    {
        var stor = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', Grenser.MaksForespoerselBytes) + "\"}");
        using var innhold = new StreamContent(new MemoryStream(stor));
        innhold.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var forespoersel = new HttpRequestMessage(HttpMethod.Post, "/api/beregn") { Content = innhold };
        forespoersel.Headers.TransferEncodingChunked = true;
        await ProblemAsync(await _klient.SendAsync(forespoersel), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_limit_is_refused()
    {
        var dyp = new string('[', Grenser.MaksDybde + 1) + new string(']', Grenser.MaksDybde + 1);
        var problem = await ProblemAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(dyp)), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Regel.Should().Be("FOR_DYP");

        // At the limit it is read (and refused for its content, not its depth).
        var grense = new string('[', Grenser.MaksDybde) + new string(']', Grenser.MaksDybde);
        Feil(await ProblemAsync(await _klient.PostAsync("/api/beregn", JsonInnhold(grense)), HttpStatusCode.BadRequest)).Should().NotContain(f => f.Regel == "FOR_DYP");
    }

    [Fact]
    public async Task Hva_om_gives_the_cli_json_byte_for_byte()
    {
        var sett = new[] { "utgifter.boutgift=11000", "regler.tak=utvidet;regler.takBegrunnelse=Høy inntekt" };
        var url = "/api/hva-om?" + string.Join("&", sett.Select(s => "sett=" + Uri.EscapeDataString(s)));
        var tekst = await OkAsync(await _klient.PostAsync(url, JsonInnhold(await File.ReadAllTextAsync(Spec))));
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("varianter")[0].GetProperty("trekkPerMaaned").GetDecimal().Should().Be(8276m);
        rot.GetProperty("varianter")[0].GetProperty("differanse").GetDecimal().Should().Be(-3000m);

        var (kode, ut) = KjoerCli("hva-om", Spec, "--sett", sett[0], "--sett", sett[1], "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Hva_om_without_a_variant_is_refused()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/hva-om", JsonInnhold(await File.ReadAllTextAsync(Spec))), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("sett", "PAAKREVD"));
    }

    [Fact]
    public async Task Hva_om_with_too_many_variants_is_refused()
    {
        var url = "/api/hva-om?" + string.Join("&", Enumerable.Range(0, Grenser.MaksAlternativer + 1).Select(i => "sett=utgifter.boutgift%3D" + i));
        Feil(await ProblemAsync(await _klient.PostAsync(url, JsonInnhold(await File.ReadAllTextAsync(Spec))), HttpStatusCode.UnprocessableEntity))
            .Should().ContainSingle().Which.Should().Be(("sett", "FOR_MANGE_ALTERNATIVER"));
    }

    [Fact]
    public async Task Hva_om_names_the_variant_that_breaks_a_rule()
    {
        var url = "/api/hva-om?sett=" + Uri.EscapeDataString("utgifter.boutgift=-1");
        var problem = await ProblemAsync(await _klient.PostAsync(url, JsonInnhold(await File.ReadAllTextAsync(Spec))), HttpStatusCode.BadRequest);
        var f = problem.GetProperty("feil")[0];
        f.GetProperty("felt").GetString().Should().Be("utgifter.boutgift");
        f.GetProperty("melding").GetString().Should().StartWith("(--sett utgifter.boutgift=-1)");
    }

    [Fact]
    public async Task Fordel_gives_the_expected_shares_and_the_cli_json_byte_for_byte()
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/fordel?beloep=4000&forklar=true", JsonInnhold(await File.ReadAllTextAsync(Blandet))));
        var andeler = JsonDocument.Parse(tekst).RootElement.GetProperty("fordeling").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("beloep").GetDecimal());
        andeler["A"].Should().Be(2400m);
        andeler["B"].Should().Be(1600m);

        var (kode, ut) = KjoerCli("fordel", Blandet, "--beloep", "4000", "--forklar", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Fordel_refuses_a_missing_amount_and_an_unknown_rule()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/fordel?regel=tilfeldig", JsonInnhold(await File.ReadAllTextAsync(Blandet))), HttpStatusCode.BadRequest);
        Feil(problem).Should().BeEquivalentTo([("beloep", "PAAKREVD"), ("regel", "UGYLDIG_VERDI")]);
    }

    [Fact]
    public async Task Fordel_refuses_an_invalid_trekk_document_with_the_krav_path()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/fordel?beloep=100", JsonInnhold("""{"krav":[{"id":"A","artsprioritet":"x"}]}""")), HttpStatusCode.BadRequest);
        Feil(problem).Select(f => f.Felt).Should().Contain(f => f.StartsWith("krav[0].", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rente_gives_the_cli_json_byte_for_byte_for_both_rate_types()
    {
        var forsinkelse = await OkAsync(await _klient.PostAsync("/api/rente", JsonInnhold("""{"beloep":10000,"fra":"2024-01-01","til":"2025-01-01","forklar":true}""")));
        var (k1, u1) = KjoerCli("rente", "--beloep", "10000", "--fra", "2024-01-01", "--til", "2025-01-01", "--forklar", "--json");
        k1.Should().Be(0);
        forsinkelse.Should().Be(u1);
        JsonDocument.Parse(forsinkelse).RootElement.GetProperty("rentetype").GetString().Should().Be("forsinkelsesrente");

        var avtalt = await OkAsync(await _klient.PostAsync("/api/rente", JsonInnhold("""{"beloep":10000,"fra":"2024-01-01","til":"2025-01-01","sats":21.99}""")));
        var (k2, u2) = KjoerCli("rente", "--beloep", "10000", "--fra", "2024-01-01", "--til", "2025-01-01", "--sats", "21.99", "--json");
        k2.Should().Be(0);
        avtalt.Should().Be(u2);
        // 10 000 × 21.99 % × 366/365 (2024 is a leap year counted by days) is about 2 205; the CLI agrees, and it is not zero.
        JsonDocument.Parse(avtalt).RootElement.GetProperty("rente").GetDecimal().Should().BeGreaterThan(2000m);
    }

    [Fact]
    public async Task Rente_refuses_every_bad_property_at_once()
    {
        var problem = await ProblemAsync(
            await _klient.PostAsync("/api/rente", JsonInnhold("""{"beloep":"mye","fra":"2025-13-01","sats":-1,"forklar":"ja","ekstra":true}""")),
            HttpStatusCode.BadRequest);
        Feil(problem).Should().BeEquivalentTo([
            ("ekstra", "UKJENT_FELT"), ("beloep", "UGYLDIG_BELOEP"), ("fra", "UGYLDIG_DATO"), ("til", "PAAKREVD"),
            ("sats", Feil(problem).Single(f => f.Felt == "sats").Regel), ("forklar", "UGYLDIG_TYPE")]);
    }

    [Fact]
    public async Task Rente_refuses_an_end_before_the_start()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/rente", JsonInnhold("""{"beloep":100,"fra":"2025-01-02","til":"2025-01-01"}""")), HttpStatusCode.BadRequest);
        Feil(problem).Should().ContainSingle().Which.Should().Be(("til", "UGYLDIG_PERIODE"));
    }

    [Fact]
    public async Task Rente_refuses_a_body_that_is_not_an_object()
    {
        Feil(await ProblemAsync(await _klient.PostAsync("/api/rente", JsonInnhold("[1]")), HttpStatusCode.BadRequest)).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_TYPE");
        Feil(await ProblemAsync(await _klient.PostAsync("/api/rente", JsonInnhold("{")), HttpStatusCode.BadRequest)).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_JSON");
    }

    [Fact]
    public async Task Trekkperiode_gives_the_cli_json_byte_for_byte()
    {
        var tekst = await OkAsync(await _klient.PostAsync("/api/trekkperiode", JsonInnhold("""{"kravtype":"skatt","beslutningsdato":"2025-01-15","inntektsaar":2021}""")));
        var (kode, ut) = KjoerCli("trekkperiode", "--kravtype", "skatt", "--beslutningsdato", "2025-01-15", "--inntektsaar", "2021", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
        JsonDocument.Parse(tekst).RootElement.GetProperty("kilde").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Trekkperiode_refuses_an_unknown_kravtype_and_a_bad_year()
    {
        var problem = await ProblemAsync(await _klient.PostAsync("/api/trekkperiode", JsonInnhold("""{"kravtype":"laan","beslutningsdato":"2025-01-15","inntektsaar":0}""")), HttpStatusCode.BadRequest);
        Feil(problem).Should().BeEquivalentTo([("kravtype", "UGYLDIG_VERDI"), ("inntektsaar", "UGYLDIG_AAR")]);
    }

    [Fact]
    public async Task Trekkperiode_refuses_what_the_engine_refuses_with_the_field()
    {
        // Skatt without inntektsaar: the engine names the field.
        var problem = await ProblemAsync(await _klient.PostAsync("/api/trekkperiode", JsonInnhold("""{"kravtype":"skatt","beslutningsdato":"2025-01-15"}""")), HttpStatusCode.BadRequest);
        Feil(problem).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Satser_gives_the_cli_json_byte_for_byte()
    {
        var svar = await _klient.GetAsync("/api/satser");
        var tekst = await OkAsync(svar);
        var (kode, ut) = KjoerCli("satser", "vis", "--json");
        kode.Should().Be(0);
        tekst.Should().Be(ut);
    }

    [Fact]
    public async Task Health_names_the_satser_version_and_last_known_day()
    {
        var tekst = await OkAsync(await _klient.GetAsync("/helse"));
        var rot = JsonDocument.Parse(tekst).RootElement;
        rot.GetProperty("status").GetString().Should().Be("ok");
        rot.GetProperty("satserVersjon").GetString().Should().StartWith("satser-");
        rot.GetProperty("sistKjenteDag").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
    }

    [Fact]
    public async Task Unknown_paths_and_wrong_methods_are_problems_too()
    {
        (await ProblemAsync(await _klient.GetAsync("/api/finnes-ikke"), HttpStatusCode.NotFound)).GetProperty("type").GetString().Should().EndWith("ikke-funnet");
        (await ProblemAsync(await _klient.GetAsync("/api/beregn"), HttpStatusCode.MethodNotAllowed)).GetProperty("type").GetString().Should().EndWith("metode-ikke-tillatt");
    }
}
