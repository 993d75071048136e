using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json.Tests;

public class SakJsonTests
{
    private const string Minimal = """
        { "beregningsdato": "2025-03-01",
          "skyldner": { "bruttoPerMaaned": 40000 },
          "husstand": { "sivilstand": "enslig" } }
        """;

    private static IReadOnlyList<Valideringsfeil> Feil(string json)
    {
        var handling = () => SakJson.Les(json);
        return handling.Should().Throw<UgyldigInndataException>().Which.Feil;
    }

    [Fact]
    public void Minimal_document_gets_the_documented_defaults()
    {
        var (sak, valg) = SakJson.Les(Minimal);
        sak.Beregningsdato.Should().Be(new LocalDate(2025, 3, 1));
        sak.BruttoPerMaaned.Should().Be(Beloep.FraKroner(40_000));
        sak.ForskuddstrekkPerMaaned.Should().Be(Beloep.Null);
        sak.Sivilstand.Should().Be(Sivilstand.Enslig);
        sak.Barn.Should().BeEmpty();
        sak.Samvaersbarn.Should().BeEmpty();
        sak.AndreUtgifter.Should().BeEmpty();
        sak.Kostnadsdeling.Should().Be(Kostnadsdeling.Halvpart);
        sak.Tak.Should().Be(Takregel.Normal);
        sak.NaeringSkjematisk.Should().BeFalse();
        valg.TillatAntatteSatser.Should().BeFalse();
    }

    [Fact]
    public void Full_document_maps_every_field()
    {
        const string json = """
            { "beregningsdato": "2025-03-01",
              "skyldner": { "bruttoPerMaaned": 52000.50, "forskuddstrekkPerMaaned": 14000, "trekkMedBedrePrioritetPerMaaned": 500,
                            "andreInntekterPerMaaned": 1766, "naeringsinntekt": true },
              "husstand": { "sivilstand": "samboer", "partnerNettoPerMaaned": 30000, "partnerEgenGjeldPerMaaned": 2000,
                            "barn": [ { "foedselsdato": "2021-09-10" }, { "foedselsdato": "2006-01-01", "videregaaende": true } ],
                            "samvaersbarn": [ { "foedselsdato": "2015-01-01", "samvaersklasse": 2 } ] },
              "utgifter": { "boutgift": 12000, "barnetilsyn": 3000, "bidragBetalt": 1500,
                            "andre": [ { "tekst": "Tannregulering", "beloep": 800, "egenUtgift": true } ] },
              "regler": { "kostnadsdeling": "forholdsmessig", "tak": "utvidet", "naeringSkjematisk": true, "tillatAntatteSatser": true } }
            """;
        var (sak, valg) = SakJson.Les(json);
        sak.BruttoPerMaaned.Oere.Should().Be(5_200_050);
        sak.TrekkMedBedrePrioritetPerMaaned.Should().Be(Beloep.FraKroner(500));
        sak.AndreInntekterPerMaaned.Should().Be(Beloep.FraKroner(1766));
        sak.Naeringsinntekt.Should().BeTrue();
        sak.Sivilstand.Should().Be(Sivilstand.Samboer);
        sak.PartnerNettoPerMaaned.Should().Be(Beloep.FraKroner(30_000));
        sak.PartnerEgenGjeldPerMaaned.Should().Be(Beloep.FraKroner(2000));
        sak.Barn.Should().Equal(new Barn(new LocalDate(2021, 9, 10)), new Barn(new LocalDate(2006, 1, 1), true));
        sak.Samvaersbarn.Should().Equal(new Samvaersbarn(new LocalDate(2015, 1, 1), 2));
        sak.Boutgift.Should().Be(Beloep.FraKroner(12_000));
        sak.Barnetilsyn.Should().Be(Beloep.FraKroner(3000));
        sak.BidragBetalt.Should().Be(Beloep.FraKroner(1500));
        sak.AndreUtgifter.Should().Equal(new AnnenUtgift("Tannregulering", Beloep.FraKroner(800), true));
        sak.Kostnadsdeling.Should().Be(Kostnadsdeling.Forholdsmessig);
        sak.Tak.Should().Be(Takregel.Utvidet);
        sak.NaeringSkjematisk.Should().BeTrue();
        valg.TillatAntatteSatser.Should().BeTrue();
    }

    [Fact]
    public void Every_violation_is_reported_at_once_with_its_dotted_path()
    {
        const string json = """
            { "skyldner": { "bruttoPerMaaned": -1, "forskuddstrekkPerMaaned": 10.005 },
              "husstand": { "sivilstand": "ugift",
                            "barn": [ { "foedselsdato": "2021-09-10" }, { "foedselsdato": "2021-02-30" } ],
                            "samvaersbarn": [ { "foedselsdato": "2015-01-01", "samvaersklasse": 5 } ] },
              "utgifter": { "boutgift": "8000", "andre": [ { "beloep": 10 } ] },
              "regler": { "tak": "maks", "takk": "normal" } }
            """;
        var feil = Feil(json);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("beregningsdato", "PAAKREVD"),
            ("skyldner.bruttoPerMaaned", "UGYLDIG_BELOEP"),
            ("skyldner.forskuddstrekkPerMaaned", "UGYLDIG_BELOEP"),
            ("husstand.sivilstand", "UGYLDIG_VERDI"),
            ("husstand.barn[1].foedselsdato", "UGYLDIG_DATO"),
            ("husstand.samvaersbarn[0].samvaersklasse", "UGYLDIG_VERDI"),
            ("utgifter.boutgift", "UGYLDIG_TYPE"),
            ("utgifter.andre[0].tekst", "PAAKREVD"),
            ("regler.tak", "UGYLDIG_VERDI"),
            ("regler.takk", "UKJENT_FELT"),
        });
        feil.Single(f => f.Felt == "skyldner.bruttoPerMaaned").Verdi.Should().Be("-1");
        feil.Single(f => f.Felt == "husstand.barn[1].foedselsdato").Verdi.Should().Be("2021-02-30");
        feil.Single(f => f.Felt == "husstand.sivilstand").Melding.Should().Contain("enslig, gift, samboer");
        feil.Single(f => f.Felt == "regler.tak").Melding.Should().Contain("normal, utvidet");
    }

    [Fact]
    public void Missing_required_objects_and_fields_are_named()
    {
        Feil("{}").Select(f => f.Felt).Should().BeEquivalentTo("beregningsdato", "skyldner", "husstand");
        Feil("""{ "beregningsdato": "2025-03-01", "skyldner": {}, "husstand": {} }""")
            .Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
            {
                ("skyldner.bruttoPerMaaned", "PAAKREVD"),
                ("husstand.sivilstand", "PAAKREVD"),
            });
    }

    [Fact]
    public void A_typo_is_refused_rather_than_defaulted()
    {
        var feil = Feil("""
            { "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000, "forskudstrekkPerMaaned": 10000 },
              "husstand": { "sivilstand": "enslig" } }
            """);
        feil.Should().ContainSingle().Which.Should().Be(new Valideringsfeil(
            "skyldner.forskudstrekkPerMaaned", "10000", "UKJENT_FELT", feil[0].Melding));
        feil[0].Melding.Should().Contain("forskuddstrekkPerMaaned");
    }

    [Fact]
    public void Wrong_types_are_reported_once_not_also_as_missing()
    {
        var feil = Feil("""
            { "beregningsdato": 20250301, "skyldner": { "bruttoPerMaaned": "40000", "naeringsinntekt": "ja" },
              "husstand": { "sivilstand": 1, "barn": {} } }
            """);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("beregningsdato", "UGYLDIG_DATO"),
            ("skyldner.bruttoPerMaaned", "UGYLDIG_TYPE"),
            ("skyldner.naeringsinntekt", "UGYLDIG_TYPE"),
            ("husstand.sivilstand", "UGYLDIG_TYPE"),
            ("husstand.barn", "UGYLDIG_TYPE"),
        });
    }

    [Fact]
    public void Syntax_error_names_line_and_position()
    {
        var feil = Feil("{\n \"beregningsdato\": \"2025-03-01\",\n }");
        feil.Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_JSON");
        feil[0].Melding.Should().Contain("linje 3");
    }

    [Fact]
    public void Duplicate_property_is_refused() =>
        Feil("""{ "beregningsdato": "2025-03-01", "beregningsdato": "2025-04-01", "skyldner": { "bruttoPerMaaned": 1 }, "husstand": { "sivilstand": "gift" } }""")
            .Should().ContainSingle().Which.Regel.Should().Be("DUPLIKAT_FELT");

    [Fact]
    public void Enum_values_are_matched_without_regard_to_case()
    {
        var (sak, _) = SakJson.Les(Minimal.Replace("\"enslig\"", "\"Gift\"", StringComparison.Ordinal));
        sak.Sivilstand.Should().Be(Sivilstand.Gift);
    }

    [Fact]
    public void Typed_document_from_the_source_generated_context_maps_the_same_way()
    {
        var dok = System.Text.Json.JsonSerializer.Deserialize(Minimal, UtleggstrekkJsonContext.Default.SakDokument)!;
        SakJson.TilInndata(dok).Sak.BruttoPerMaaned.Should().Be(Beloep.FraKroner(40_000));

        var ukjent = () => System.Text.Json.JsonSerializer.Deserialize("""{ "beregningsdatoo": "2025-03-01" }""", UtleggstrekkJsonContext.Default.SakDokument);
        ukjent.Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void Typed_document_reads_and_writes_dates_as_iso_through_nodatime()
    {
        var dok = System.Text.Json.JsonSerializer.Deserialize(Minimal, UtleggstrekkJsonContext.Default.SakDokument)!;
        System.Text.Json.JsonSerializer.Serialize(dok, UtleggstrekkJsonContext.Default.SakDokument)
            .Should().Contain("\"beregningsdato\": \"2025-03-01\"");

        var ugyldig = () => System.Text.Json.JsonSerializer.Deserialize(
            Minimal.Replace("2025-03-01", "2025-13-01", StringComparison.Ordinal), UtleggstrekkJsonContext.Default.SakDokument);
        ugyldig.Should().Throw<System.Text.Json.JsonException>();
    }
}
