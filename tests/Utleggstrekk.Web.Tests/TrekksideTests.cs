using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Utleggstrekk.Web.Tests;

/// <summary>The TREKK.json view of the caseworker page through HTTP (the browser test drives it in Chromium).</summary>
public class TrekksideTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static MultipartFormDataContent Skjema(string? fil, params (string Navn, string Verdi)[] felt)
    {
        var innhold = new MultipartFormDataContent();
        foreach (var (navn, verdi) in felt)
        {
            innhold.Add(new StringContent(verdi, Encoding.UTF8), navn);
        }

        if (fil is not null)
        {
            var filinnhold = new ByteArrayContent(File.ReadAllBytes(Repo.Eksempel(fil)));
            filinnhold.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            innhold.Add(filinnhold, "trekkfil", fil);
        }

        return innhold;
    }

    private async Task<string> PostAsync(MultipartFormDataContent innhold)
    {
        var svar = await _klient.PostAsync(Sider.TrekkSti, innhold);
        var html = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(HttpStatusCode.OK, html);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        return html;
    }

    /// <summary>The rows of the table with id <paramref name="id"/>: each row's header and cells as text.</summary>
    private static List<string[]> Rader(string html, string id)
    {
        var tabell = Regex.Match(html, $"<table id=\"{id}\".*?</table>", RegexOptions.Singleline).Value;
        tabell.Should().NotBeEmpty(id);
        var kropp = Regex.Match(tabell, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(kropp, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(c => Regex.Replace(c.Groups[1].Value, "<[^>]+>", string.Empty)).ToArray())];
    }

    /// <summary>The line series of one chart: polylines drawn 2 px wide with more than the legend swatch's two points.</summary>
    private static int Serier(string html, string figur)
    {
        var svg = Regex.Match(html, $"<figure id=\"{figur}\">.*?</figure>", RegexOptions.Singleline).Value;
        return Regex.Matches(svg, "<polyline points=\"([^\"]*)\"[^>]*stroke-width=\"2\"").Count(m => m.Groups[1].Value.Split(' ').Length > 2);
    }

    [Fact]
    public async Task The_empty_view_has_a_labelled_field_for_every_input_and_both_views_link_each_other()
    {
        var html = await _klient.GetStringAsync(Sider.TrekkSti);
        html.Should().Contain("<html lang=\"nb\">").And.NotContain("<script");
        foreach (var id in TrekkModell.Felter.Select(f => f.Id).Append("trekkfil").Append("trekkjson"))
        {
            html.Should().Contain($"<label for=\"{id}\">", id).And.Contain($"id=\"{id}\"", id);
        }

        html.Should().Contain($"<a href=\"{Sider.TrekkSti}\" aria-current=\"page\">");
        (await _klient.GetStringAsync("/")).Should().Contain($"<a href=\"{Sider.TrekkSti}\">").And.Contain("<a href=\"/\" aria-current=\"page\">");
    }

    [Fact]
    public async Task The_mixed_example_shows_the_fordeling_per_krav_and_a_chart_per_amount_with_one_series_per_krav()
    {
        var html = await PostAsync(Skjema("trekk-blandet.json", ("fra", "2025-03-01"), ("maaneder", "24"), ("beloep", "6 000"), ("hva-om", "9000")));
        html.Should().Contain("Trekket er lest fra trekk-blandet.json.").And.NotContain("id=\"feil\"");

        // 6 000: the løpende bidrag A and B (class a) take 3 000 + 2 000, then F (class d) 1 000; class e and f nothing.
        Rader(html, "fordeling").Select(r => (r[0], r[6])).Should().Equal(
            ("A", "3 000 kr"), ("B", "2 000 kr"), ("C", "0 kr"), ("D", "0 kr"), ("E", "0 kr"), ("F", "1 000 kr"));

        Serier(html, "diagram-i-dag").Should().Be(4, "C, D, E and F have a balance; the løpende bidrag A and B do not");
        Serier(html, "diagram-hva-om").Should().Be(4);
        html.Should().Contain("Hva om trekket var 9 000 kr per måned");

        // 9 000: F's 4 000 in March; then 4 000 a month to C (20 000: April–August), D's 1 500 and 2 500 to E in
        // September, E's remaining 7 500 by November. 6 000: 1 000 a month to F (March–June), then to C for 20 months.
        Rader(html, "innfridd").Select(r => string.Join(" | ", r)).Should().Equal(
            "C | 2027-02 | 2025-08",
            "D | ikke innen horisonten (1 500 kr igjen) | 2025-09",
            "E | ikke innen horisonten (10 000 kr igjen) | 2025-11",
            "F | 2025-06 | 2025-03");
    }

    [Theory]
    [InlineData("2025-07-01", "2025-07-01", true)]
    [InlineData("2026-01-01", "2026-01-01", false)]
    [InlineData("2025-07-01", "2026-03-01", true)] // only the start's stipulated interest is at the derived rate
    [InlineData("2026-01-01", "2026-03-01", false)]
    public async Task Interest_at_a_derived_forsinkelsesrente_is_named_in_the_shared_warning(string renteFra, string fra, bool avledet)
    {
        // Issue 17: 2025-07-01 – 2025-12-31 is Norges Bank's policy rate + 8 pp (kildegrad avledet); January–June 2026 is
        // the published 12.00 % (sekundaer). A start after renteFra stipulates the interest before it into the start figure.
        var trekk = $$"""
            { "krav": [ { "id": "F", "artsprioritet": "f", "tidsprioritet": "2024-10-01", "sak": "S1", "kravtype": "hovedstol",
              "gjenstaaende": 10000, "rentevilkaar": { "type": "forsinkelsesrente", "renteFra": "{{renteFra}}" } } ] }
            """;
        var html = await PostAsync(Skjema(null, ("trekkjson", trekk), ("fra", fra), ("maaneder", "3"), ("beloep", "1000")));
        html.Should().NotContain("id=\"feil\"");
        var merk = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(Json.Avledetmerknad.Tekst(["forsinkelsesrente"])!);
        if (avledet)
        {
            html.Should().Contain("id=\"avledet\"").And.Contain(merk);
        }
        else
        {
            html.Should().NotContain("id=\"avledet\"").And.NotContain("avledede");
        }
    }

    [Fact]
    public async Task The_charts_are_the_shared_oxyplot_svg_with_norwegian_amounts_and_unique_ids()
    {
        var html = await PostAsync(Skjema("trekk-blandet.json", ("fra", "2025-03-01"), ("maaneder", "12"), ("beloep", "6000"), ("hva-om", "9000")));
        html.Should().Contain("<svg role=\"img\" aria-labelledby=\"diagram-i-dag-tittel\"").And.Contain(">Gjenstående (kr)<").And.Contain(">20 000<").And.NotContain(">20,000<");
        html.Should().NotContain("<?xml", "the SVG is embedded as an element, not a document");
        var ider = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ider.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Without_an_amount_today_s_trekk_is_the_trekkpaalegg_in_force()
    {
        var html = await PostAsync(Skjema("trekk-framskriv.json", ("fra", "2025-03-01"), ("maaneder", "6")));
        html.Should().Contain("Betaling: <strong>3 000 kr</strong> (trekkpåleggene i kraft første måned)");
        Rader(html, "fordeling").Single()[6].Should().Be("3 000 kr");
        Serier(html, "diagram-i-dag").Should().Be(1);
        html.Should().NotContain("id=\"diagram-hva-om\"");
    }

    [Fact]
    public async Task A_percent_trekkpaalegg_without_gross_income_is_an_error_at_the_gross_income_field()
    {
        var html = await PostAsync(Skjema("trekk-innsyn.json", ("fra", "2025-03-01"), ("maaneder", "6")));
        html.Should().Contain("<a href=\"#brutto\">Bruttoinntekt per måned (kr)</a>").And.NotContain("id=\"fordeling\"");

        var medBrutto = await PostAsync(Skjema("trekk-innsyn.json", ("fra", "2025-03-01"), ("maaneder", "6"), ("brutto", "40000")));
        // 6 000 from 812340018 and 10 % of 40 000 from 822340008.
        medBrutto.Should().Contain("Betaling: <strong>10 000 kr</strong>");
    }

    [Fact]
    public async Task No_trekkpaalegg_and_no_amount_asks_for_the_amount()
    {
        var html = await PostAsync(Skjema("trekk-blandet.json", ("fra", "2025-03-01"), ("maaneder", "6")));
        html.Should().Contain("<a href=\"#beloep\">Trekk per måned i dag (kr)</a>: Trekket har ikke noe trekkpålegg i kraft 2025-03-01");
    }

    [Fact]
    public async Task An_invalid_trekk_json_gives_the_same_error_list_as_the_sak_json()
    {
        var html = await PostAsync(Skjema(null, ("trekkjson", """{"krav":[{"id":"A","artsprioritet":"x"}]}"""), ("fra", "2025-02-30"), ("maaneder", "0"), ("beloep", "mye")));
        html.Should().Contain("<div class=\"feil\" role=\"alert\" id=\"feil\"><strong>Fordeling og framskriving kunne ikke gjøres:</strong>");
        html.Should().Contain("<a href=\"#trekkjson\">TREKK.json: krav[0].artsprioritet</a> («x»)").And.Contain("[UKJENT_ARTSPRIORITET]");
        html.Should().Contain("<a href=\"#fra\">Første måned (fra)</a> («2025-02-30»)");
        html.Should().Contain("<a href=\"#maaneder\">Antall måneder</a> («0»)");
        html.Should().Contain("<a href=\"#beloep\">Trekk per måned i dag (kr)</a> («mye»)");
        html.Should().NotContain("id=\"fordeling\"");

        (await PostAsync(Skjema(null, ("trekkjson", "{\"krav\": ["), ("fra", "2025-03-01"), ("maaneder", "6"))))
            .Should().Contain("[UGYLDIG_JSON]");
        (await PostAsync(Skjema(null, ("fra", "2025-03-01"), ("maaneder", "6"))))
            .Should().Contain("<a href=\"#trekkjson\">TREKK.json</a>: Last inn en TREKK.json-fil");
    }

    [Fact]
    public async Task The_loaded_trekk_is_kept_in_the_text_field_for_the_next_submit_and_is_encoded()
    {
        var html = await PostAsync(Skjema("trekk-framskriv.json", ("fra", "2025-03-01"), ("maaneder", "6")));
        html.Should().Contain("&quot;trekkpliktig&quot;: &quot;812340018&quot;");

        var ondsinnet = await PostAsync(Skjema(null, ("trekkjson", "</textarea><script>alert(1)</script>"), ("fra", "2025-03-01"), ("maaneder", "6")));
        ondsinnet.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;/textarea&gt;&lt;script&gt;");
    }

    [Fact]
    public async Task A_post_that_is_not_a_form_is_refused()
    {
        var svar = await _klient.PostAsync(Sider.TrekkSti, new StringContent("{}", Encoding.UTF8, "application/json"));
        svar.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }
}
