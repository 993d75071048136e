using System.Text.Json;

namespace Utleggstrekk.Elan.Tests;

/// <summary><c>elan sjekk</c>: exit 0 without violations, 1 with, 2 when unreadable; <c>--krav-ut</c> feeds <c>fordel</c>.</summary>
public class ElanKommandoTests
{
    [Theory]
    [InlineData("begjaering-v1.json", 0)]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", 0)]
    [InlineData("oppslag-samordnet-trekk-kommune.json", 0)]
    [InlineData("begjaering-v0-enkel.json", 1)]
    public void Every_example_runs_with_the_exit_code_of_its_violations(string fil, int forventet)
    {
        var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", Felles.Data(fil));
        kode.Should().Be(forventet, feil);
        feil.Should().BeEmpty();
        ut.Should().Contain("Bokstavliste for prioritetDekningsloven: foer2023");
        ut.Should().Contain(forventet == 0 ? "Ingen avvik." : "PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER (Prioritet angitt på ett krav men mangler på renter frem i tid): kravTilInnkreving[0].renteOpplysning.prioritetISakFremtidigRentekrav");
    }

    [Fact]
    public void Json_answer_lists_violations_with_code_title_path_and_value_and_the_lettering()
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        Dokumentbygger.Mutasjoner.Single(m => m.Kode == "UGYLDIG_KONTONR").Mutasjon(dok);
        Dokumentbygger.Mutasjoner.Single(m => m.Kode == "KRAV_IKKE_BENYTTET").Mutasjon(dok);
        var fil = Felles.Midlertidig(dok.ToJsonString());
        var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", fil, "--json", "--bokstaver", "2023");
        kode.Should().Be(1, feil);
        using var svar = JsonDocument.Parse(ut);
        var rot = svar.RootElement;
        rot.GetProperty("bokstaver").GetString().Should().Be("2023");
        rot.GetProperty("gyldig").GetBoolean().Should().BeFalse();
        var avvik = rot.GetProperty("avvik").EnumerateArray().ToList();
        avvik.Select(a => a.GetProperty("kode").GetString()).Should().BeEquivalentTo("UGYLDIG_KONTONR", "KRAV_IKKE_BENYTTET");
        avvik.Should().OnlyContain(a => a.GetProperty("tittel").GetString()!.Length > 0 && a.GetProperty("sti").GetString()!.Length > 0 && a.GetProperty("verdi").GetString()!.Length > 0);
        rot.GetProperty("krav").GetArrayLength().Should().Be(4);
        rot.GetProperty("krav")[0].GetProperty("artsprioritet").GetString().Should().Be("e");
    }

    [Fact]
    public void Json_output_is_byte_identical_for_the_same_input()
    {
        var a = Felles.Kjoer("elan", "sjekk", Felles.Data("begjaering-v1.json"), "--json");
        var b = Felles.Kjoer("elan", "sjekk", Felles.Data("begjaering-v1.json"), "--json");
        a.Ut.Should().Be(b.Ut).And.Contain("\"rentekontroll\"");
    }

    [Theory]
    [InlineData("--bokstaver", "1999", "--bokstaver")]
    [InlineData("--tidsprioritet", "2025-02-30", "--tidsprioritet")]
    public void Bad_options_exit_2_naming_the_option(string valg, string verdi, string navn)
    {
        var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", Felles.Data("begjaering-v1.json"), valg, verdi);
        kode.Should().Be(2);
        ut.Should().BeEmpty();
        feil.Should().Contain(navn).And.Contain(verdi);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (kode, _, feil) = Felles.Kjoer("elan", "sjekk", Path.Combine(Path.GetTempPath(), "finnes-ikke-" + Guid.NewGuid().ToString("N") + ".json"));
        kode.Should().Be(2);
        feil.Should().Contain("fant ikke filen");
    }

    [Theory]
    [InlineData("begjaering-v1.json", "foer2023")]
    [InlineData("begjaering-v1.json", "2023")]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", "foer2023")]
    public void Krav_ut_is_accepted_by_fordel(string eksempel, string bokstaver)
    {
        var trekk = Path.Combine(Path.GetTempPath(), "elan-trekk-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", Felles.Data(eksempel), "--bokstaver", bokstaver, "--krav-ut", trekk);
            kode.Should().Be(0, feil);
            ut.Should().Contain("(TREKK.json)");
            var fordel = Felles.Kjoer("fordel", trekk, "--beloep", "5000", "--json");
            fordel.Kode.Should().Be(0, fordel.Feil);
            using var svar = JsonDocument.Parse(fordel.Ut);
            svar.RootElement.GetProperty("fordeling").EnumerateArray().Select(a => a.GetProperty("id").GetString())
                .Should().Equal("00890772001", "RentekravPåHovedkrav_00890772001_1", "UtenrettsligKostnaderAvHovedkrav_00890772001");
            svar.RootElement.GetProperty("fordeling").EnumerateArray().Sum(a => a.GetProperty("beloep").GetDecimal()).Should().Be(5000m);
        }
        finally
        {
            File.Delete(trekk);
        }
    }

    [Fact]
    public void Krav_ut_is_not_written_when_there_are_violations()
    {
        var trekk = Path.Combine(Path.GetTempPath(), "elan-trekk-" + Guid.NewGuid().ToString("N") + ".json");
        var (kode, ut, _) = Felles.Kjoer("elan", "sjekk", Felles.Data("begjaering-v0-enkel.json"), "--krav-ut", trekk);
        kode.Should().Be(1);
        ut.Should().Contain("er ikke skrevet");
        File.Exists(trekk).Should().BeFalse();
    }
}
