using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Utleggstrekk.Json;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21: a JSON value shown in a message is shortened in one place, <see cref="JsonTekst.Kort"/> (its behaviour is
/// tested in Utleggstrekk.Json.Tests, JsonTekstTests), and any quoted input is cut by one rule,
/// <c>Utleggstrekk.Engine.Felles.Inndatatekst.Kort</c> (tested in Utleggstrekk.Engine.Tests, FellesKantTests).
/// </summary>
public class KortTests
{
    [Fact]
    public void Only_JsonTekst_shortens_a_json_value()
    {
        Kildefiler.Src.Where(f => f.Tre.GetRoot().DescendantTokens().Any(t => t.ValueText == "{…}"))
            .Select(f => f.Sti).Should().Equal("src/Utleggstrekk.Json/JsonTekst.cs");
    }

    [Fact]
    public void Only_Inndatatekst_cuts_quoted_input()
    {
        // Issue 21: Web (Norsktall), Json (JsonSti, JsonTekst), Elan (ElanKanter), Cli (PortefoeljeKommando) and
        // Satser.Csv (Feltleser, Csvskanner) each had a shortener of their own; Engine.Felles.Inndatatekst is its home.
        var filer = Kildefiler.Src;
        filer.Where(f => f.Tre.GetRoot().DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText is "..." or "…" or " …"))
            .Select(f => f.Sti).Should().Equal(["src/Utleggstrekk.Engine/Felles/Inndatatekst.cs"], "the cut mark is Inndatatekst.Kuttmerke");
        filer.SelectMany(f => f.Tre.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => m.Identifier.Text == "Kort").Select(m => f.Sti))
            .Should().Equal(["src/Utleggstrekk.Engine/Felles/Inndatatekst.cs", "src/Utleggstrekk.Json/JsonTekst.cs"], "JsonTekst.Kort only picks the text of a JSON value and hands it on");
    }
}
