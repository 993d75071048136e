using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Utleggstrekk.Web.Tests;

/// <summary>The caseworker page through HTTP, without a browser (the browser tests drive the same page in Chromium).</summary>
public class SideTests(Tjenestefabrikk fabrikk) : IClassFixture<Tjenestefabrikk>
{
    private readonly HttpClient _klient = fabrikk.CreateClient();

    private static MultipartFormDataContent Skjema(params (string Navn, string Verdi)[] felt)
    {
        var innhold = new MultipartFormDataContent();
        foreach (var (navn, verdi) in felt)
        {
            innhold.Add(new StringContent(verdi, Encoding.UTF8), navn);
        }

        return innhold;
    }

    private static readonly (string, string)[] SpecEksempel =
    [
        ("beregningsdato", "2025-03-01"), ("brutto", "40 000"), ("forskuddstrekk", "10000"), ("sivilstand", "enslig"),
        ("boutgift", "8000"), ("kostnadsdeling", "halvpart"), ("tak", "normal"), ("antall-varianter", "1"),
    ];

    private async Task<string> PostAsync(MultipartFormDataContent innhold)
    {
        var svar = await _klient.PostAsync("/", innhold);
        var html = await svar.Content.ReadAsStringAsync();
        svar.StatusCode.Should().Be(HttpStatusCode.OK, html);
        svar.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        return html;
    }

    [Fact]
    public async Task The_empty_page_has_a_labelled_field_for_every_input()
    {
        var html = await _klient.GetStringAsync("/");
        html.Should().Contain("<html lang=\"nb\">");
        foreach (var f in Web.Skjema.Felter)
        {
            html.Should().Contain($"<label for=\"{f.Id}\">", f.Id);
            html.Should().Contain($"id=\"{f.Id}\"", f.Id);
        }

        html.Should().Contain("<label for=\"variant-felt-0\">").And.Contain("<label for=\"variant-verdi-0\">").And.Contain("<label for=\"sakfil\">");
        html.Should().NotContain("<script", "the page works without script");
    }

    [Fact]
    public async Task The_spec_example_gives_11_276_kr_with_its_binding_limit_and_sources()
    {
        var html = await PostAsync(Skjema(SpecEksempel));
        html.Should().Contain("Trekk per måned: 11 276 kr");
        html.Should().Contain("Bindende begrensning: Livsopphold");
        html.Should().Contain("Kilde: deknl. § 2-7");
        html.Should().NotContain("id=\"foreldede-satser\"");
    }

    [Fact]
    public async Task A_variant_is_a_column_and_its_differences_are_marked()
    {
        var html = await PostAsync(Skjema([.. SpecEksempel, ("variant-felt-0", "boutgift"), ("variant-verdi-0", "11 000")]));
        html.Should().Contain("Variant 1: Boutgift per måned = 11 000");
        // Rent 8 000 → 11 000: trekk 8 276 (SPEC §4 arithmetic), 3 000 less.
        html.Should().Contain("<td class=\"endret\">8 276 kr<span class=\"skjult\"> (endret)</span></td>");
        html.Should().Contain("<td>-3 000 kr</td>");
        // The binding limit did not change, so it is not marked.
        html.Should().Contain("<th scope=\"row\">Bindende begrensning</th><td>Livsopphold</td><td>Livsopphold</td>");
    }

    [Fact]
    public async Task Add_variant_gives_one_more_variant_row()
    {
        var html = await PostAsync(Skjema([.. SpecEksempel, ("handling", "ny-variant")]));
        html.Should().Contain("id=\"variant-felt-1\"").And.NotContain("id=\"variant-felt-2\"");
        html.Should().Contain("name=\"antall-varianter\" value=\"2\"");
    }

    [Fact]
    public async Task A_date_past_the_known_satser_warns_and_the_error_links_to_the_field()
    {
        var html = await PostAsync(Skjema([.. SpecEksempel.Where(f => f.Item1 != "beregningsdato"), ("beregningsdato", "2031-03-01")]));
        html.Should().Contain("id=\"foreldede-satser\"").And.Contain("Satsene er foreldet");
        html.Should().Contain("SATSER_MANGLER");

        var antatt = await PostAsync(Skjema([.. SpecEksempel.Where(f => f.Item1 != "beregningsdato"), ("beregningsdato", "2031-03-01"), ("tillat-antatte", "true")]));
        antatt.Should().Contain("Beregningen bruker antatte satser").And.Contain("Trekk per måned:");
    }

    [Fact]
    public async Task A_date_on_derived_livsopphold_computes_and_warns_that_the_figure_is_derived()
    {
        // 2025-09-01: the derived enslig 11 046 (10 724 × 1.030): 30 000 − (11 046 + 8 000) = 10 954.
        var html = await PostAsync(Skjema([.. SpecEksempel.Where(f => f.Item1 != "beregningsdato"), ("beregningsdato", "2025-09-01")]));
        html.Should().Contain("Trekk per måned: 10 954 kr");
        html.Should().Contain("id=\"avledet\"").And.Contain("MERK: beregningen bruker avledede satser, ikke kunngjorte: livsopphold")
            .And.Contain("KPI-endringen mai–mai");
        html.Should().NotContain("Beregningen bruker antatte satser");

        var foer = await PostAsync(Skjema(SpecEksempel));
        foer.Should().NotContain("id=\"avledet\"");
    }

    [Fact]
    public async Task Invalid_input_lists_each_field_by_its_label()
    {
        var html = await PostAsync(Skjema(("beregningsdato", "2025-03-01"), ("brutto", "mye"), ("sivilstand", "")));
        html.Should().Contain("<a href=\"#brutto\">Brutto lønn/ytelse per måned</a> («mye»)");
        html.Should().Contain("<a href=\"#sivilstand\">Sivilstand</a>: Feltet mangler og er påkrevd.");
        html.Should().NotContain("Trekk per måned:");
    }

    [Fact]
    public async Task A_loaded_sak_json_fills_the_form_and_keeps_what_the_form_does_not_show()
    {
        var fil = await File.ReadAllTextAsync(Repo.Eksempel("par-tre-barn-to-samvaersbarn.json"));
        var innhold = Skjema(("antall-varianter", "1"));
        var filinnhold = new StringContent(fil, Encoding.UTF8);
        filinnhold.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        innhold.Add(filinnhold, "sakfil", "SAK.json");
        var html = await PostAsync(innhold);
        html.Should().Contain("Saken er lest fra SAK.json.");
        html.Should().Contain("Trekk per måned: 15 335 kr");
        html.Should().Contain("2012-01-15&#xA;2016-05-01&#xA;2021-09-10");
        html.Should().Contain("value=\"60000\"");
    }

    [Fact]
    public async Task Text_in_the_fields_is_encoded()
    {
        var html = await PostAsync(Skjema([.. SpecEksempel, ("tak-begrunnelse", "<script>alert(1)</script>")]));
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;");
    }
}
