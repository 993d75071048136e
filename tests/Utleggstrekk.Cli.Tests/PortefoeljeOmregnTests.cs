using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// <c>portefolje omregn</c> (issue 17): hand-worked lines, and the same answer as <c>beregn</c> per line.
/// </summary>
public class PortefoeljeOmregnTests
{
    private static string Sak(long brutto, long forskudd, long bolig, string husstand = "\"sivilstand\": \"enslig\"") =>
        $$"""{ "beregningsdato": "2024-09-01", "skyldner": { "bruttoPerMaaned": {{brutto}}, "forskuddstrekkPerMaaned": {{forskudd}} }, "husstand": { {{husstand}} }, "utgifter": { "boutgift": {{bolig}} } }""";

    private static string Linje(string id, string gjeldende, string sak) => $$"""{ "id": "{{id}}", "gjeldendeTrekk": {{gjeldende}}, "sak": {{sak}} }""";

    [Fact]
    public void Hand_worked_lines_on_1_July_2025()
    {
        // On 2025-07-01 the (derived) enslig rate is 11 046 (2024: 10 724). Gross 40 000, forskuddstrekk 10 000:
        // available 30 000, the 60 % room 24 000 − 10 000 = 14 000.
        //  A: bolig 8 000 → raw 30 000 − 19 046 = 10 954; running 11 276 (the 2024 figure 30 000 − 18 724) → lowered by 322.
        //  B: the same case running at 10 954 → unchanged.
        //  C: bolig 2 000 → raw 30 000 − 13 046 = 16 954, bound by the room 14 000; running 13 500 → could rise by 500.
        //  D: a bad line (gjeldendeTrekk as text, brutto missing) → feil, naming both fields.
        //  E: a samværsbarn: no samvær figure is known after 2025-06-30 → refused naming samvaer.
        var fil = CliKjoering.Midlertidig(string.Join('\n',
            Linje("A", "11276", Sak(40_000, 10_000, 8_000)),
            Linje("B", "10954.00", Sak(40_000, 10_000, 8_000)),
            "",
            Linje("C", "13500", Sak(40_000, 10_000, 2_000)),
            """{ "id": "D", "gjeldendeTrekk": "5200", "sak": { "beregningsdato": "2024-09-01", "skyldner": { }, "husstand": { "sivilstand": "enslig" } } }""",
            Linje("E", "4000", Sak(40_000, 10_000, 8_000, "\"sivilstand\": \"enslig\", \"samvaersbarn\": [ { \"foedselsdato\": \"2018-05-01\", \"samvaersklasse\": 2 } ]"))) + "\n");

        var (kode, ut, feil) = CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "2025-07-01");
        kode.Should().Be(2, "two lines failed");
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(5, "one output line per non-empty input line, in order");

        linjer[0].Should().Be("""{"id":"A","gjeldendeTrekk":11276.00,"nyttMaksTrekk":10954.00,"endring":"senkes","differanse":-322.00,"antatt":[],"avledet":["livsopphold"]}""");
        linjer[1].Should().Be("""{"id":"B","gjeldendeTrekk":10954.00,"nyttMaksTrekk":10954.00,"endring":"uendret","differanse":0.00,"antatt":[],"avledet":["livsopphold"]}""");
        linjer[2].Should().Be("""{"id":"C","gjeldendeTrekk":13500.00,"nyttMaksTrekk":14000.00,"endring":"kanOekes","differanse":500.00,"antatt":[],"avledet":["livsopphold"]}""");

        var d = JsonDocument.Parse(linjer[3]).RootElement;
        d.GetProperty("id").GetString().Should().Be("D");
        d.GetProperty("feil").EnumerateArray().Select(f => f.GetProperty("felt").GetString()).Should().Contain(["gjeldendeTrekk", "sak.skyldner.bruttoPerMaaned"]);

        var e = JsonDocument.Parse(linjer[4]).RootElement;
        e.GetProperty("id").GetString().Should().Be("E");
        e.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("SATSER_MANGLER");
        e.GetProperty("feil")[0].GetProperty("melding").GetString().Should().Contain("samvaer");

        feil.Should().Contain("Omregnet 5 trekk til 2025-07-01: 1 må senkes (til sammen 322 kr mindre per måned), 1 uendret, 1 kan økes, 2 med feil.");
    }

    [Fact]
    public void Assumed_rates_are_used_only_when_allowed_and_then_flagged()
    {
        var fil = CliKjoering.Midlertidig(Linje("A", "11000", Sak(40_000, 10_000, 8_000)) + "\n");
        var uten = CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "2026-07-01");
        uten.Kode.Should().Be(2);
        JsonDocument.Parse(uten.Ut).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("SATSER_MANGLER");

        var med = CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "2026-07-01", "--tillat-antatte-satser");
        med.Kode.Should().Be(0, med.Feil);
        var rot = JsonDocument.Parse(med.Ut).RootElement;
        rot.GetProperty("nyttMaksTrekk").GetDecimal().Should().Be(10_954m);
        rot.GetProperty("antatt").EnumerateArray().Select(x => x.GetString()).Should().Equal("livsopphold");
        med.Feil.Should().Contain("1 må senkes (til sammen 46 kr mindre per måned)");
    }

    [Fact]
    public void Bad_dates_and_lines_that_are_not_objects_are_refused_without_stopping()
    {
        var fil = CliKjoering.Midlertidig("[1,2]\n{ \"id\": \"X\"\n" + Linje("A", "11276", Sak(40_000, 10_000, 8_000)) + "\n");
        var (kode, ut, _) = CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "2025-07-01");
        kode.Should().Be(2);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(3);
        JsonDocument.Parse(linjer[0]).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");
        JsonDocument.Parse(linjer[1]).RootElement.GetProperty("feil")[0].GetProperty("regel").GetString().Should().Be("UGYLDIG_JSON");
        JsonDocument.Parse(linjer[2]).RootElement.GetProperty("endring").GetString().Should().Be("senkes");

        CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "1.7.2025").SkalVaereUgyldig("--dato");
    }

    [Fact]
    public void A_long_value_is_quoted_cut_by_the_common_rule()
    {
        // Issue 21: the portfolio reader had its own 40-character cut with a different mark; now Inndatatekst.Kort (60, "...").
        var lang = "\"" + new string('x', 100) + "\"";
        var fil = CliKjoering.Midlertidig($$"""{ "id": "A", "gjeldendeTrekk": 11276, "sak": {{Sak(40_000, 10_000, 8_000)}}, "merknad": {{lang}} }""" + "\n");
        var (kode, ut, _) = CliKjoering.Kjoer("portefolje", "omregn", fil, "--dato", "2025-07-01");
        kode.Should().Be(2);
        var feil = JsonDocument.Parse(ut).RootElement.GetProperty("feil").EnumerateArray().Single(f => f.GetProperty("felt").GetString() == "merknad");
        feil.GetProperty("verdi").GetString().Should().Be(lang[..57] + "...");
    }

    [Fact]
    public void More_lines_than_a_block_come_out_in_order()
    {
        var n = PortefoeljeKommando.Blokkstoerrelse + 37;
        var tekst = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            tekst.Append(Linje("r" + i.ToString(CultureInfo.InvariantCulture), (10_000 + i).ToString(CultureInfo.InvariantCulture), Sak(40_000, 10_000, 8_000))).Append('\n');
        }

        var (kode, ut, feil) = CliKjoering.Kjoer("portefolje", "omregn", CliKjoering.Midlertidig(tekst.ToString()), "--dato", "2025-07-01");
        kode.Should().Be(0, feil);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(n);
        for (var i = 0; i < n; i += 997)
        {
            var rot = JsonDocument.Parse(linjer[i]).RootElement;
            rot.GetProperty("id").GetString().Should().Be("r" + i.ToString(CultureInfo.InvariantCulture));
            rot.GetProperty("differanse").GetDecimal().Should().Be(10_954m - (10_000 + i));
        }

        // 10 000 + i against 10 954: i < 954 can rise, i = 954 is unchanged, the rest must be lowered by i − 954.
        var senkes = n - 955L;
        var sum = senkes * (senkes + 1) / 2;
        feil.Should().Contain($"{senkes} må senkes (til sammen {Json.Norskformat.Kr(Engine.Felles.Beloep.FraKroner(sum))} kr mindre per måned), 1 uendret, 954 kan økes, 0 med feil.");
    }

    private static readonly string[] Datoer = ["2025-03-01", "2025-09-01", "2026-03-01", "2026-09-01"];

    private static Gen<string> SakGen =>
        from brutto in Gen.Choose(0, 90_000)
        from forskuddAndel in Gen.Choose(0, 50)
        from bolig in Gen.Choose(0, 20_000)
        from par in Gen.Elements(false, true)
        from partner in Gen.Choose(0, 50_000)
        from barn in Gen.Choose(1990, 2026).ArrayOf().Select(a => a.Take(4).ToArray())
        from samvaer in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Constant(1)))
        from tak in Gen.Elements("normal", "utvidet")
        select $$"""
            { "beregningsdato": "2024-01-01", "skyldner": { "bruttoPerMaaned": {{brutto}}, "forskuddstrekkPerMaaned": {{brutto * forskuddAndel / 100}} },
              "husstand": { "sivilstand": "{{(par ? "gift" : "enslig")}}"{{(par ? $", \"partnerNettoPerMaaned\": {partner}" : "")}},
                "barn": [{{string.Join(", ", barn.Select(a => $"{{ \"foedselsdato\": \"{a}-03-15\" }}"))}}],
                "samvaersbarn": [{{(samvaer == 1 ? "{ \"foedselsdato\": \"2016-06-01\", \"samvaersklasse\": 3 }" : "")}}] },
              "utgifter": { "boutgift": {{bolig}} }, "regler": { "tak": "{{tak}}"{{(tak == "utvidet" ? ", \"takBegrunnelse\": \"test\"" : "")}} } }
            """.ReplaceLineEndings(" ");

    /// <summary>
    /// For generated cases and dates (before, inside and after the derived period, with and without samværsbarn, with
    /// and without assumed rates), each omregn line answers what <c>beregn</c> answers for the case moved to the date:
    /// the same trekk, the same antatt and avledet, or the same refusal.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property Each_line_answers_what_beregn_answers_for_the_case_on_that_date() =>
        Prop.ForAll(
            (from saker in SakGen.ArrayOf().Select(a => a.Take(30).ToArray())
             from dato in Gen.Elements(Datoer)
             from tillat in Gen.Elements(false, true)
             from trekk in Gen.Choose(0, 20_000)
             select (Saker: saker, Dato: dato, Tillat: tillat, Trekk: trekk)).ToArbitrary(),
            x =>
            {
                var inn = new StringBuilder();
                var beregnInn = new StringBuilder();
                for (var i = 0; i < x.Saker.Length; i++)
                {
                    inn.Append(Linje("s" + i.ToString(CultureInfo.InvariantCulture), x.Trekk.ToString(CultureInfo.InvariantCulture), x.Saker[i])).Append('\n');
                    beregnInn.Append(x.Saker[i].Replace("\"beregningsdato\": \"2024-01-01\"", $"\"beregningsdato\": \"{x.Dato}\"", StringComparison.Ordinal)).Append('\n');
                }

                string[] flagg = x.Tillat ? ["--tillat-antatte-satser"] : [];
                var omregnet = CliKjoering.Kjoer(["portefolje", "omregn", CliKjoering.Midlertidig(inn.ToString()), "--dato", x.Dato, .. flagg]).Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                var beregnet = CliKjoering.Kjoer(["beregn", CliKjoering.Midlertidig(beregnInn.ToString()), "--ndjson", .. flagg]).Ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (omregnet.Length != x.Saker.Length || beregnet.Length != x.Saker.Length)
                {
                    return false.Label($"lines: {omregnet.Length} / {beregnet.Length} / {x.Saker.Length}");
                }

                for (var i = 0; i < x.Saker.Length; i++)
                {
                    var o = JsonDocument.Parse(omregnet[i]).RootElement;
                    var b = JsonDocument.Parse(beregnet[i]).RootElement;
                    var likt = b.TryGetProperty("feil", out var bFeil)
                        ? o.TryGetProperty("feil", out var oFeil) && Regler(oFeil).SequenceEqual(Regler(bFeil))
                        : o.TryGetProperty("nyttMaksTrekk", out var ny)
                            && ny.GetDecimal() == b.GetProperty("trekkPerMaaned").GetDecimal()
                            && o.GetProperty("differanse").GetDecimal() == ny.GetDecimal() - x.Trekk
                            && o.GetProperty("antatt").GetRawText() == b.GetProperty("antatt").GetRawText()
                            && o.GetProperty("avledet").GetRawText() == b.GetProperty("avledet").GetRawText();
                    if (!likt)
                    {
                        return false.Label($"line {i} on {x.Dato}: omregn {omregnet[i]}\nberegn {beregnet[i]}");
                    }
                }

                return true.ToProperty();
            });

    private static IEnumerable<string?> Regler(JsonElement feil) => feil.EnumerateArray().Select(f => f.GetProperty("regel").GetString());
}
