using System.Text.Json;
using Utleggstrekk.Json;

namespace Utleggstrekk.Web.Tests;

/// <summary>The caseworker's explanation has words for every step and fact the engine writes in the worked examples.</summary>
public class ForklaringstekstTests
{
    public static TheoryData<string> Saker()
    {
        var data = new TheoryData<string>();
        foreach (var fil in Directory.GetFiles(Path.Combine(Repo.Rot(), "docs", "eksempler"), "*.json").Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(fil).Contains("\"skyldner\"", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(fil));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Saker))]
    public void Every_step_and_fact_of_an_example_has_norwegian_words(string fil)
    {
        var (kode, ut) = Http.KjoerCli("beregn", Repo.Eksempel(fil), "--json", "--forklar");
        kode.Should().Be(0, ut);
        var forklaring = JsonSerializer.Deserialize(JsonDocument.Parse(ut).RootElement.GetProperty("forklaring").GetRawText(), UtleggstrekkJsonContext.Utdata.ForklaringUtdata)!;
        Sjekk(forklaring);
        var steg = Forklaringstekst.Lag(forklaring);
        steg.Deler.Should().NotBeEmpty();
    }

    [Fact]
    public void A_case_with_ytelser_names_each_ytelse_and_its_treatment_in_norwegian()
    {
        var (kode, ut) = Http.KjoerCli("beregn", Repo.Eksempel("ytelser-enslig.json"), "--json", "--forklar");
        kode.Should().Be(0, ut);
        var forklaring = JsonSerializer.Deserialize(JsonDocument.Parse(ut).RootElement.GetProperty("forklaring").GetRawText(), UtleggstrekkJsonContext.Utdata.ForklaringUtdata)!;
        var grunnlag = Forklaringstekst.Lag(forklaring).Deler[0];
        grunnlag.Tittel.Should().Be("Trekkgrunnlag: skyldnerens ytelser");
        grunnlag.Fakta.Should().Contain("Kravene gjelder: andre krav enn skatte- og avgiftskrav");
        grunnlag.Deler.Select(d => d.Tittel).Should().StartWith(["Ytelse 1: lønn – trekkbar", "Ytelse 2: overtid – trekkbar", "Ytelse 3: barnetrygd – inntekt, ikke trekkbar"]);
        grunnlag.Deler[2].Fakta.Should().Contain("Brutto per måned: 1 766 kr");
    }

    private static void Sjekk(ForklaringUtdata f)
    {
        Forklaringstekst.HarTittelFor(f.Steg).Should().BeTrue(f.Steg);
        foreach (var faktum in f.Fakta)
        {
            Forklaringstekst.HarOrdFor(faktum.Navn).Should().BeTrue($"{f.Steg}: {faktum.Navn}");
        }

        foreach (var del in f.Deler)
        {
            Sjekk(del);
        }
    }

    [Theory]
    [InlineData("15277.00", "15 277 kr")]
    [InlineData("3642.40", "3 642,40 kr")]
    [InlineData("-6836.00", "-6 836 kr")]
    [InlineData("tekst", null)]
    public void A_trace_amount_reads_as_in_the_tables(string tekst, string? forventet) =>
        Forklaringstekst.Beloepstekst(tekst).Should().Be(forventet);

    [Fact]
    public void Sources_lose_file_names_table_codes_and_english()
    {
        Forklaringstekst.Kilde("forskrift 2014-06-13-724; trekkgrenser 'reduksjon_fra_fjerde_person_prosent'").Should().Be("forskrift 2014-06-13-724; satstabellen for trekkgrenser");
        Forklaringstekst.Kilde("publisert med livsoppholdssatsene (satser/samvaer.csv)").Should().Be("publisert med livsoppholdssatsene (satstabellen for samvær)");
        Forklaringstekst.Kilde("trondheim.kommune.no (updated 08.07.2024)").Should().Be("trondheim.kommune.no (oppdatert 08.07.2024)");
    }

    [Theory]
    [InlineData("redusertFraFjerdePerson", "true", "Ja")]
    [InlineData("trekkevne", "false", "Nei")]
    [InlineData("foedselsdato", "2016-05-01", "01.05.2016")]
    [InlineData("trekkprosent", "25.55", "25,55 %")]
    [InlineData("begrensning", "Tak60", "Tak 60 %")]
    [InlineData("alder", "8", "8")]
    public void A_fact_value_reads_as_a_caseworker_reads_it(string faktum, string verdi, string forventet) =>
        Forklaringstekst.Verdi(faktum, verdi).Should().Be(forventet);
}
