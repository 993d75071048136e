using Microsoft.CodeAnalysis.CSharp;

namespace Utleggstrekk.Kildekode.Tests;

/// <summary>
/// Issue 21's method-length guard: no method under src/ of <see cref="Lang"/> lines or more unless a
/// <c>// Lang metode: &lt;benchmark reason&gt;</c> comment excuses it, and at most <see cref="HoeyestAntallMiddels"/>
/// of <see cref="Middels"/> lines or more. <c>tools/metodelengder.sh</c> prints the current list.
/// </summary>
public class MetodelengdeTests
{
    private const int Lang = 100;
    private const int Middels = 60;
    private const int HoeyestAntallMiddels = 25;

    [Fact]
    public void No_method_of_100_lines_or_more_without_a_benchmark_reason()
    {
        var lange = Metodelengder.Maal(Kildefiler.Src).Where(m => m.Linjer >= Lang && m.Unntak is null).ToList();
        lange.Should().BeEmpty(
            "a method of {0} lines or more must be split into named steps, or carry '{1} <benchmark reason>' "
            + "(see docs/kvalitet.md); now:\n{2}", Lang, Metodelengder.Unntaksmerke, string.Join('\n', lange));
    }

    [Fact]
    public void At_most_25_methods_of_60_lines_or_more()
    {
        var middels = Metodelengder.Maal(Kildefiler.Src).Where(m => m.Linjer >= Middels).ToList();
        middels.Count.Should().BeLessThanOrEqualTo(HoeyestAntallMiddels,
            "at most {0} methods of {1} lines or more; now {2}:\n{3}", HoeyestAntallMiddels, Middels, middels.Count, string.Join('\n', middels));
    }

    // The measure itself, on code written here: a test that would pass on any count must not pass unnoticed.
    [Fact]
    public void The_measure_counts_body_lines_names_each_kind_and_reads_the_excuse()
    {
        const string kode = """
            namespace N;
            public class A
            {
                public A()
                {
                }

                // Lang metode: splitting costs 3 ns in TrekkBenchmark.Beregn
                public int F(int x)
                {
                    return Lokal(x);

                    static int Lokal(int y) => y
                        + 1;
                }

                public int P { get { return 1; } }

                public int Q => 2;

                public static A operator +(A a, A b) => a;

                public class B
                {
                    /// <summary>Doc.</summary>
                    // Lang metode:
                    private void G()
                    {
                        _ = 1;
                    }
                }
            }
            """;
        var fil = new Kildefil("src/N/A.cs", CSharpSyntaxTree.ParseText(kode));

        var maalt = Metodelengder.Maal([fil]).ToDictionary(m => m.Navn);

        maalt.Keys.Should().BeEquivalentTo("A..ctor", "A.F", "A.F.Lokal", "A.P.get", "A.Q", "A.operator +", "A.B.G");
        maalt["A..ctor"].Linjer.Should().Be(2);
        maalt["A.F"].Linjer.Should().Be(6);
        maalt["A.F"].Linje.Should().Be(9, "the declaration's own line, after its comments");
        maalt["A.F"].Unntak.Should().Be("splitting costs 3 ns in TrekkBenchmark.Beregn");
        maalt["A.F.Lokal"].Linjer.Should().Be(2);
        maalt["A.P.get"].Linjer.Should().Be(1);
        maalt["A.B.G"].Linjer.Should().Be(3);
        maalt["A.B.G"].Unntak.Should().BeNull("the marker without a reason excuses nothing");
        maalt.Values.Select(m => m.Linjer).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Generated_and_build_output_files_are_not_measured()
    {
        Kildefiler.Src.Should().NotBeEmpty();
        Kildefiler.Src.Should().OnlyContain(f => f.Sti.StartsWith("src/", StringComparison.Ordinal)
            && !f.Sti.Contains("/obj/", StringComparison.Ordinal) && !f.Sti.Contains("/bin/", StringComparison.Ordinal)
            && !f.Sti.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    /// <summary>
    /// The listing of src/ (longest first); with METODELENGDER_UT set it is written there for tools/metodelengder.sh.
    /// </summary>
    [Fact]
    public void The_listing_of_src_is_longest_first_and_names_every_body_once()
    {
        var liste = Metodelengder.Maal(Kildefiler.Src);

        liste.Should().NotBeEmpty();
        liste.Select(m => m.Linjer).Should().BeInDescendingOrder();
        liste.Select(m => (m.Fil, m.Linje, m.Navn)).Should().OnlyHaveUniqueItems();
        var ut = Environment.GetEnvironmentVariable("METODELENGDER_UT");
        if (!string.IsNullOrEmpty(ut))
        {
            File.WriteAllLines(ut, liste.Select(m => m.ToString()));
        }
    }
}
