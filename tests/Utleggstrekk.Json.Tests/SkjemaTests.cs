using System.Text.Json.Nodes;
using Json.Schema;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json.Tests;

/// <summary>
/// docs/schema/*.schema.json against the readers: every example validates, and every document the readers refuse is
/// refused by the schema too, unless the rule is a semantic one listed in docs/schema/README.md.
/// </summary>
public class SkjemaTests
{
    private static JsonSchema Skjema(string navn) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Rot(), "docs", "schema", navn)));

    private static bool Gyldig(JsonSchema skjema, string json) =>
        skjema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    public static TheoryData<string> Eksempler()
    {
        var data = new TheoryData<string>();
        foreach (var fil in Directory.GetFiles(Path.Combine(Repo.Rot(), "docs", "eksempler"), "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(fil) != "forventet.json")
            {
                data.Add(Path.GetFileName(fil));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Eksempler))]
    public void Every_example_validates_against_its_schema_and_is_read(string fil)
    {
        var json = File.ReadAllText(Repo.Eksempel(fil));
        var rot = JsonNode.Parse(json)!.AsObject();
        var (skjema, les) = rot.ContainsKey("krav") ? ("trekk.schema.json", (Action)(() => TrekkJson.Les(json)))
            : rot.ContainsKey("kravGjelder") && rot.ContainsKey("maaneder") ? ("ansvar.schema.json", () => AnsvarJson.Les(json))
            : rot.ContainsKey("trekkevne") ? ("samordne.schema.json", () => SamordningJson.Les(json))
            : rot.ContainsKey("kravGjelder") ? ("trekkgrunnlag.schema.json", () => TrekkgrunnlagJson.Les(json))
            : ("sak.schema.json", () => SakJson.Les(json));
        Gyldig(Skjema(skjema), json).Should().BeTrue();
        les.Should().NotThrow();
    }

    private const string Sak = """{ "beregningsdato": "2025-03-01", "skyldner": { "bruttoPerMaaned": 40000 }, "husstand": { "sivilstand": "enslig" } """;

    // (document, refused by the schema too?) — false marks a semantic rule of docs/schema/README.md.
    public static TheoryData<string, bool> AvvisteSaker() => new()
    {
        { """{ "skyldner": { "bruttoPerMaaned": 1 }, "husstand": { "sivilstand": "enslig" } }""", true },
        { Sak.Replace("40000", "-1", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("40000", "1.005", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("40000", "\"40000\"", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("2025-03-01", "2025-3-1", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("enslig", "skilt", StringComparison.Ordinal) + "}", true },
        { Sak + ", \"ekstra\": 1 }", true },
        { Sak + ", \"regler\": { \"takk\": \"normal\" } }", true },
        { Sak.Replace("\"sivilstand\": \"enslig\"", "\"sivilstand\": \"enslig\", \"samvaersbarn\": [ { \"foedselsdato\": \"2015-01-01\", \"samvaersklasse\": 5 } ]", StringComparison.Ordinal) + "}", true },
        { Sak + ", \"regler\": { \"tak\": \"utvidet\" } }", false },
        { Sak.Replace("2025-03-01", "2025-02-30", StringComparison.Ordinal) + "}", false },
        { Sak.Replace("\"bruttoPerMaaned\": 40000", "\"bruttoPerMaaned\": 40000, \"kravGjelder\": \"skatt\", \"ytelser\": []", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("\"bruttoPerMaaned\": 40000", "\"ytelser\": [ { \"type\": \"loenn\", \"bruttoPerMaaned\": 1 } ]", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("\"bruttoPerMaaned\": 40000", "\"kravGjelder\": \"annet\", \"ytelser\": [ { \"type\": \"lotto\", \"bruttoPerMaaned\": 1 } ]", StringComparison.Ordinal) + "}", true },
        { Sak.Replace("\"bruttoPerMaaned\": 40000", "\"kravGjelder\": \"annet\", \"ytelser\": [ { \"type\": \"loenn\", \"bruttoPerMaaned\": 1, \"forskuddstrekkPerMaaned\": 2 } ]", StringComparison.Ordinal) + "}", false },
    };

    [Theory]
    [MemberData(nameof(AvvisteSaker))]
    public void A_case_the_reader_refuses_is_refused_by_the_schema_unless_the_rule_is_semantic(string json, bool skjemaAvviser)
    {
        // Refused by the reader, or by the engine's own validation of the case it reads.
        var les = () => Engine.Trekkberegning.Trekkberegner.Valider(SakJson.Les(json).Sak) is { Count: > 0 } feil ? throw new UgyldigInndataException(feil) : 0;
        les.Should().Throw<UgyldigInndataException>();
        Gyldig(Skjema("sak.schema.json"), json).Should().Be(!skjemaAvviser);
    }

    private const string Krav = """{ "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 }""";

    public static TheoryData<string, bool> AvvisteTrekk() => new()
    {
        { """{ "krav": [] }""", true },
        { """{ "krav": [ """ + Krav.Replace("\"f\"", "\"g\"", StringComparison.Ordinal) + " ] }", true },
        { """{ "krav": [ """ + Krav.Replace("hovedstol", "laan", StringComparison.Ordinal) + " ] }", true },
        { """{ "krav": [ """ + Krav.Replace(", \"gjenstaaende\": 100", string.Empty, StringComparison.Ordinal) + " ] }", true },
        { """{ "krav": [ """ + Krav.Replace("100", "-100", StringComparison.Ordinal) + " ] }", true },
        { """{ "krav": [ """ + Krav.Replace("\"sak\": \"S1\"", "\"sak\": \"S1\", \"ukjent\": 1", StringComparison.Ordinal) + " ] }", true },
        { """{ "krav": [ """ + Krav + ", " + Krav + " ] }", false },
        { """{ "krav": [ """ + Krav.Replace("\"f\"", "\"e\"", StringComparison.Ordinal).Replace("hovedstol", "loependeBidrag", StringComparison.Ordinal) + " ] }", false },
    };

    [Theory]
    [MemberData(nameof(AvvisteTrekk))]
    public void A_trekk_the_reader_refuses_is_refused_by_the_schema_unless_the_rule_is_semantic(string json, bool skjemaAvviser)
    {
        var les = () => TrekkJson.Les(json);
        les.Should().Throw<UgyldigInndataException>();
        Gyldig(Skjema("trekk.schema.json"), json).Should().Be(!skjemaAvviser);
    }

    public static TheoryData<string, bool> AvvisteTrekkgrunnlag() => new()
    {
        { """{ "ytelser": [] }""", true },
        { """{ "kravGjelder": "bot", "ytelser": [] }""", true },
        { """{ "kravGjelder": "skatt", "ytelser": [ { "type": "lotto", "bruttoPerMaaned": 1 } ] }""", true },
        { """{ "kravGjelder": "skatt", "ytelser": [ { "type": "loenn" } ] }""", true },
        { """{ "kravGjelder": "skatt", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 1, "ekstra": 1 } ] }""", true },
        { """{ "kravGjelder": "skatt", "ytelser": [ { "type": "loenn", "bruttoPerMaaned": 1, "forskuddstrekkPerMaaned": 2 } ] }""", false },
    };

    [Theory]
    [MemberData(nameof(AvvisteTrekkgrunnlag))]
    public void A_trekkgrunnlag_the_reader_refuses_is_refused_by_the_schema_unless_the_rule_is_semantic(string json, bool skjemaAvviser)
    {
        var les = () => TrekkgrunnlagJson.Les(json);
        les.Should().Throw<UgyldigInndataException>();
        Gyldig(Skjema("trekkgrunnlag.schema.json"), json).Should().Be(!skjemaAvviser);
    }

    private const string Samordning = """{ "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "beloepPerMaaned": 100 }""";

    public static TheoryData<string, bool> AvvisteSamordninger() => new()
    {
        { """{ "trekk": [] }""", true },
        { """{ "trekkevne": 1, "trekk": [ """ + Samordning.Replace("\"f\"", "\"g\"", StringComparison.Ordinal) + " ] }", true },
        { """{ "trekkevne": 1, "trekk": [ """ + Samordning.Replace("100", "-100", StringComparison.Ordinal) + " ] }", true },
        { """{ "trekkevne": 1, "trekk": [ """ + Samordning.Replace("\"A\"", "\" \"", StringComparison.Ordinal) + " ] }", true },
        { """{ "trekkevne": 1, "trekk": [ """ + Samordning + ", " + Samordning + " ] }", false },
    };

    [Theory]
    [MemberData(nameof(AvvisteSamordninger))]
    public void A_samordning_the_reader_refuses_is_refused_by_the_schema_unless_the_rule_is_semantic(string json, bool skjemaAvviser)
    {
        var les = () => SamordningJson.Les(json);
        les.Should().Throw<UgyldigInndataException>();
        Gyldig(Skjema("samordne.schema.json"), json).Should().Be(!skjemaAvviser);
    }

    private const string Maaned = """{ "maaned": "2025-01", "paalagtTrekk": 5000, "gjennomfoertTrekk": 4000, "innbetalt": 4000 }""";

    // (document, refused by the schema too?) — false marks a semantic rule of docs/schema/README.md.
    public static TheoryData<string, bool> AvvisteAnsvar() => new()
    {
        { """{ "maaneder": [ """ + Maaned + " ] }", true },
        { """{ "kravGjelder": "bot", "maaneder": [ """ + Maaned + " ] }", true },
        { """{ "kravGjelder": "annet", "maaneder": [] }""", true },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned.Replace("2025-01", "2025-13", StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned.Replace("4000 }", "-1 }", StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned.Replace("5000", "5000.001", StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned.Replace(", \"innbetalt\": 4000", string.Empty, StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "skatt", "maaneder": [ """ + Maaned.Replace(" }", ", \"ikkeMeldt\": true }", StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "skatt", "maaneder": [ """ + Maaned.Replace(" }", ", \"bruttoTrekkgrunnlag\": 40000 }", StringComparison.Ordinal) + " ] }", true },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned + ", " + Maaned + " ] }", false },
        { """{ "kravGjelder": "annet", "maaneder": [ """ + Maaned.Replace(" }", ", \"ikkeMeldt\": true, \"bruttoTrekkgrunnlag\": 40000 }", StringComparison.Ordinal) + " ] }", false },
    };

    [Theory]
    [MemberData(nameof(AvvisteAnsvar))]
    public void An_ansvar_document_the_reader_refuses_is_refused_by_the_schema_unless_the_rule_is_semantic(string json, bool skjemaAvviser)
    {
        var les = () => AnsvarJson.Les(json);
        les.Should().Throw<UgyldigInndataException>();
        Gyldig(Skjema("ansvar.schema.json"), json).Should().Be(!skjemaAvviser);
    }
}
