using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21: the length of every method, constructor, operator, accessor and local function body under src/.
/// A body's length is its lines from the opening to the closing brace (both counted), or the lines of an
/// expression body (<c>=&gt; …</c>). A local function is measured on its own and also counts inside the method
/// around it. A long method is excused only by a comment <c>// Lang metode: &lt;benchmark reason&gt;</c> in its
/// leading trivia (the line before it or its doc comment).
/// </summary>
internal static class Metodelengder
{
    /// <summary>The marker that excuses a method of 100 lines or more; a reason must follow it.</summary>
    public const string Unntaksmerke = "// Lang metode:";

    /// <summary>Every body in the given files, longest first (then by file and line).</summary>
    public static IReadOnlyList<Metodelengde> Maal(IEnumerable<Kildefil> filer) =>
        filer.SelectMany(f => f.Tre.GetRoot().DescendantNodes().Select(n => Lengde(f.Sti, n)).OfType<Metodelengde>())
            .OrderByDescending(m => m.Linjer).ThenBy(m => m.Fil, StringComparer.Ordinal).ThenBy(m => m.Linje)
            .ToList();

    private static Metodelengde? Lengde(string fil, SyntaxNode node)
    {
        var (navn, kropp) = node switch
        {
            BaseMethodDeclarationSyntax m => (Navn(m), (SyntaxNode?)m.Body ?? m.ExpressionBody),
            AccessorDeclarationSyntax a => (Navn(a), (SyntaxNode?)a.Body ?? a.ExpressionBody),
            LocalFunctionStatementSyntax l => (Navn(l), (SyntaxNode?)l.Body ?? l.ExpressionBody),
            // A property or indexer written as '=> …' has no accessor node: its expression is the getter.
            PropertyDeclarationSyntax { ExpressionBody: { } e } p => (Type(p) + "." + p.Identifier.Text, e),
            IndexerDeclarationSyntax { ExpressionBody: { } e } i => (Type(i) + ".this[]", e),
            _ => (null, null),
        };
        if (navn is null || kropp is null)
        {
            return null;
        }

        var spenn = kropp.GetLocation().GetLineSpan();
        var linjer = spenn.EndLinePosition.Line - spenn.StartLinePosition.Line + 1;
        return new Metodelengde(fil, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, navn, linjer, Unntak(node));
    }

    /// <summary>The reason after <see cref="Unntaksmerke"/> in the node's leading trivia, or null.</summary>
    private static string? Unntak(SyntaxNode node)
    {
        foreach (var t in node.GetLeadingTrivia())
        {
            var tekst = t.ToString();
            var i = tekst.IndexOf(Unntaksmerke, StringComparison.Ordinal);
            if (i >= 0 && !string.IsNullOrWhiteSpace(tekst[(i + Unntaksmerke.Length)..]))
            {
                return tekst[(i + Unntaksmerke.Length)..].Trim();
            }
        }

        return null;
    }

    private static string Navn(BaseMethodDeclarationSyntax m) => Type(m) + "." + m switch
    {
        MethodDeclarationSyntax metode => metode.Identifier.Text,
        ConstructorDeclarationSyntax k => k.Modifiers.Any(SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor",
        DestructorDeclarationSyntax => "Finalize",
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax c => "operator " + c.Type,
        _ => m.Kind().ToString(),
    };

    private static string Navn(AccessorDeclarationSyntax a) => a.Parent?.Parent switch
    {
        PropertyDeclarationSyntax p => Type(p) + "." + p.Identifier.Text + "." + a.Keyword.Text,
        EventDeclarationSyntax e => Type(e) + "." + e.Identifier.Text + "." + a.Keyword.Text,
        IndexerDeclarationSyntax i => Type(i) + ".this[]." + a.Keyword.Text,
        _ => "?." + a.Keyword.Text,
    };

    private static string Navn(LocalFunctionStatementSyntax l)
    {
        var ytre = l.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax);
        var foran = ytre switch
        {
            BaseMethodDeclarationSyntax m => Navn(m),
            AccessorDeclarationSyntax a => Navn(a),
            LocalFunctionStatementSyntax y => Navn(y),
            _ => Type(l),
        };
        return foran + "." + l.Identifier.Text;
    }

    /// <summary>The enclosing types' names, outermost first ("Ytre.Indre"); "&lt;top-level&gt;" outside any type.</summary>
    private static string Type(SyntaxNode node)
    {
        var typer = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text).Reverse().ToList();
        return typer.Count == 0 ? "<top-level>" : string.Join('.', typer);
    }
}

/// <summary>One measured body: file (from the repository root), line of the declaration, name, lines, excuse.</summary>
internal sealed record Metodelengde(string Fil, int Linje, string Navn, int Linjer, string? Unntak)
{
    /// <summary>One line of the listing: length, name, file:line and the excuse if any.</summary>
    public override string ToString() =>
        $"{Linjer,4}  {Navn}  {Fil}:{Linje}" + (Unntak is null ? string.Empty : "  (Lang metode: " + Unntak + ")");
}
