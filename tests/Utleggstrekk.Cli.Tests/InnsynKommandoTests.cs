using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Utleggstrekk.Cli.Tests;

public class InnsynKommandoTests
{
    private static readonly string Trekk = CliKjoering.Eksempel("trekk-innsyn.json");

    public static TheoryData<string> Tilfeller()
    {
        var data = new TheoryData<string>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("innsyn").EnumerateArray())
        {
            data.Add(e.GetRawText());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void Every_innsyn_example_gives_the_hand_worked_answer_or_refusal(string tilfelle)
    {
        // docs/eksempler/forventet.json "innsyn": each case with its arithmetic ("utledning"), from forskrift 2025-07-09-1510 § 4.
        var e = JsonDocument.Parse(tilfelle).RootElement;
        var (kode, ut, feil) = CliKjoering.Kjoer(
            "innsyn", CliKjoering.Eksempel(e.GetProperty("fil").GetString()!), "--krav", e.GetProperty("krav").GetString()!,
            "--dato", e.GetProperty("dato").GetString()!, "--som", e.GetProperty("som").GetString()!, "--json");
        if (e.TryGetProperty("avslag", out var avslag))
        {
            // Under --json the refusal is the shared error object on stdout: {"feil": [{"felt","verdi","regel","melding"}]}.
            kode.Should().Be(2);
            feil.Should().BeEmpty();
            var feilListe = JsonDocument.Parse(ut).RootElement.GetProperty("feil");
            feilListe.GetArrayLength().Should().Be(1);
            feilListe[0].GetProperty("regel").GetString().Should().Be(avslag.GetString());
            feilListe[0].GetProperty("melding").GetString().Should().NotBeNullOrWhiteSpace();
            return;
        }

        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        rot.GetProperty("kravMedHoeyerePrioritet").GetProperty("sumGjenstaaendeBeloep").GetDecimal().Should().Be(e.GetProperty("kravMedHoeyerePrioritet").GetDecimal());
        var b = rot.GetProperty("kravMedSammePrioritet");
        b.GetProperty("sumGjenstaaendeBeloep").GetDecimal().Should().Be(e.GetProperty("sumSammePrioritet").GetDecimal());
        b.GetProperty("andreKravsDividendegrunnlag").GetDecimal().Should().Be(e.GetProperty("sumSammePrioritet").GetDecimal());
        b.GetProperty("kravetsDividendegrunnlag").GetDecimal().Should().Be(e.GetProperty("kravetsDividendegrunnlag").GetDecimal());
        b.GetProperty("kravetsAndel").GetDecimal().Should().Be(e.GetProperty("kravetsAndel").GetDecimal());
        rot.GetProperty("dekningAvUforfalteBidragskrav").GetProperty("maanedligBidragsforpliktelse").GetDecimal().Should().Be(e.GetProperty("maanedligBidragsforpliktelse").GetDecimal());
        if (e.TryGetProperty("mottatt", out var mottatt))
        {
            rot.GetProperty("mottattTrekkbeloepSistePeriode").GetProperty("mottatt").EnumerateArray()
                .Select(m => (m.GetProperty("dato").GetString()!, m.GetProperty("trekkbeloep").GetDecimal()))
                .Should().Equal(mottatt.EnumerateObject().Select(p => (p.Name, p.Value.GetDecimal())));
        }
    }

    [Fact]
    public void The_json_has_exactly_the_five_aggregates_of_the_contract()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("innsyn", Trekk, "--krav", "F1", "--dato", "2025-03-01", "--som", "998870003", "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        // The five aggregates of the ELAN innsyn model, then the derived-rate flag every result carries (SPEC §3, issue 17).
        rot.EnumerateObject().Select(p => p.Name).Should().Equal(
            "kravMedHoeyerePrioritet", "kravMedSammePrioritet", "dekningAvUforfalteBidragskrav", "mottattTrekkbeloepSistePeriode", "besluttetTrekkPerTrekkpliktig", "avledet");
        rot.GetProperty("avledet").GetBoolean().Should().BeFalse("no forsinkelsesrente of the example runs in 2025-07-01 – 2025-12-31 before 2025-03-01");
        var m = rot.GetProperty("mottattTrekkbeloepSistePeriode");
        m.GetProperty("startdato").GetString().Should().Be("2025-02-01");
        m.GetProperty("sluttdato").GetString().Should().Be("2025-03-01");
        var e = rot.GetProperty("besluttetTrekkPerTrekkpliktig");
        e.GetArrayLength().Should().Be(2, "the trekkpålegg that ended on 2025-01-01 is left out");
        e[0].GetProperty("perioder")[0].GetProperty("trekkbeloep").GetDecimal().Should().Be(6000m);
        e[0].GetProperty("perioder")[0].GetProperty("sluttdato").ValueKind.Should().Be(JsonValueKind.Null);
        e[1].GetProperty("perioder")[0].GetProperty("trekkprosent").GetDecimal().Should().Be(10m);
        e[1].GetProperty("perioder")[0].GetProperty("sluttdato").GetString().Should().Be("2025-06-30", "til 2025-07-01 is exclusive; the last day is shown");
        e[1].GetProperty("perioder")[0].TryGetProperty("trekkbeloep", out _).Should().BeFalse();
    }

    [Fact]
    public void Table_output_names_the_aggregates_in_norwegian()
    {
        var (kode, ut, _) = CliKjoering.Kjoer("innsyn", Trekk, "--krav", "F1", "--dato", "2025-03-01", "--som", "934560000");
        kode.Should().Be(0);
        ut.Should().Contain("a. Krav som dekkes før kravet").And.Contain("37 312,50").And.Contain("100,00 %").And.Contain("løpende");
    }

    [Theory]
    [InlineData("--som", "998870004", "UGYLDIG_ORGNR")]
    [InlineData("--dato", "2025-02-30", "--dato")]
    public void Bad_arguments_exit_2(string valg, string verdi, string melding)
    {
        var args = new List<string> { "innsyn", Trekk, "--krav", "F1", "--dato", "2025-03-01", "--som", "998870003" };
        args[args.IndexOf(valg) + 1] = verdi;
        CliKjoering.Kjoer([.. args]).SkalVaereUgyldig(melding);
    }

    [Theory]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100, "saksoeker": "123456789" } ] }""", "krav[0].saksoeker = '123456789'", "UGYLDIG_ORGNR")]
    [InlineData("""{ "status": "pause", "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ] }""", "status = 'pause'", "UGYLDIG_VERDI")]
    [InlineData("""{ "regel": "tilfeldig", "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ] }""", "regel = 'tilfeldig'", "UGYLDIG_VERDI")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ], "trekkpaalegg": [ { "trekkpliktig": "812340018", "fra": "2025-01-01", "beloep": 100, "prosent": 10 } ] }""", "trekkpaalegg[0]", "BELOEP_ELLER_PROSENT")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ], "trekkpaalegg": [ { "trekkpliktig": "812340018", "fra": "2025-01-01", "til": "2025-01-01", "beloep": 100 } ] }""", "trekkpaalegg[0].til = '2025-01-01'", "UGYLDIG_PERIODE")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ], "trekkpaalegg": [ { "trekkpliktig": "812340018", "fra": "2025-01-01", "prosent": 100.5 } ] }""", "trekkpaalegg[0].prosent", "UGYLDIG_PROSENT")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ], "mottatt": [ { "dato": "2025-01-01", "beloep": -1 } ] }""", "mottatt[0].beloep = '-1'", "UGYLDIG_BELOEP")]
    [InlineData("""{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ], "mottatt": [ { "beloep": 1 } ] }""", "mottatt[0].dato", "PAAKREVD")]
    public void The_trekk_json_extension_is_validated_with_field_value_and_rule(string json, string felt, string regel)
    {
        var fil = CliKjoering.Midlertidig(json);
        CliKjoering.Kjoer("innsyn", fil, "--krav", "A", "--dato", "2025-03-01", "--som", "974760673").SkalVaereUgyldig(felt, regel);
        CliKjoering.Kjoer("fordel", fil, "--beloep", "100").SkalVaereUgyldig(felt, regel);
    }

    /// <summary>
    /// Nothing about another creditor appears in an answer: for a generated trekk, every krav's answer to its own
    /// saksøker is serialized and searched for every other krav's id and case, and every organisation number that is
    /// neither the requester's nor a trekkpliktig's.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property No_other_creditor_appears_in_a_serialized_answer() =>
        Prop.ForAll(Gen.Choose(1, 8).SelectMany(n => Gen.Choose(0, 5).ArrayOf(n)).ToArbitrary(), kreditorer =>
        {
            string[] orgnr = ["974080001", "987650001", "912340007", "923450009", "934560000", "998870003"];
            var krav = new StringBuilder();
            for (var i = 0; i < kreditorer.Length; i++)
            {
                var art = "abdef"[i % 5];
                var type = art == 'a' ? "bidragsgjeld" : "hovedstol";
                krav.Append(CultureInfo.InvariantCulture, $$"""{ "id": "kravid{{i}}x", "artsprioritet": "{{art}}", "tidsprioritet": "2024-0{{1 + (i % 9)}}-01", "sak": "saksnr{{i}}x", "kravtype": "{{type}}", "gjenstaaende": {{1000 + (i * 37)}}, "saksoeker": "{{orgnr[kreditorer[i]]}}" }""");
                krav.Append(i + 1 < kreditorer.Length ? "," : string.Empty);
            }

            var fil = CliKjoering.Midlertidig($$"""{ "krav": [ {{krav}} ], "trekkpaalegg": [ { "trekkpliktig": "812340018", "fra": "2025-01-01", "beloep": 5000 } ] }""");
            for (var i = 0; i < kreditorer.Length; i++)
            {
                var som = orgnr[kreditorer[i]];
                var (kode, ut, feil) = CliKjoering.Kjoer("innsyn", fil, "--krav", $"kravid{i}x", "--dato", "2025-03-01", "--som", som, "--json");
                if (kode != 0)
                {
                    return false.Label(feil);
                }

                for (var j = 0; j < kreditorer.Length; j++)
                {
                    if (ut.Contains($"kravid{j}x", StringComparison.Ordinal) || ut.Contains($"saksnr{j}x", StringComparison.Ordinal))
                    {
                        return false.Label($"answer to krav {i} names krav {j}");
                    }
                }

                if (orgnr.Any(o => ut.Contains(o, StringComparison.Ordinal)))
                {
                    return false.Label($"answer to krav {i} names a creditor");
                }
            }

            return true.ToProperty();
        });
}
