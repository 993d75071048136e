using System.Text;
using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

/// <summary><c>beregn --ndjson</c> and <c>fordel --ndjson</c>: one result or error object per line, streaming.</summary>
[Collection(AleneSamling.Navn)]
public class NdjsonTests
{
    private static string EnLinje(string eksempel) =>
        JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel(eksempel))).RootElement);

    private static (int Kode, string Ut, string Feil) Kjoer(string inn, params string[] args)
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        var kode = Kommandolinje.Kjoer(args, ut, feil, new StringReader(inn));
        return (kode, ut.ToString(), feil.ToString());
    }

    [Fact]
    public void Beregn_writes_one_compact_result_per_line_equal_to_the_single_case_json_and_an_error_object_for_a_bad_line()
    {
        var a = EnLinje("enslig-spec-eksempel.json");
        var b = EnLinje("tak60.json");
        var (kode, ut, feil) = Kjoer(a + "\n" + """{ "beregningsdato": "2025-03-01" }""" + "\n\n" + b + "\n", "beregn", "-", "--ndjson");

        kode.Should().Be(2, "one line failed; the others are still answered");
        feil.Should().BeEmpty("stderr is no terminal here, so no progress line");
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        linjer.Should().HaveCount(3);
        Normalisert(UtenLinje(linjer[0], 1)).Should().Be(Normalisert(CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("enslig-spec-eksempel.json"), "--json").Ut));
        Normalisert(UtenLinje(linjer[2], 4)).Should().Be(Normalisert(CliKjoering.Kjoer("beregn", CliKjoering.Eksempel("tak60.json"), "--json").Ut));
        var f = JsonDocument.Parse(linjer[1]).RootElement;
        f.GetProperty("linje").GetInt64().Should().Be(2);
        f.GetProperty("feil").EnumerateArray().Select(x => x.GetProperty("felt").GetString()).Should().Contain("skyldner");
    }

    [Fact]
    public void Fordel_distributes_the_amount_over_each_line()
    {
        var trekk = EnLinje("trekk-blandet.json");
        var (kode, ut, _) = Kjoer(trekk + "\n" + "{ \"krav\": 1 }\n", "fordel", "-", "--beloep", "7000", "--ndjson");
        kode.Should().Be(2);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Normalisert(UtenLinje(linjer[0], 1)).Should().Be(Normalisert(CliKjoering.Kjoer("fordel", CliKjoering.Eksempel("trekk-blandet.json"), "--beloep", "7000", "--json").Ut));
        JsonDocument.Parse(linjer[1]).RootElement.GetProperty("linje").GetInt64().Should().Be(2);
    }

    [Fact]
    public void All_lines_good_is_exit_code_0()
    {
        var a = EnLinje("enslig-spec-eksempel.json");
        Kjoer(a + "\n" + a, "beregn", "-", "--ndjson").Kode.Should().Be(0);
    }

    [Fact]
    public void A_100_000_line_input_runs_in_constant_memory()
    {
        // The input is produced line by line and the output only counted: what the command itself holds is measured
        // (heap after a full collection, every 20 000 lines). Keeping the results would grow the heap by ~60 MB.
        const int antall = 100_000;
        var linje = EnLinje("par-tre-barn-to-samvaersbarn.json");
        var ut = new TellendeSkriver(20_000);
        using var feil = new StringWriter();
        var kode = Kommandolinje.Kjoer(["beregn", "-", "--ndjson"], ut, feil, new GjentattLeser(linje, antall));

        kode.Should().Be(0, feil.ToString());
        ut.Linjer.Should().Be(antall);
        ut.Maalinger.Should().HaveCountGreaterThanOrEqualTo(4);
        (ut.Maalinger.Max() - ut.Maalinger.Min()).Should().BeLessThan(8 * 1024 * 1024, "memory must not grow with the number of lines (heap after each 20 000 lines: {0})", string.Join(", ", ut.Maalinger));
    }

    /// <summary>The result line without its leading <c>"linje"</c>, after checking it is <paramref name="linje"/>.</summary>
    private static string UtenLinje(string json, int linje)
    {
        var objekt = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        objekt.First().Key.Should().Be("linje", "the line number comes first");
        objekt["linje"]!.GetValue<long>().Should().Be(linje);
        objekt.Remove("linje");
        return objekt.ToJsonString();
    }

    [Fact]
    public void Errors_and_results_carry_the_line_of_the_input_and_a_syntax_error_its_input_line()
    {
        var a = EnLinje("enslig-spec-eksempel.json");
        var (kode, ut, _) = Kjoer(a + "\n\n" + a + "\n\n{ x\n" + a + "\n", "beregn", "-", "--ndjson");
        kode.Should().Be(2);
        var linjer = ut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        linjer.Select(l => l.GetProperty("linje").GetInt64()).Should().Equal(1, 3, 5, 6);
        var feil = linjer[2].GetProperty("feil")[0];
        feil.GetProperty("felt").GetString().Should().Be("linje 5");
        feil.GetProperty("melding").GetString().Should().Contain("(linje 5, posisjon 3)").And.NotContain("linje 1,");
    }

    private static string Normalisert(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private sealed class GjentattLeser(string linje, int antall) : TextReader
    {
        private int _igjen = antall;

        public override string? ReadLine() => _igjen-- > 0 ? linje : null;
    }

    private sealed class TellendeSkriver(int intervall) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public int Linjer { get; private set; }

        public List<long> Maalinger { get; } = [];

        public override void Write(char value)
        {
            if (value != '\n')
            {
                return;
            }

            Linjer++;
            if (Linjer % intervall == 0)
            {
                Maalinger.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }
    }
}

/// <summary>
/// Tests that measure the whole process's heap (GC.GetTotalMemory) run alone: other test classes running in parallel
/// allocate on the same heap and would make a constant-memory test flaky (seen once in a full-suite run).
/// </summary>
[CollectionDefinition(Navn, DisableParallelization = true)]
public sealed class AleneSamling
{
    public const string Navn = "Alene (måler prosessens minne)";
}
