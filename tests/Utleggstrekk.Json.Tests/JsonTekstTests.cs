using System.Text.Json;

namespace Utleggstrekk.Json.Tests;

/// <summary><see cref="JsonTekst.Kort"/>: how a JSON value is shortened when a message shows it.</summary>
public class JsonTekstTests
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
}
