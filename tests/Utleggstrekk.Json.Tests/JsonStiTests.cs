using System.Text.Json.Nodes;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json.Tests;

public class JsonStiTests
{
    private static JsonNode Dok() => JsonNode.Parse("""
        { "husstand": { "sivilstand": "enslig", "barn": [ { "foedselsdato": "2021-09-10" } ] }, "utgifter": { "boutgift": 8000 } }
        """)!;

    [Theory]
    [InlineData("11000", "11000")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"utvidet\"", "\"utvidet\"")]
    [InlineData("utvidet", "\"utvidet\"")]
    [InlineData("2021-09-10", "\"2021-09-10\"")]
    [InlineData("{\"foedselsdato\":\"2024-01-01\"}", "{\"foedselsdato\":\"2024-01-01\"}")]
    public void Value_is_json_when_it_parses_else_a_string(string tekst, string forventet) =>
        (JsonSti.TolkVerdi(tekst)?.ToJsonString() ?? "null").Should().Be(forventet);

    [Fact]
    public void Sets_existing_and_missing_fields_and_indexed_elements()
    {
        var dok = Dok();
        JsonSti.Sett(dok, "utgifter.boutgift", JsonSti.TolkVerdi("11000"));
        JsonSti.Sett(dok, "husstand.barn[0].foedselsdato", JsonSti.TolkVerdi("2015-05-05"));
        JsonSti.Sett(dok, "husstand.barn[1]", JsonSti.TolkVerdi("{\"foedselsdato\":\"2024-01-01\"}"));
        JsonSti.Sett(dok, "regler.tak", JsonSti.TolkVerdi("utvidet"));
        JsonSti.Sett(dok, "husstand.samvaersbarn[0].samvaersklasse", JsonSti.TolkVerdi("2"));
        dok.ToJsonString().Should().Be(
            "{\"husstand\":{\"sivilstand\":\"enslig\",\"barn\":[{\"foedselsdato\":\"2015-05-05\"},{\"foedselsdato\":\"2024-01-01\"}]," +
            "\"samvaersbarn\":[{\"samvaersklasse\":2}]},\"utgifter\":{\"boutgift\":11000},\"regler\":{\"tak\":\"utvidet\"}}");
    }

    [Theory]
    [InlineData("husstand.barn[5].foedselsdato")]
    [InlineData("utgifter.boutgift.x")]
    [InlineData("husstand[0]")]
    [InlineData("husstand..barn")]
    [InlineData("husstand.barn[x]")]
    [InlineData("")]
    public void Impossible_paths_are_refused_naming_the_path(string sti)
    {
        var handling = () => JsonSti.Sett(Dok(), sti, JsonValue.Create(1));
        handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == sti && f.Regel == "UKJENT_STI");
    }

    [Fact]
    public void Del_splits_at_the_first_equals_sign()
    {
        JsonSti.Del("utgifter.andre[0].tekst=a=b").Should().Be(("utgifter.andre[0].tekst", "a=b"));
        var handling = () => JsonSti.Del("utgifter.boutgift");
        handling.Should().Throw<UgyldigInndataException>().Which.Feil[0].Regel.Should().Be("UGYLDIG_SETT");
    }
}
