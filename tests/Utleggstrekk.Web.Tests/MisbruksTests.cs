using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Utleggstrekk.Web.Tests;

/// <summary>
/// Issue 19's findings, each tried against the real pipeline: wrong amounts a caseworker would not notice, answers
/// too large to compute, 500s for bad input, bodies that never finish, logs that held body values, missing headers.
/// </summary>
public class MisbruksTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private static readonly string Spec = Repo.Eksempel("enslig-spec-eksempel.json");
    private static readonly string Blandet = Repo.Eksempel("trekk-blandet.json");
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static StringContent Json(string tekst) => new(tekst, Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Skjema(params (string Navn, string Verdi)[] felt)
    {
        var innhold = new MultipartFormDataContent();
        foreach (var (navn, verdi) in felt)
        {
            innhold.Add(new StringContent(verdi, Encoding.UTF8), navn);
        }

        return innhold;
    }

    private static (string, string)[] Husstand(string boutgift) =>
    [
        ("beregningsdato", "2025-03-01"), ("brutto", "40 000"), ("forskuddstrekk", "10000"), ("sivilstand", "enslig"),
        ("boutgift", boutgift), ("kostnadsdeling", "halvpart"), ("tak", "normal"), ("antall-varianter", "1"),
    ];

    private async Task<string> SideAsync(string sti, MultipartFormDataContent innhold, HttpStatusCode forventet = HttpStatusCode.OK)
    {
        var svar = await _klient.PostAsync(sti, innhold);
        var html = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(forventet, html);
        return html;
    }

    private static string Trekk(string html) => System.Text.RegularExpressions.Regex.Match(html, "id=\"trekk\">Trekk per måned: ([^<]*)<").Groups[1].Value;

    // ---- Amounts as a Norwegian types them ----

    [Theory]
    [InlineData("9000")]
    [InlineData("9 000")]
    [InlineData("9\u00A0000")]
    [InlineData("9000,00")]
    [InlineData("9 000,00")]
    public async Task The_household_form_reads_nine_thousand_however_a_norwegian_types_it(string boutgift)
    {
        var html = await SideAsync("/", Skjema(Husstand(boutgift)));
        var referanse = await SideAsync("/", Skjema(Husstand("9000")));
        Trekk(html).Should().NotBeEmpty().And.Be(Trekk(referanse));
        Trekk(html).Should().Be("10 276 kr", "40 000 − 10 000 − 10 724 livsopphold − 9 000 boutgift, halvpart for an enslig debtor is the whole");
    }

    [Theory]
    [InlineData("9.000")]
    [InlineData("9,000")]
    [InlineData("9,000.50")]
    [InlineData("9.000,50")]
    [InlineData("90 00")]
    [InlineData("9 000.000")]
    public async Task The_household_form_refuses_an_ambiguous_amount_naming_the_field_and_saying_how_to_write_it(string boutgift)
    {
        var html = await SideAsync("/", Skjema(Husstand(boutgift)));
        html.Should().Contain("<a href=\"#boutgift\">Boutgift per måned</a> («" + System.Net.WebUtility.HtmlEncode(boutgift).Replace("&#160;", "\u00A0", StringComparison.Ordinal) + "»)");
        html.Should().Contain("Skriv beløpet i kroner som 9000 eller 9 000, med komma foran øre: 9 000,50.");
        html.Should().Contain("id=\"boutgift\" name=\"boutgift\" value=\"" + boutgift + "\"").And.Contain("aria-invalid=\"true\"");
        Trekk(html).Should().BeEmpty("no number is shown for input that was not read");
    }

    [Fact]
    public async Task A_variant_amount_follows_the_same_rule()
    {
        var html = await SideAsync("/", Skjema([.. Husstand("9000"), ("variant-felt-0", "boutgift"), ("variant-verdi-0", "9.500")]));
        html.Should().Contain("<a href=\"#variant-verdi-0\">Variant 1: ny verdi</a> («9.500»)");
        var ok = await SideAsync("/", Skjema([.. Husstand("9000"), ("variant-felt-0", "boutgift"), ("variant-verdi-0", "9 500,50")]));
        ok.Should().Contain("<td class=\"endret\">9 775,50 kr<span class=\"skjult\"> (endret)</span></td>", "500.50 kr more boutgift is 500.50 kr less trekk");
    }

    [Theory]
    [InlineData("6.000")]
    [InlineData("6,000.50")]
    [InlineData("6000.00999999999999999999")]
    [InlineData("1e-30")]
    [InlineData("-5")]
    public async Task Every_query_amount_is_read_exactly_or_refused_naming_the_parameter(string beloep)
    {
        var trekk = await File.ReadAllTextAsync(Blandet);
        var fordel = await Http.ProblemAsync(await _klient.PostAsync("/api/fordel?beloep=" + Uri.EscapeDataString(beloep), Json(trekk)), HttpStatusCode.BadRequest);
        Http.Feil(fordel).Should().Equal(("beloep", "UGYLDIG_BELOEP"));
        var framskriv = await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=3&beloep=" + Uri.EscapeDataString(beloep), Json(trekk)), HttpStatusCode.BadRequest);
        Http.Feil(framskriv).Should().Equal(("beloep", "UGYLDIG_BELOEP"));
        var brutto = await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=3&brutto=" + Uri.EscapeDataString(beloep), Json(trekk)), HttpStatusCode.BadRequest);
        Http.Feil(brutto).Should().Equal(("brutto", "UGYLDIG_BELOEP"));
        var side = await SideAsync("/trekk", Skjema(("trekkjson", trekk), ("fra", "2025-01-01"), ("maaneder", "3"), ("beloep", beloep)));
        side.Should().Contain("<a href=\"#beloep\">Trekk per måned i dag (kr)</a>").And.NotContain("id=\"fordeling\"");
    }

    [Fact]
    public async Task A_query_amount_with_a_space_is_the_same_amount()
    {
        var trekk = await File.ReadAllTextAsync(Blandet);
        var med = await Http.OkAsync(await _klient.PostAsync("/api/fordel?beloep=" + Uri.EscapeDataString("6 000,50"), Json(trekk)));
        var uten = await Http.OkAsync(await _klient.PostAsync("/api/fordel?beloep=6000.50", Json(trekk)));
        med.Should().Be(uten).And.Contain("\"beloep\": 6000.50");
    }

    [Theory]
    [InlineData("/api/rente", "{\"beloep\": 8000.00999999999999999999, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\"}", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("/api/rente", "{\"beloep\": 1e-30, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\"}", "beloep", "UGYLDIG_BELOEP")]
    [InlineData("/api/rente", "{\"beloep\": 8000, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\", \"sats\": 21.999}", "sats", "UGYLDIG_RENTE")]
    [InlineData("/api/beregn", "{\"beregningsdato\": \"2025-03-01\", \"skyldner\": {\"bruttoPerMaaned\": 40000.0099999999999999, \"forskuddstrekkPerMaaned\": 0}, \"husstand\": {\"sivilstand\": \"enslig\"}}", "skyldner.bruttoPerMaaned", "UGYLDIG_BELOEP")]
    [InlineData("/api/fordel?beloep=100", "{\"krav\": [{\"id\": \"A\", \"artsprioritet\": \"e\", \"tidsprioritet\": \"2024-05-01\", \"sak\": \"S\", \"prioritetISak\": 1, \"kravtype\": \"hovedstol\", \"gjenstaaende\": 1000.001}]}", "krav[0].gjenstaaende", "UGYLDIG_BELOEP")]
    [InlineData("/api/innsyn?krav=A&dato=2025-01-01", "{\"krav\": [{\"id\": \"A\", \"artsprioritet\": \"e\", \"tidsprioritet\": \"2024-05-01\", \"sak\": \"S\", \"prioritetISak\": 1, \"kravtype\": \"hovedstol\", \"gjenstaaende\": 1e-30}]}", "krav[0].gjenstaaende", "UGYLDIG_BELOEP")]
    public async Task Every_json_amount_is_read_exactly_or_refused_naming_the_field(string sti, string kropp, string felt, string regel)
    {
        var melding = new HttpRequestMessage(HttpMethod.Post, sti) { Content = Json(kropp) };
        melding.Headers.Add(Innsynsoppsett.StandardHeader, "974760673");
        var problem = await Http.ProblemAsync(await _klient.SendAsync(melding), HttpStatusCode.BadRequest);
        Http.Feil(problem).Should().Contain((felt, regel));
    }

    [Fact]
    public async Task A_what_if_amount_with_more_than_two_decimals_is_refused()
    {
        var problem = await Http.ProblemAsync(
            await _klient.PostAsync("/api/hva-om?sett=" + Uri.EscapeDataString("utgifter.boutgift=9000.001"), Json(await File.ReadAllTextAsync(Spec))), HttpStatusCode.BadRequest);
        Http.Feil(problem).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_BELOEP");
    }

    [Fact]
    public async Task An_uploaded_file_with_invalid_utf8_is_refused_not_decoded_to_replacement_characters()
    {
        foreach (var (sti, fil) in new[] { ("/", "sakfil"), ("/trekk", "trekkfil") })
        {
            var innhold = Skjema(Husstand("9000"));
            innhold.Add(new StringContent("3"), "maaneder");
            innhold.Add(new StringContent("2025-01-01"), "fra");
            var bytes = new ByteArrayContent([.. "{\"krav\": [], \"x\": \""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()]);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            innhold.Add(bytes, fil, "feil.json");
            var html = await SideAsync(sti, innhold);
            html.Should().Contain("Ikke gyldig UTF-8").And.NotContain("\uFFFD");
        }
    }

    // ---- Abuse ----

    private static string MangeKrav(int antall) => "{\"krav\": [" + string.Join(",", Enumerable.Range(0, antall).Select(i =>
        $"{{\"id\": \"K{i}\", \"artsprioritet\": \"e\", \"tidsprioritet\": \"2024-05-01\", \"sak\": \"S{i}\", \"prioritetISak\": 1, \"kravtype\": \"hovedstol\", \"gjenstaaende\": 10000}}")) + "]}";

    [Fact]
    public async Task The_worst_case_projection_is_refused_before_any_work_naming_the_limit()
    {
        var kropp = MangeKrav(1329);
        Encoding.UTF8.GetByteCount(kropp).Should().BeLessThan(Grenser.MaksForespoerselBytes);
        var beloep = string.Join("&", Enumerable.Range(1, 20).Select(i => "beloep=" + i * 100));
        var problem = await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=1200&" + beloep, Json(kropp)), HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("type").GetString().Should().Be("urn:utleggstrekk:problem:over-budsjett");
        Http.Feil(problem).Should().ContainSingle().Which.Should().Be(("beloep", "FOR_MANGE_ALTERNATIVER"));

        Http.Feil(await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=12", Json(kropp)), HttpStatusCode.UnprocessableEntity))
            .Should().Equal(("krav", "FOR_MANGE_KRAV"));
        Http.Feil(await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=601", Json(MangeKrav(1))), HttpStatusCode.UnprocessableEntity))
            .Should().Equal(("maaneder", "FOR_MANGE_MAANEDER"));
        Http.Feil(await Http.ProblemAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=600&beloep=1&beloep=2", Json(MangeKrav(51))), HttpStatusCode.UnprocessableEntity))
            .Should().Equal(("maaneder", "OVER_BUDSJETT"));
        Http.Feil(await Http.ProblemAsync(await _klient.PostAsync("/api/fordel?beloep=100", Json(MangeKrav(201))), HttpStatusCode.UnprocessableEntity))
            .Should().Equal(("krav", "FOR_MANGE_KRAV"));

        // At the budget's edge the projection is computed.
        await Http.OkAsync(await _klient.PostAsync("/api/framskriv?fra=2025-01-01&maaneder=600", Json(MangeKrav(100))));
    }

    [Fact]
    public async Task The_same_body_on_the_trekk_page_is_refused_with_a_short_page()
    {
        var svar = await _klient.PostAsync("/trekk", Skjema(("trekkjson", MangeKrav(1329)), ("fra", "2025-01-01"), ("maaneder", "1200"), ("beloep", "100")));
        var html = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("Høyst 200 krav").And.NotContain("id=\"fordeling\"");
        Encoding.UTF8.GetByteCount(html).Should().BeLessThan(400_000, "the page repeats the TREKK.json text and no result");
    }

    [Theory]
    [InlineData("/api/rente", "{\"beloep\": 1000, \"fra\": \"2024-01-01\", \"til\": \"2025-01-01\", \"\\ud800\": 1}")]
    [InlineData("/api/rente", "{\"beloep\": 1000, \"fra\": \"2024-01-01\\udc00\", \"til\": \"2025-01-01\"}")]
    [InlineData("/api/trekkperiode", "{\"kravtype\": \"\\ud800\", \"beslutningsdato\": \"2025-01-15\"}")]
    [InlineData("/api/trekkperiode", "{\"kravtype\": \"bot\", \"\\udbff\": \"x\", \"beslutningsdato\": \"2025-01-15\"}")]
    public async Task A_lone_surrogate_in_a_key_or_value_is_400_naming_the_field(string sti, string kropp)
    {
        var problem = await Http.ProblemAsync(await _klient.PostAsync(sti, Json(kropp)), HttpStatusCode.BadRequest);
        Http.Feil(problem).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_JSON");
    }

    [Fact]
    public async Task A_sett_path_of_1100_parts_is_400_on_the_api_and_an_error_on_the_page()
    {
        var sti = string.Join(".", Enumerable.Repeat("a", 1100));
        var problem = await Http.ProblemAsync(await _klient.PostAsync("/api/hva-om?sett=" + Uri.EscapeDataString(sti + "=1"), Json(await File.ReadAllTextAsync(Spec))), HttpStatusCode.BadRequest);
        Http.Feil(problem).Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_SETT");
        var html = await SideAsync("/", Skjema([.. Husstand("9000"), ("flere-varianter", sti + "=1")]));
        html.Should().Contain("[UGYLDIG_SETT]").And.Contain("Trekk per måned:");
    }

    [Fact]
    public async Task Duplicate_keys_in_the_page_s_sak_json_are_named()
    {
        var html = await SideAsync("/", Skjema(("sakjson", "{\"beregningsdato\": \"2025-03-01\", \"beregningsdato\": \"2025-04-01\"}"), ("antall-varianter", "1")));
        html.Should().Contain("beregningsdato").And.Contain("Feltet står mer enn én gang.").And.Contain("[DUPLIKAT_FELT]");
    }

    [Fact]
    public async Task Unknown_query_parameters_are_refused_by_name_on_every_endpoint()
    {
        var spec = await File.ReadAllTextAsync(Spec);
        var problem = await Http.ProblemAsync(await _klient.PostAsync("/api/beregn?forklaring=true", Json(spec)), HttpStatusCode.BadRequest);
        Http.Feil(problem).Should().Equal(("forklaring", "UKJENT_PARAMETER"));
        foreach (var sti in new[] { "/api/rente?x=1", "/api/trekkperiode?x=1", "/api/fordel?beloep=1&x=1", "/api/satser?x=1", "/helse?x=1" })
        {
            var svar = sti.StartsWith("/api/satser", StringComparison.Ordinal) || sti.StartsWith("/helse", StringComparison.Ordinal)
                ? await _klient.GetAsync(sti)
                : await _klient.PostAsync(sti, Json("{}"));
            Http.Feil(await Http.ProblemAsync(svar, HttpStatusCode.BadRequest)).Should().Contain(("x", "UKJENT_PARAMETER"), sti);
        }
    }

    /// <summary>The service on a real socket (the in-memory test server reads a body whole before the app sees it).</summary>
    private static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Klient)> EkteTjenesteAsync(params string[] args)
    {
        var app = Tjeneste.Lag(["--urls", "http://127.0.0.1:0", .. args]);
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) });
    }

    /// <summary>
    /// Sends a request's headers and the start of a body announced as 1 000 bytes, then nothing more (HttpClient
    /// cannot be made to stop half-way). Returns the connection, so the caller decides when it is abandoned.
    /// </summary>
    private static async Task<System.Net.Sockets.TcpClient> HalvForespoerselAsync(Uri adresse)
    {
        var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(adresse.Host, adresse.Port);
        var start = $"POST /api/beregn HTTP/1.1\r\nHost: {adresse.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"beregningsdato\": ";
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(start));
        return tcp;
    }

    /// <summary>The answer on a connection: status line, headers and body as text.</summary>
    private static async Task<string> SvarAsync(System.Net.Sockets.TcpClient tcp)
    {
        using var tid = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var tekst = new StringBuilder();
        int lest;
        while (!tekst.ToString().Contains("\n}\n", StringComparison.Ordinal) && (lest = await tcp.GetStream().ReadAsync(buffer, tid.Token)) > 0)
        {
            tekst.Append(Encoding.UTF8.GetString(buffer, 0, lest));
        }

        return tekst.ToString();
    }

    [Fact]
    public async Task A_body_that_never_finishes_is_408()
    {
        var (app, klient) = await EkteTjenesteAsync("--Grenser:LesetidSekunder", "1");
        await using (app)
        using (klient)
        {
            using var tcp = await HalvForespoerselAsync(klient.BaseAddress!);
            var svar = await SvarAsync(tcp);
            svar.Should().StartWith("HTTP/1.1 408").And.Contain("application/problem+json").And.Contain("urn:utleggstrekk:problem:tidsavbrudd");
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_full_service_answers_503_with_retry_after()
    {
        var (app, klient) = await EkteTjenesteAsync("--Grenser:Samtidige", "1", "--Grenser:Koe", "0", "--Grenser:LesetidSekunder", "3");
        await using (app)
        using (klient)
        {
            using var holder = await HalvForespoerselAsync(klient.BaseAddress!);

            // The slow body holds the only slot once the server has read its headers; on a loaded machine that can
            // take a while, so ask again (each answer frees its own slot) until refused, within the 3 s read time.
            var kropp = await File.ReadAllTextAsync(Spec);
            var klokke = System.Diagnostics.Stopwatch.StartNew();
            HttpResponseMessage svar;
            do
            {
                await Task.Delay(100);
                svar = await klient.PostAsync("/api/beregn", Json(kropp));
            }
            while (svar.StatusCode == HttpStatusCode.OK && klokke.Elapsed < TimeSpan.FromSeconds(2.5));

            await Http.ProblemAsync(svar, HttpStatusCode.ServiceUnavailable);
            svar.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(Grenser.VentSekunder));
            (await SvarAsync(holder)).Should().StartWith("HTTP/1.1 408", "the slow body holds its slot only until it is refused");
            await Http.OkAsync(await klient.PostAsync("/api/beregn", Json(await File.ReadAllTextAsync(Spec))));
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_4xx_is_one_information_line_with_code_and_path_and_no_body_value_or_stack_trace()
    {
        var fanger = new Loggfanger();
        using var fabrikk2 = fabrikk.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(fanger)));
        using var klient = fabrikk2.CreateClient();
        var kropp = "{\"beregningsdato\": \"2025-03-01\", \"skyldner\": {\"bruttoPerMaaned\": 40000, \"forskuddstrekkPerMaaned\": 0}, \"husstand\": {\"sivilstand\": \"Ola Nordmann 01019012345\"}}";
        await Http.ProblemAsync(await klient.PostAsync("/api/beregn", Json(kropp)), HttpStatusCode.BadRequest);
        await Http.ProblemAsync(await klient.PostAsync("/api/fordel?beloep=Kari+01019054321", Json("{\"krav\": []}")), HttpStatusCode.BadRequest);
        await SideAsyncMed(klient, Skjema(Husstand("Per 31129912345")));

        var linjer = fanger.Linjer;
        linjer.Should().Contain(l => l.Nivaa == LogLevel.Information && l.Tekst == "HTTP 400 POST /api/beregn");
        linjer.Should().Contain(l => l.Nivaa == LogLevel.Information && l.Tekst == "HTTP 400 POST /api/fordel");
        linjer.Should().NotContain(l => l.Nivaa >= LogLevel.Warning && l.Kategori.StartsWith("Utleggstrekk", StringComparison.Ordinal));
        foreach (var (nivaa, kategori, tekst, unntak) in linjer)
        {
            unntak.Should().BeNull($"{kategori}: {tekst}");
            tekst.Should().NotContainAny(["Ola", "01019012345", "Kari", "01019054321", "Per", "31129912345", "   at "], kategori);
            tekst.Should().NotContain("\n", kategori);
        }
    }

    private static async Task SideAsyncMed(HttpClient klient, MultipartFormDataContent innhold) =>
        (await klient.PostAsync("/", innhold)).StatusCode.Should().Be(HttpStatusCode.OK);

    [Theory]
    [InlineData("/")]
    [InlineData("/trekk")]
    [InlineData("/api/satser")]
    public async Task Every_answer_has_the_security_headers(string sti)
    {
        var svar = await _klient.GetAsync(sti);
        svar.StatusCode.Should().Be(HttpStatusCode.OK);
        svar.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
        svar.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        svar.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
    }

    [Fact]
    public async Task The_page_has_a_favicon_and_its_style_sheet_from_a_static_file()
    {
        var html = await _klient.GetStringAsync("/");
        html.Should().Contain("<link rel=\"icon\" href=\"/favicon.svg\"").And.Contain("<link rel=\"stylesheet\" href=\"/side.css\"").And.NotContain("<style");
        foreach (var (sti, type) in new[] { ("/favicon.svg", "image/svg+xml"), ("/favicon.ico", "image/svg+xml"), ("/side.css", "text/css") })
        {
            var svar = await _klient.GetAsync(sti);
            svar.StatusCode.Should().Be(HttpStatusCode.OK, sti);
            svar.Content.Headers.ContentType!.MediaType.Should().Be(type, sti);
        }
    }
}
