using System.Text.Json;
using Utleggstrekk.Cli;
using Utleggstrekk.Eksempel;

namespace Utleggstrekk.Kildekode.Tests.Readme;

/// <summary>The README's "From code" section is this folder's FraKode.cs, and it runs with the documented results.</summary>
public class ReadmeTests
{
    [Fact]
    public void The_readme_shows_the_compiled_example_verbatim()
    {
        var kode = File.ReadAllText(Path.Combine(Repo.Rot(), "tests", "Utleggstrekk.Kildekode.Tests", "Readme", "FraKode.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = kode.IndexOf("// README-START\n", StringComparison.Ordinal) + "// README-START\n".Length;
        var slutt = kode.IndexOf("\n// README-SLUTT", StringComparison.Ordinal) + 1;
        var eksempel = kode[start..slutt];
        var readme = File.ReadAllText(Path.Combine(Repo.Rot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        readme.Should().Contain("## From code").And.Contain("```csharp\n" + eksempel + "```\n");
    }

    [Fact]
    public void The_example_runs_and_gives_the_same_numbers_as_the_command_line()
    {
        using var ut = new StringWriter { NewLine = "\n" };
        FraKode.Kjoer(ut);
        var linjer = ut.ToString().Split('\n');

        linjer[0].Should().StartWith("Trekk: 11276.00 kr per måned (Livsopphold, satser ");
        linjer[1].Should().Be("Med boutgift 11 000: 8276.00 kr");
        var json = string.Join('\n', linjer.Skip(2).TakeWhile(l => !l.StartsWith("Trekkberegning.", StringComparison.Ordinal)));
        JsonDocument.Parse(json).RootElement.GetProperty("trekkPerMaaned").GetDecimal().Should().Be(11276m);
        (json + "\n").Should().Be(Kommandolinjen("beregn", Repo.Eksempel("enslig-spec-eksempel.json"), "--json"));
        ut.ToString().Should().Contain("B1: 3000.00 kr").And.Contain("K1: 8276.00 kr").And.Contain("Rente 2024: ").And.Contain("skyldner.bruttoPerMaaned: UGYLDIG_BELOEP");
    }

    /// <summary>The command line's standard output for <paramref name="args"/>, run in-process.</summary>
    private static string Kommandolinjen(params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        Kommandolinje.Kjoer(args, ut, feil).Should().Be(0, feil.ToString());
        return ut.ToString();
    }
}
