using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary>The commands after the trekk is laid down: trekkgrunnlag, samordne, forfall (issue 20, items 1–3).</summary>
public class EtterTrekketKommandoTests
{
    [Fact]
    public void Trekkgrunnlag_of_the_tax_example_gives_the_hand_worked_sums_and_each_treatment()
    {
        // docs/trekkgrunnlag.md, example 1.
        var (kode, ut, feil) = CliKjoering.Kjoer("trekkgrunnlag", CliKjoering.Eksempel("trekkgrunnlag-skatt.json"), "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("bruttoPerMaaned").GetDecimal().Should().Be(40_000m);
        rot.GetProperty("forskuddstrekkPerMaaned").GetDecimal().Should().Be(11_250m);
        rot.GetProperty("andreInntekterPerMaaned").GetDecimal().Should().Be(4_766m);
        rot.GetProperty("ytelser").EnumerateArray().Select(y => (y.GetProperty("type").GetString(), y.GetProperty("behandling").GetString())).Should().Equal(
            ("loenn", "trekkbar"), ("overtid", "trekkbar"), ("naturalytelse", "inntektIkkeTrekkbar"), ("barnetrygd", "inntektIkkeTrekkbar"),
            ("skattefriUtgiftsgodtgjoerelse", "holdesUtenfor"), ("kapitalinntekt", "holdesUtenfor"));
        rot.GetProperty("ytelser")[5].GetProperty("merknad").GetString().Should().Contain("Rt-2001-1402");
    }

    [Fact]
    public void Trekkgrunnlag_for_another_claim_holds_the_naturalytelse_outside()
    {
        // docs/trekkgrunnlag.md, example 2: andre inntekter only the barnetrygd.
        var (kode, ut, _) = CliKjoering.Kjoer("trekkgrunnlag", CliKjoering.Eksempel("trekkgrunnlag-annet.json"), "--json");
        kode.Should().Be(0);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("andreInntekterPerMaaned").GetDecimal().Should().Be(1_766m);
        rot.GetProperty("ytelser")[2].GetProperty("behandling").GetString().Should().Be("holdesUtenfor");
    }

    [Fact]
    public void Trekkgrunnlag_table_is_norwegian()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("trekkgrunnlag", CliKjoering.Eksempel("trekkgrunnlag-skatt.json"));
        kode.Should().Be(0);
        ut.Should().Contain("skatte- og avgiftskrav").And.Contain("inntekt, ikke trekkbar").And.Contain("holdes utenfor").And.Contain("40 000 kr").And.Contain("4 766 kr");
    }

    [Fact]
    public void Trekkgrunnlag_bad_input_names_each_field()
    {
        var fil = CliKjoering.Midlertidig("""{ "kravGjelder": "bot", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 100, "forskuddstrekkPerMaaned": -1 }, { "type": "lotto", "bruttoPerMaaned": 5 }, { "bruttoPerMaaned": 1 } ] }""");
        CliKjoering.Kjoer("trekkgrunnlag", fil).SkalVaereUgyldig("kravGjelder", "ytelser[0].forskuddstrekkPerMaaned", "ytelser[1].type", "lotto", "ytelser[2].type", "PAAKREVD");
        var over = CliKjoering.Midlertidig("""{ "kravGjelder": "skatt", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 100, "forskuddstrekkPerMaaned": 101 } ] }""");
        CliKjoering.Kjoer("trekkgrunnlag", over).SkalVaereUgyldig("ytelser[0].forskuddstrekkPerMaaned", "FORSKUDDSTREKK_OVER_BRUTTO");
        var mangler = CliKjoering.Midlertidig("""{ "ytelser": [] }""");
        CliKjoering.Kjoer("trekkgrunnlag", mangler).SkalVaereUgyldig("kravGjelder", "PAAKREVD");
    }

    [Fact]
    public void Beregn_with_ytelser_gives_the_same_trekk_as_the_sums_and_the_trace_shows_the_classification()
    {
        // docs/trekkgrunnlag.md, example 3: brutto 40 000, forskudd 10 000, andre 1 766 → 13 042 kr.
        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("ytelser-enslig.json"), "--json", "--forklar");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(13_042m);
        var sum = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 10000, "andreInntekterPerMaaned": 1766 }, "husstand": { "sivilstand": "enslig" }, "utgifter": { "boutgift": 8000 } }""");
        var medSummer = JsonDocument.Parse(CliKjoering.Kjoer("beregn", sum, "--json").Ut).RootElement;
        medSummer.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(13_042m);
        medSummer.GetProperty("mellomregning").GetRawText().Should().Be(rot.GetProperty("mellomregning").GetRawText());

        var steg = rot.GetProperty("forklaring").GetProperty("deler")[0];
        steg.GetProperty("steg").GetString().Should().Be("0. Trekkgrunnlag");
        steg.GetProperty("deler").EnumerateArray().Select(d => d.GetProperty("resultat").GetString())
            .Should().Equal("trekkbar", "trekkbar", "inntektIkkeTrekkbar", "holdesUtenfor", "holdesUtenfor");
        var tabell = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("ytelser-enslig.json"), "--forklar").Ut;
        tabell.Should().Contain("0. Trekkgrunnlag").And.Contain("kapitalinntekt: holdesUtenfor");
    }

    [Fact]
    public void Beregn_refuses_ytelser_together_with_the_sums_or_without_kravGjelder()
    {
        var begge = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000, "kravGjelder": "skatt", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 40000 } ] }, "husstand": { "sivilstand": "enslig" } }""");
        CliKjoering.Kjoer("beregn", begge).SkalVaereUgyldig("skyldner.bruttoPerMaaned", "YTELSER_OG_SUMMER");
        var utenKrav = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-03-01", "skyldner": { "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 50000 } ] }, "husstand": { "sivilstand": "enslig" } }""");
        CliKjoering.Kjoer("beregn", utenKrav).SkalVaereUgyldig("skyldner.kravGjelder", "PAAKREVD");
        var over = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-03-01", "skyldner": { "kravGjelder": "annet", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 40000, "forskuddstrekkPerMaaned": 50000 } ] }, "husstand": { "sivilstand": "enslig" } }""");
        CliKjoering.Kjoer("beregn", over).SkalVaereUgyldig("skyldner.ytelser[0].forskuddstrekkPerMaaned", "FORSKUDDSTREKK_OVER_BRUTTO");
        var kravAlene = CliKjoering.Midlertidig("""{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000, "kravGjelder": "annet" }, "husstand": { "sivilstand": "enslig" } }""");
        CliKjoering.Kjoer("beregn", kravAlene).SkalVaereUgyldig("skyldner.kravGjelder", "KRAVGJELDER_UTEN_YTELSER");
    }

    [Fact]
    public void Samordne_the_hand_worked_examples()
    {
        // docs/samordning.md: capacity 6 500 and 2 400.
        var rot = Json(CliKjoering.Kjoer("samordne", CliKjoering.Eksempel("samordne.json"), "--json"));
        rot.GetProperty("trekk").EnumerateArray().Select(t => (t.GetProperty("id").GetString(), t.GetProperty("nyttBeloepPerMaaned").GetDecimal(), t.GetProperty("endring").GetString()))
            .Should().Equal(("inkasso-1", 0m, "senkes"), ("skatt-3", 333.33m, "senkes"), ("skatt-2", 333.33m, "senkes"), ("skatt-1", 333.34m, "senkes"), ("bot-1", 2_500m, "uendret"), ("bidrag-2", 1_000m, "uendret"), ("bidrag-1", 2_000m, "uendret"));
        rot.GetProperty("uutnyttet").GetDecimal().Should().Be(0m);
        var bidrag = Json(CliKjoering.Kjoer("samordne", CliKjoering.Eksempel("samordne-bidrag.json"), "--json"));
        bidrag.GetProperty("trekk").EnumerateArray().Select(t => t.GetProperty("nyttBeloepPerMaaned").GetDecimal()).Should().Equal(0m, 0m, 0m, 0m, 0m, 800m, 1_600m);
    }

    [Fact]
    public void Samordne_table_and_unused_capacity()
    {
        var fil = CliKjoering.Midlertidig("""{ "trekkevne": 10000, "trekk": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-01", "beloepPerMaaned": 4000 } ] }""");
        var (kode, ut, _) = CliKjoering.Kjoer("samordne", fil);
        kode.Should().Be(0);
        ut.Should().Contain("Uutnyttet trekkevne: 6 000 kr").And.Contain("uendret");
        Json(CliKjoering.Kjoer("samordne", fil, "--json")).GetProperty("uutnyttet").GetDecimal().Should().Be(6_000m);
    }

    [Fact]
    public void Samordne_bad_input_names_each_field()
    {
        var fil = CliKjoering.Midlertidig("""{ "trekkevne": -5, "trekk": [ { "id": "A", "artsprioritet": "g", "tidsprioritet": "2025-01-01", "beloepPerMaaned": 1 }, { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-02-30", "beloepPerMaaned": 1.001 } ] }""");
        CliKjoering.Kjoer("samordne", fil).SkalVaereUgyldig("trekkevne", "trekk[0].artsprioritet", "trekk[1].id", "DUPLIKAT_ID", "trekk[1].tidsprioritet", "trekk[1].beloepPerMaaned");
        var json = CliKjoering.Kjoer("samordne", CliKjoering.Midlertidig("""{ "trekk": [] }"""), "--json");
        json.Kode.Should().Be(2);
        JsonDocument.Parse(json.Ut).RootElement.GetProperty("feil")[0].GetProperty("felt").GetString().Should().Be("trekkevne");
    }

    [Fact]
    public void Forfall_with_skattetrekkskonto_moves_a_saturday_and_the_17th_of_may()
    {
        var rot = Json(CliKjoering.Kjoer("forfall", "--fra", "2021-01", "--til", "2021-04", "--skattetrekkskonto", "--json"));
        rot.GetProperty("skattetrekkskonto").GetBoolean().Should().BeTrue();
        rot.GetProperty("terminer").EnumerateArray().Select(t => (t.GetProperty("trukketFra").GetString(), t.GetProperty("trukketTil").GetString(), t.GetProperty("forfall").GetString(), t.GetProperty("betalingsfrist").GetString()))
            .Should().Equal(("2021-01", "2021-02", "2021-03-15", "2021-03-15"), ("2021-03", "2021-04", "2021-05-15", "2021-05-18"));
    }

    [Fact]
    public void Forfall_without_the_flag_is_monthly_with_null_and_a_note()
    {
        var rot = Json(CliKjoering.Kjoer("forfall", "--fra", "2025-11", "--til", "2026-01", "--json"));
        var terminer = rot.GetProperty("terminer").EnumerateArray().ToList();
        terminer.Should().HaveCount(3);
        terminer.Should().OnlyContain(t => t.GetProperty("forfall").ValueKind == JsonValueKind.Null && t.GetProperty("betalingsfrist").ValueKind == JsonValueKind.Null);
        terminer[0].GetProperty("merknad").GetString().Should().Contain("trekkpålegget");
        var (kode, ut, _) = CliKjoering.Kjoer("forfall", "--fra", "2025-11", "--til", "2026-01");
        kode.Should().Be(0);
        ut.Should().Contain("ikke fast").And.Contain("Merknader:");
    }

    [Fact]
    public void Forfall_bad_input_names_the_option()
    {
        CliKjoering.Kjoer("forfall", "--fra", "2025-13", "--til", "2025").SkalVaereUgyldig("--fra", "--til", "UGYLDIG_MAANED");
        CliKjoering.Kjoer("forfall", "--fra", "2025-05", "--til", "2025-04").SkalVaereUgyldig("--til", "UGYLDIG_PERIODE");
        CliKjoering.Kjoer("forfall", "--fra", "1900-01", "--til", "2025-04").SkalVaereUgyldig("--til", "FOR_LANG_PERIODE");
        // Before 2009 there are no terms to give (and year 1500 once crashed in the Easter rule).
        CliKjoering.Kjoer("forfall", "--fra", "1500-03", "--til", "1500-04", "--skattetrekkskonto").SkalVaereUgyldig("--fra", "UGYLDIG_PERIODE");
    }

    private static JsonElement Json((int Kode, string Ut, string Feil) r)
    {
        r.Kode.Should().Be(0, r.Feil);
        return JsonDocument.Parse(r.Ut).RootElement;
    }
}

/// <summary>docs/eksempler/forventet.json's hand-derived expectations for trekkgrunnlag and samordne.</summary>
public class EtterTrekketEksempelTests
{
    private static JsonElement Forventet(string kommando)
    {
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        return dok.RootElement.GetProperty(kommando).Clone();
    }

    [Fact]
    public void Every_trekkgrunnlag_example_gives_the_hand_derived_sums_and_treatments()
    {
        foreach (var e in Forventet("trekkgrunnlag").EnumerateArray())
        {
            var fil = e.GetProperty("fil").GetString()!;
            var (kode, ut, feil) = CliKjoering.Kjoer("trekkgrunnlag", CliKjoering.Eksempel(fil), "--json");
            kode.Should().Be(0, feil);
            var rot = JsonDocument.Parse(ut).RootElement;
            foreach (var felt in new[] { "bruttoPerMaaned", "forskuddstrekkPerMaaned", "andreInntekterPerMaaned" })
            {
                rot.GetProperty(felt).GetDecimal().Should().Be(e.GetProperty(felt).GetDecimal(), fil + " " + felt);
            }

            rot.GetProperty("ytelser").EnumerateArray().Select(y => y.GetProperty("behandling").GetString())
                .Should().Equal(e.GetProperty("behandling").EnumerateArray().Select(b => b.GetString()), fil);
        }
    }

    [Fact]
    public void Every_samordne_example_gives_the_hand_derived_amounts()
    {
        foreach (var e in Forventet("samordne").EnumerateArray())
        {
            var fil = e.GetProperty("fil").GetString()!;
            var (kode, ut, feil) = CliKjoering.Kjoer("samordne", CliKjoering.Eksempel(fil), "--json");
            kode.Should().Be(0, feil);
            var rot = JsonDocument.Parse(ut).RootElement;
            var nytt = rot.GetProperty("trekk").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("nyttBeloepPerMaaned").GetDecimal());
            nytt.Should().BeEquivalentTo(e.GetProperty("nytt").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal()), fil);
            rot.GetProperty("uutnyttet").GetDecimal().Should().Be(e.GetProperty("uutnyttet").GetDecimal(), fil);
        }
    }
}
