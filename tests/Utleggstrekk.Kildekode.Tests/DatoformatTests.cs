using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21: the ISO date format is written once, in <c>Utleggstrekk.Engine.Felles.Isodato</c>; every other place
/// formats and parses dates through it (or through Json's <c>Datoformat</c>, which delegates to it).
/// </summary>
public class DatoformatTests
{
    private const string Hjem = "src/Utleggstrekk.Engine/Felles/Isodato.cs";

    [Fact]
    public void The_iso_date_format_is_written_only_in_Isodato()
    {
        var funn = Datoformater(Kildefiler.Src.Where(f => !f.Sti.StartsWith("src/Utleggstrekk.Reference/", StringComparison.Ordinal)));

        funn.Where(f => !f.StartsWith(Hjem + ":", StringComparison.Ordinal)).Should().BeEmpty(
            "dates are formatted with Isodato.Tekst / Isodato.Moenster, not with a pattern of their own");
        funn.Should().ContainSingle(f => f.StartsWith(Hjem + ":", StringComparison.Ordinal), "Isodato holds the pattern");
    }

    [Fact]
    public void The_scan_finds_each_way_of_writing_the_format()
    {
        var fil = new Kildefil("src/X/A.cs", CSharpSyntaxTree.ParseText("""
            class A
            {
                // uuuu-MM-dd in a comment is fine
                string B(NodaTime.LocalDate d) => d.ToString("uuuu-MM-dd", null);
                string C(NodaTime.LocalDate d) => $"{d:uuuu-MM-dd}";
                string D(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
                string E(NodaTime.LocalDate d) => d.ToString("yyyy-MM-dd", null);
                object F() => NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
                string G(NodaTime.YearMonth m) => m.ToString("uuuu-MM", null);
            }
            """));

        Datoformater([fil]).Should().Equal("src/X/A.cs:4", "src/X/A.cs:5", "src/X/A.cs:6", "src/X/A.cs:7", "src/X/A.cs:8");
    }

    private static List<string> Datoformater(IEnumerable<Kildefil> filer) =>
        [.. filer.SelectMany(f => f.Tre.GetRoot().DescendantNodesAndTokens()
            .Where(ErDatoformat)
            .Select(n => f.Sti + ":" + (n.GetLocation()!.GetLineSpan().StartLinePosition.Line + 1)))];

    private static bool ErDatoformat(SyntaxNodeOrToken n)
    {
        if (n.IsToken)
        {
            var t = n.AsToken();
            return (t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
                && ErIsomoenster(t.ValueText);
        }

        return n.AsNode() is MemberAccessExpressionSyntax { Name.Identifier.Text: "Iso" } m
            && m.Expression.ToString().EndsWith("LocalDatePattern", StringComparison.Ordinal);
    }

    private static bool ErIsomoenster(string tekst) =>
        tekst.Replace("'", string.Empty, StringComparison.Ordinal).Replace("yyyy", "uuuu", StringComparison.Ordinal)
            .Contains("uuuu-MM-dd", StringComparison.Ordinal);
}
