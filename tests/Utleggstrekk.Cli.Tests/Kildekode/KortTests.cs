using System.Text.Json;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli.Tests.Kildekode;

/// <summary>Issue 21: a JSON value shown in a message is shortened in one place, <see cref="JsonTekst.Kort"/>.</summary>
[Collection(AleneSamling.Navn)] // parses all of src/: not beside a test that measures the heap
public class KortTests
{
    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("{\"a\": 1}", "{…}")]
    [InlineData("[1, 2]", "[…]")]
    [InlineData("12.50", "12.50")]
    [InlineData("true", "true")]
    public void A_value_reads_as_its_short_text(string json, string forventet)
    {
        using var dok = JsonDocument.Parse(json);
        JsonTekst.Kort(dok.RootElement).Should().Be(forventet);
    }

    [Fact]
    public void A_long_string_is_cut_at_60_characters()
    {
        using var dok = JsonDocument.Parse("\"" + new string('x', 61) + "\"");
        JsonTekst.Kort(dok.RootElement).Should().Be(new string('x', 57) + "...");
        using var seksti = JsonDocument.Parse("\"" + new string('x', 60) + "\"");
        JsonTekst.Kort(seksti.RootElement).Should().Be(new string('x', 60));
    }

    [Fact]
    public void Only_JsonTekst_shortens_a_json_value()
    {
        Kildefiler.Src.Where(f => f.Tre.GetRoot().DescendantTokens().Any(t => t.ValueText == "{…}"))
            .Select(f => f.Sti).Should().Equal("src/Utleggstrekk.Json/JsonTekst.cs");
    }
}
