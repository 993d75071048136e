using System.Text.Json;

namespace Utleggstrekk.Cli.Tests;

public class AnsvarKommandoTests
{
    public static TheoryData<string> Tilfeller()
    {
        var data = new TheoryData<string>();
        using var dok = JsonDocument.Parse(File.ReadAllText(CliKjoering.Eksempel("forventet.json")));
        foreach (var e in dok.RootElement.GetProperty("ansvar").EnumerateArray())
        {
            data.Add(e.GetRawText());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void Every_ansvar_example_gives_the_hand_worked_liability_and_credit(string tilfelle)
    {
        // docs/eksempler/forventet.json ("ansvar"): each month and the sums worked by hand from pkt. 8.3/8.4.
        var e = JsonDocument.Parse(tilfelle).RootElement;
        var (kode, ut, feil) = CliKjoering.Kjoer("ansvar", CliKjoering.Eksempel(e.GetProperty("fil").GetString()!), "--json");
        kode.Should().Be(0, feil);
        var rot = JsonDocument.Parse(ut).RootElement;
        foreach (var felt in new[] { "ansvar", "godskrivesSkyldner", "ikkeTrukket", "trukketIkkeInnbetalt", "stipulert", "innbetaltUtoverTrukket" })
        {
            rot.GetProperty(felt).GetDecimal().Should().Be(e.GetProperty(felt).GetDecimal(), felt);
        }

        var maaneder = rot.GetProperty("maaneder").EnumerateArray().ToDictionary(m => m.GetProperty("maaned").GetString()!, m => m.GetProperty("ansvar").GetDecimal());
        maaneder.Keys.Should().Equal(e.GetProperty("maaneder").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), "months come out in calendar order");
        foreach (var m in e.GetProperty("maaneder").EnumerateObject())
        {
            maaneder[m.Name].Should().Be(m.Value.GetDecimal(), m.Name);
        }
    }

    [Fact]
    public void The_table_is_norwegian_and_names_the_statute_and_the_sums()
    {
        var (kode, ut, feil) = CliKjoering.Kjoer("ansvar", CliKjoering.Eksempel("ansvar-skatt.json"));
        kode.Should().Be(0, feil);
        ut.Should().Contain("sktbl. § 16-20").And.Contain("Trukket, ikke innbetalt").And.Contain("0 (unnskyldt)")
            .And.Contain("Ansvar for den trekkpliktige: 8 234,56 kr").And.Contain("Godskrives skyldneren (gjennomført trekk, pkt. 8.3): 18 000 kr")
            .And.Contain("2025-05: Arbeidsforholdet er ikke meldt");
    }

    [Fact]
    public void Stdin_is_read_with_a_dash()
    {
        using var ut = new StringWriter { NewLine = "\n" };
        using var feil = new StringWriter { NewLine = "\n" };
        var json = """{ "kravGjelder": "annet", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 3000, "gjennomfoertTrekk": 3000, "innbetalt": 1000 } ] }""";
        var kode = Kommandolinje.Kjoer(["ansvar", "-", "--json"], ut, feil, new StringReader(json));
        kode.Should().Be(0, feil.ToString());
        JsonDocument.Parse(ut.ToString()).RootElement.GetProperty("ansvar").GetDecimal().Should().Be(2000m);
    }

    [Theory]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 1, "innbetalt": -1 } ] }""", "maaneder[0].innbetalt", "UGYLDIG_BELOEP")]
    [InlineData("""{ "kravGjelder": "annet", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0, "ikkeMeldt": true, "bruttoTrekkgrunnlag": 10 } ] }""", "maaneder[0].ikkeMeldt", "IKKE_MELDT_KUN_SKATT")]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0, "ikkeMeldt": true } ] }""", "maaneder[0].bruttoTrekkgrunnlag", "PAAKREVD")]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [ { "maaned": "2025-1", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0 } ] }""", "maaneder[0].maaned", "UGYLDIG_DATO")]
    [InlineData("""{ "kravGjelder": "bidrag", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0 } ] }""", "kravGjelder", "UGYLDIG_VERDI")]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0 }, { "maaned": "2025-01", "paalagtTrekk": 1, "gjennomfoertTrekk": 0, "innbetalt": 0 } ] }""", "maaneder[1].maaned", "DUPLIKAT_MAANED")]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [] }""", "maaneder", "MANGLER_MAANEDER")]
    [InlineData("""{ "kravGjelder": "skatt", "maaneder": [ { "maaned": "2025-01", "paalagtTrekk": 1, "innbetalt": 0 } ] }""", "maaneder[0].gjennomfoertTrekk", "PAAKREVD")]
    public void Bad_input_exits_2_naming_the_field_and_the_rule(string json, string felt, string regel)
    {
        var fil = CliKjoering.Midlertidig(json);
        try
        {
            CliKjoering.Kjoer("ansvar", fil).SkalVaereUgyldig(felt, regel);
            var (kode, ut, _) = CliKjoering.Kjoer("ansvar", fil, "--json");
            kode.Should().Be(2);
            var feil = JsonDocument.Parse(ut).RootElement.GetProperty("feil").EnumerateArray().ToList();
            feil.Should().Contain(f => f.GetProperty("felt").GetString() == felt && f.GetProperty("regel").GetString() == regel);
        }
        finally
        {
            File.Delete(fil);
        }
    }
}
