using System.Reflection;
using System.Text;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// Every rule the engine applies is a public static <see cref="Regel"/> that names its legal source. The catalogue
/// <c>docs/regler.md</c> is generated from them; this test fails when it is out of date. To regenerate:
/// <c>UTLEGGSTREKK_OPPDATER_DOCS=1 dotnet test --filter RegelkatalogTests</c>.
/// </summary>
public class RegelkatalogTests
{
    private static readonly IReadOnlyList<(string Klasse, Regel Regel)> Regler = FinnRegler();

    [Fact]
    public void Every_concept_folder_has_rules()
    {
        var navnerom = Regler.Select(r => r.Regel.Navn.Split('.')[0]).Distinct().ToList();
        navnerom.Should().Contain(["Renter", "Prioritet", "Trekkperiode"]);
        Regler.Should().HaveCountGreaterThan(15);
    }

    [Fact]
    public void Rule_names_are_unique() =>
        Regler.Select(r => r.Regel.Navn).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Every_rule_names_its_source_and_says_what_it_does()
    {
        foreach (var (klasse, regel) in Regler)
        {
            regel.Kilde.Should().NotBeNullOrWhiteSpace($"{klasse}: {regel.Navn} needs a legal source");
            regel.Beskrivelse.Should().NotBeNullOrWhiteSpace($"{klasse}: {regel.Navn} needs a description");
            regel.Navn.Should().Contain(".", $"{klasse}: rule names are Concept.Rule");
            regel.GyldigFra.Year.Should().BeInRange(1900, 2100, $"{klasse}: {regel.Navn} has an implausible date");
        }
    }

    [Fact]
    public void The_rule_catalogue_in_docs_is_up_to_date()
    {
        var fil = Path.Combine(Repo.Rot(), "docs", "regler.md");
        var forventet = Lag();
        if (Environment.GetEnvironmentVariable("UTLEGGSTREKK_OPPDATER_DOCS") == "1")
        {
            File.WriteAllText(fil, forventet);
        }

        File.Exists(fil).Should().BeTrue("docs/regler.md is generated from the rules in code");
        File.ReadAllText(fil).ReplaceLineEndings("\n").Should().Be(
            forventet,
            "docs/regler.md must list every rule as the code states it; regenerate with UTLEGGSTREKK_OPPDATER_DOCS=1");
    }

    private static string Lag()
    {
        var sb = new StringBuilder();
        sb.Append("# Rule catalogue (regelkatalog)\n\n");
        sb.Append("Generated from the `Regel` values in `src/Utleggstrekk.Engine` by `tests/Utleggstrekk.Engine.Tests/Felles/RegelkatalogTests.cs`;\n");
        sb.Append("do not edit by hand (regenerate with `UTLEGGSTREKK_OPPDATER_DOCS=1 dotnet test --filter RegelkatalogTests`).\n");
        sb.Append("Each rule carries its legal source and the date it applies from; the explanation traces name the same rules.\n");
        foreach (var gruppe in Regler.GroupBy(r => r.Regel.Navn.Split('.')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("\n## ").Append(gruppe.Key).Append("\n\n");
            sb.Append("| rule | source | applies from | what it does |\n|---|---|---|---|\n");
            foreach (var (_, r) in gruppe.OrderBy(r => r.Regel.Navn, StringComparer.Ordinal))
            {
                sb.Append("| `").Append(r.Navn).Append("` | ").Append(Celle(r.Kilde)).Append(" | ")
                  .Append(r.GyldigFra.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                  .Append(" | ").Append(Celle(r.Beskrivelse)).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string Celle(string tekst) => tekst.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static List<(string, Regel)> FinnRegler()
    {
        var funnet = new List<(string, Regel)>();
        var sett = new HashSet<Regel>(ReferenceEqualityComparer.Instance);
        foreach (var type in typeof(Regel).Assembly.GetTypes())
        {
            const BindingFlags flagg = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var verdier = type.GetFields(flagg).Where(f => f.FieldType == typeof(Regel)).Select(f => f.GetValue(null))
                .Concat(type.GetProperties(flagg).Where(p => p.PropertyType == typeof(Regel) && p.GetIndexParameters().Length == 0)
                    .Select(p => p.GetValue(null)));
            foreach (var v in verdier.OfType<Regel>().Where(sett.Add))
            {
                funnet.Add((type.FullName ?? type.Name, v));
            }
        }

        return funnet;
    }
}
