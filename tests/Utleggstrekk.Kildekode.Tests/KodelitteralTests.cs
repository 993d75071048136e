using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21: every rule code (an upper-case string such as <c>"UGYLDIG_BELOEP"</c>) is written once per layer, as the
/// value of a constant (<c>Utleggstrekk.Engine.Felles.Feilkoder</c>, <c>Elankoder</c>, the layers' own lists and the
/// existing constant lists such as <c>Trekkperiodegrunn</c> and <c>Satserfeilkoder</c>), and used through that constant.
/// </summary>
public partial class KodelitteralTests
{
    /// <summary>Upper-case words that are not codes, each with what it is.</summary>
    private static readonly Dictionary<string, string> IkkeKoder = new(StringComparer.Ordinal)
    {
        ["DATO"] = "a command-line option's help name",
        ["KRONER"] = "a command-line option's help name",
        ["PROSENT"] = "a command-line option's help name",
        ["TEKST"] = "a command-line option's help name",
        ["ORGNR"] = "a command-line option's help name",
        ["ELAN"] = "the case name given to an ELAN document without a reference",
        ["DENY"] = "the X-Frame-Options header value",
        ["ASPNETCORE_URLS"] = "an environment variable's name",
    };

    [GeneratedRegex("^[A-ZÆØÅ][A-ZÆØÅ0-9_]{3,}$")]
    private static partial Regex Kodeform();

    [Fact]
    public void Every_code_is_written_once_per_layer_as_a_constant()
    {
        var funn = Kodelitteraler(Kildefiler.Src.Where(f => !f.Sti.StartsWith("src/Utleggstrekk.Reference/", StringComparison.Ordinal)));

        funn.Where(f => !f.IKonstant).Select(f => f.ToString()).Should().BeEmpty(
            "a code is used through its constant (Feilkoder, Elankoder, the layer's list), not written as a literal");
        funn.GroupBy(f => (Lag(f.Fil), f.Kode)).Where(g => g.Count() > 1)
            .Select(g => g.Key.Kode + ": " + string.Join(", ", g.Select(f => f.Fil + ":" + f.Linje)))
            .Should().BeEmpty("each code is written once per layer (project)");
    }

    [Fact]
    public void The_scan_finds_a_code_literal_and_accepts_a_constant()
    {
        var fil = new Kildefil("src/Utleggstrekk.X/A.cs", CSharpSyntaxTree.ParseText("""
            class A
            {
                public const string UgyldigBeloep = "UGYLDIG_BELOEP";
                private static string F() => "PAAKREVD" + $"UGYLDIG_DATO {1}" + "Ikke_kode" + "DATO";
            }
            """));

        var funn = Kodelitteraler([fil]);

        funn.Select(f => (f.Kode, f.IKonstant, f.Linje)).Should().BeEquivalentTo(new[]
        {
            ("UGYLDIG_BELOEP", true, 3),
            ("PAAKREVD", false, 4),
        });
    }

    private static List<Kodelitteral> Kodelitteraler(IEnumerable<Kildefil> filer) =>
        [.. filer.SelectMany(f => f.Tre.GetRoot().DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) && Kodeform().IsMatch(t.ValueText) && !IkkeKoder.ContainsKey(t.ValueText))
            .Select(t => new Kodelitteral(f.Sti, t.GetLocation().GetLineSpan().StartLinePosition.Line + 1, t.ValueText, ErKonstant(t))))];

    /// <summary>The literal is the whole initializer of a <c>const</c> field.</summary>
    private static bool ErKonstant(SyntaxToken t) =>
        t.Parent is LiteralExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax felt } } }
        && felt.Modifiers.Any(SyntaxKind.ConstKeyword);

    private static string Lag(string fil) => fil.Split('/')[1];

    private sealed record Kodelitteral(string Fil, int Linje, string Kode, bool IKonstant)
    {
        public override string ToString() => $"{Kode} in {Fil}:{Linje}";
    }
}
