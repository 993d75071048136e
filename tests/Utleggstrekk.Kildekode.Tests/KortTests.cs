using Utleggstrekk.Json;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21: a JSON value shown in a message is shortened in one place, <see cref="JsonTekst.Kort"/> (its behaviour is
/// tested in Utleggstrekk.Json.Tests, JsonTekstTests).
/// </summary>
public class KortTests
{
    [Fact]
    public void Only_JsonTekst_shortens_a_json_value()
    {
        Kildefiler.Src.Where(f => f.Tre.GetRoot().DescendantTokens().Any(t => t.ValueText == "{…}"))
            .Select(f => f.Sti).Should().Equal("src/Utleggstrekk.Json/JsonTekst.cs");
    }
}
