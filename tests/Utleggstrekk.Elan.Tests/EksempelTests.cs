using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Elan.Tests;

/// <summary>The published ELAN examples (copied from ../shared/reference/elan) import, with the expected krav.</summary>
public class EksempelTests
{
    public static TheoryData<string> Filer() => [.. Felles.Eksempler.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Filer))]
    public void Every_example_imports_and_every_answer_names_the_lettering(string fil)
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data(fil)));
        r.Informasjon.Should().Contain(i => i.Kode == "BOKSTAVER" && i.Melding.Contains("foer2023"));
        r.Krav.Length.Should().Be(r.Dokumenttype == Dokumenttype.OppslagSamordnetTrekk ? 0 : 3);
    }

    [Fact]
    public void The_expected_set_of_examples_is_there() =>
        Felles.Eksempler.Select(Path.GetFileName).Should().BeEquivalentTo(
            "begjaering-v0-enkel.json", "begjaering-v1.json", "beslutning-om-trekk-fra-kommune-v1.json", "oppslag-samordnet-trekk-kommune.json");

    [Theory]
    [InlineData("begjaering-v1.json", Dokumenttype.UtleggsbegjaeringV1, "InnsenderRef129")]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", Dokumenttype.BeslutningOmTrekkFraKommuneV1, "InnsenderRef127")]
    public void V1_and_kommune_import_the_three_krav_as_class_f_with_interest_terms(string fil, Dokumenttype type, string sak)
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data(fil)));
        r.Dokumenttype.Should().Be(type);
        r.Avvik.Should().BeEmpty();
        r.Sak.Should().Be(sak);
        var h = r.Krav[0];
        h.Id.Should().Be("00890772001");
        h.Kravtype.Should().Be(Kravtype.Hovedstol);
        h.Artsprioritet.Should().Be(Artsprioritet.F, "'e' is 'andre krav' in the list before 2023");
        h.Gjenstaaende.Should().Be(Beloep.FraOere(1_200_014));
        h.PrioritetISak.Should().Be(3);
        h.Tidsprioritet.Should().Be(new NodaTime.LocalDate(2025, 9, 4));
        h.Rentevilkaar.Should().Be(Rentevilkaar.MedForsinkelsesrente(new NodaTime.LocalDate(2025, 9, 22)), "future interest runs from the end of the claimed period");
        r.Krav[1].Kravtype.Should().Be(Kravtype.Renter);
        r.Krav[1].PrioritetISak.Should().Be(2);
        r.Krav[1].Tidsprioritet.Should().Be(h.Tidsprioritet);
        r.Krav[2].Kravtype.Should().Be(Kravtype.Kostnader);
        r.Krav[2].Gjenstaaende.Should().Be(Beloep.FraKroner(1400));
        r.Saksoekere.Should().Equal("311758489");
        r.Prosessfullmektiger.Should().Contain("312597772");
    }

    [Fact]
    public void V1_names_both_prosessfullmektiger_for_innsyn()
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("begjaering-v1.json")));
        r.Prosessfullmektiger.Should().Equal("310288837", "312597772");
    }

    [Fact]
    public void With_the_2023_lettering_e_is_tax_interest_follows_it_and_costs_are_moved_to_f_with_the_source()
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("begjaering-v1.json")), new ElanValg(Bokstaver.Fra2023));
        r.Krav.Select(k => k.Artsprioritet).Should().Equal(Artsprioritet.E, Artsprioritet.E, Artsprioritet.F);
        r.Informasjon.Should().ContainSingle(i => i.Kode == "ARTSPRIORITET_ETTER_LOV")
            .Which.Should().Match<ElanInformasjon>(i => i.Sti == "kravTilInnkreving[2].prioritetDekningsloven" && i.Kilde.Contains("pkt. 6.1"));
        r.Informasjon.Should().Contain(i => i.Kode == "BOKSTAVER" && i.Melding.Contains("2023"));
    }

    [Fact]
    public void V09_imports_with_the_older_names_and_moves_interest_and_costs_of_a_b_claim_to_f()
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("begjaering-v0-enkel.json")));
        r.Dokumenttype.Should().Be(Dokumenttype.UtleggsbegjaeringV09);
        r.Krav.Select(k => k.Artsprioritet).Should().Equal(Artsprioritet.B, Artsprioritet.F, Artsprioritet.F);
        r.Krav[1].Gjenstaaende.Should().Be(Beloep.FraOere(13_224));
        r.Informasjon.Where(i => i.Kode == "ARTSPRIORITET_ETTER_LOV").Select(i => i.Sti).Should().Equal(
            "kravTilInnkreving[1].prioritetDekningsloven", "kravTilInnkreving[2].prioritetDekningsloven");
        r.Prosessfullmektiger.Should().Equal("312597772", "312759667");

        // The example gives prioritetISak on every krav but none for the future interest of its interest-bearing
        // hovedkrav: the rule says that is a violation, and the check says so.
        r.Avvik.Select(a => a.Kode).Should().Equal("PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER");
        r.Rentekontroll.Should().ContainSingle().Which.Status.Should().Be("ikkeKontrollert");
    }

    [Fact]
    public void The_oppslag_carries_no_krav_and_says_so()
    {
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("oppslag-samordnet-trekk-kommune.json")));
        r.Dokumenttype.Should().Be(Dokumenttype.OppslagSamordnetTrekk);
        r.Avvik.Should().BeEmpty();
        r.Informasjon.Should().Contain(i => i.Kode == "INGEN_KRAV" && i.Melding.Contains("312597772"));
    }

    [Fact]
    public void A_given_tidsprioritet_is_used_instead_of_the_document_date()
    {
        var dato = new NodaTime.LocalDate(2025, 10, 1);
        var r = Felles.Sjekk(File.ReadAllText(Felles.Data("begjaering-v1.json")), new ElanValg(Tidsprioritet: dato));
        r.Krav.Should().OnlyContain(k => k.Tidsprioritet == dato);
        r.Informasjon.Should().NotContain(i => i.Kode == "TIDSPRIORITET_ANTATT");
    }
}
