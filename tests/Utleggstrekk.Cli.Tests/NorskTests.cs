using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// One language for the caseworker: what <c>beregn --forklar</c>, <c>fordel --forklar</c>, <c>trekkperiode</c> and
/// <c>--help</c> print (and the rule texts of the traces in JSON) contains no English sentence, and legal sources never
/// cite "SPEC". Every command in the tree is checked, so a new command is covered without a new test.
/// </summary>
public partial class NorskTests
{
    // Common English function words that are not Norwegian words (so "to", "at", "for", "i" are left out).
    [GeneratedRegex(@"\b(the|is|and|of|with|when|must|are|which|this|that|from|into|has|have|was|were|will|would|should|than|its|usage|options|commands|arguments|description|show|required|missing|unrecognized|expected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EngelskOrd();

    private static void SkalVaereNorsk(string tekst, string hva)
    {
        var treff = EngelskOrd().Matches(tekst).Select(m => Linje(tekst, m.Index)).Distinct().ToList();
        treff.Should().BeEmpty($"{hva} shall be Norwegian; English words found on these lines");
        tekst.Should().NotContain("SPEC", $"{hva} cites law and Retningslinje, never the specification");
    }

    private static string Linje(string tekst, int indeks)
    {
        var start = tekst.LastIndexOf('\n', Math.Max(0, indeks - 1)) + 1;
        var slutt = tekst.IndexOf('\n', indeks);
        return tekst[start..(slutt < 0 ? tekst.Length : slutt)];
    }

    public static TheoryData<string> Saker() =>
    [
        "enslig-spec-eksempel.json", "ingen-trekkevne.json", "naering-skjematisk.json", "par-partner-lav-inntekt.json",
        "par-tre-barn-to-samvaersbarn.json", "tak60.json", "tak80-utvidet.json",
    ];

    [Theory]
    [MemberData(nameof(Saker))]
    public void Beregn_forklar_is_norwegian_in_the_table_and_in_the_rule_texts_of_the_json(string fil)
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel(fil), "--forklar", "--loennsperiode", "fjortendager");
        kode.Should().Be(0, feil);
        SkalVaereNorsk(ut, "beregn --forklar");

        var (_, json, _) = CliKjoering.Kjoer("beregn", CliKjoering.Eksempel(fil), "--forklar", "--json");
        SkalVaereNorsk(string.Join("\n", Regeltekster(JsonDocument.Parse(json).RootElement.GetProperty("forklaring"))), "the rule texts of beregn --forklar --json");
    }

    [Theory]
    [InlineData("tidsprioritet")]
    [InlineData("samordnet")]
    public void Fordel_forklar_is_norwegian(string regel)
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("fordel", CliKjoering.Eksempel("trekk-blandet.json"), "--beloep", "7000", "--regel", regel, "--forklar");
        kode.Should().Be(0, feil);
        SkalVaereNorsk(ut, "fordel --forklar");
        ut.Should().Contain("løpende bidrag", "a kravtype code is shown with its Norwegian label");

        var (_, json, _) = CliKjoering.Kjoer("fordel", CliKjoering.Eksempel("trekk-blandet.json"), "--beloep", "7000", "--regel", regel, "--forklar", "--json");
        SkalVaereNorsk(string.Join("\n", Regeltekster(JsonDocument.Parse(json).RootElement.GetProperty("forklaring"))), "the rule texts of fordel --forklar --json");
    }

    [Theory]
    [InlineData("ordinaer", null, null)]
    [InlineData("bot", null, null)]
    [InlineData("bidrag", null, null)]
    [InlineData("skatt", "2023", null)]
    [InlineData("skatt", "2015", null)]
    [InlineData("skatt", "2022", "2024")]
    public void Trekkperiode_is_norwegian(string kategori, string? inntektsaar, string? endringsaar)
    {
        var args = new List<string> { "trekkperiode", "--kravtype", kategori, "--beslutningsdato", "2025-03-01", "--start", "2025-06-01" };
        if (inntektsaar is not null)
        {
            args.AddRange(["--inntektsaar", inntektsaar]);
        }

        if (endringsaar is not null)
        {
            args.AddRange(["--endringsvedtakaar", endringsaar]);
        }

        var (kode, ut, feil) = CliKjoering.Kjoer([.. args]);
        kode.Should().Be(0, feil);
        SkalVaereNorsk(ut, "trekkperiode");
    }

    public static TheoryData<string> Kommandoer()
    {
        var data = new TheoryData<string> { string.Empty };
        using var ut = new StringWriter();
        var rot = Kommandolinje.LagRot(new Kontekst(ut, ut));
        foreach (var sti in Stier(rot, string.Empty))
        {
            data.Add(sti);
        }

        return data;
    }

    private static IEnumerable<string> Stier(Command kommando, string prefiks)
    {
        foreach (var under in kommando.Subcommands)
        {
            var sti = (prefiks + " " + under.Name).Trim();
            yield return sti;
            foreach (var dypere in Stier(under, sti))
            {
                yield return dypere;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kommandoer))]
    public void Help_of_every_command_is_norwegian(string kommando)
    {
        var (kode, ut, feil) = CliKjoering.Kjoer([.. kommando.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        kode.Should().Be(0, feil);
        ut.Should().Contain("Bruk:");
        SkalVaereNorsk(ut, $"'{kommando} --help'");
    }

    [Theory]
    [InlineData("beregn")]
    [InlineData("hva-om")]
    [InlineData("fordel")]
    [InlineData("innsyn")]
    [InlineData("framskriv")]
    [InlineData("elan sjekk")]
    public void Help_of_every_command_with_a_file_says_that_a_dash_reads_stdin(string kommando)
    {
        var (kode, ut, _) = CliKjoering.Kjoer([.. kommando.Split(' '), "--help"]);
        kode.Should().Be(0);
        ut.Should().Contain("- leser fra stdin");
    }

    [Theory]
    [InlineData(new[] { "--finnes-ikke" }, "ukjent kommando eller argument '--finnes-ikke'")]
    [InlineData(new[] { "rente", "--fra", "2020-01-01", "--til", "2021-01-01" }, "valget '--beloep' må angis")]
    [InlineData(new[] { "beregn" }, "argumentet mangler for kommandoen 'beregn'")]
    [InlineData(new[] { "rente", "--beloep" }, "verdien mangler for valget '--beloep'")]
    [InlineData(new[] { "rente", "--beloep", "1", "--beloep", "2", "--fra", "2020-01-01", "--til", "2021-01-01" }, "valget '--beloep' tar én verdi")]
    public void Parser_errors_are_norwegian(string[] args, string melding)
    {
        var r = CliKjoering.Kjoer(args);
        r.SkalVaereUgyldig(melding);
        SkalVaereNorsk(r.Feil, "a parser error");
    }

    [Fact]
    public void An_unknown_parser_message_is_wrapped_in_norwegian() =>
        Norsk.Parserfeil("Something new.").Should().Be("ugyldig kommandolinje (Something new.)");

    private static IEnumerable<string> Regeltekster(JsonElement node)
    {
        yield return node.GetProperty("regel").GetProperty("beskrivelse").GetString()!;
        yield return node.GetProperty("regel").GetProperty("kilde").GetString()!;
        yield return node.GetProperty("resultat").GetString()!;
        foreach (var del in node.GetProperty("deler").EnumerateArray())
        {
            foreach (var t in Regeltekster(del))
            {
                yield return t;
            }
        }
    }
}
