using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Utleggstrekk.Elan.Tests;

/// <summary>Each rule on a minimal violating document, and the generator property over many valid documents.</summary>
public class RegelTests
{
    public static TheoryData<string> Koder() => [.. Dokumentbygger.Mutasjoner.Select(m => m.Kode)];

    [Fact]
    public void The_minimal_document_has_no_violations()
    {
        var r = Felles.Sjekk(Dokumentbygger.Bygg(Dokumentbygger.Minimal));
        r.Avvik.Should().BeEmpty();
        r.Krav.Should().HaveCount(3);
    }

    [Theory]
    [MemberData(nameof(Koder))]
    public void Each_rule_finds_its_violation_with_title_path_and_value(string kode)
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        var (sti, verdi) = Dokumentbygger.Mutasjoner.Single(m => m.Kode == kode).Mutasjon(dok);
        var r = Felles.Sjekk(dok);
        r.Avvik.Select(a => a.Kode).Should().Equal([kode], "the document was: " + dok.ToJsonString());
        var a = r.Avvik[0];
        a.Tittel.Should().Be(Elankoder.Titler[kode]);
        a.Sti.Should().Be(sti);
        a.Verdi.Should().Be(verdi);
        a.Melding.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_code_of_the_issue_has_a_mutation_and_a_title()
    {
        string[] krevd =
        [
            "MANGLER_KRAV", "KRAV_DUPLIKATE_REFERANSER", "KRAV_IKKE_BENYTTET", "KRAV_I_FLERE_TVANGSGRUNNLAG",
            "TVANGSGRUNNLAG_UGYLDIGE_KRAVREFERANSER", "HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV", "RENTE_MAA_HA_RELATERT_KRAV",
            "RENTEKRAV_KAN_IKKE_HA_RENTEKRAV", "GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL",
            "RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV", "RELATERTE_KRAV_MÅ_FINNES", "RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER",
            "PRIORITET_MANGLER", "PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER", "PRIORITET_MANGLER_PÅ_RETTSGEBYR", "UGYLDIG_BELOEP",
            "UGYLDIG_RENTE", "UGYLDIG_KID", "UGYLDIG_KONTONR", "UGYLDIG_ORGNR_PROSESSFULLMEKTIG", "SAMME_SAKSOEKT_SOM_SAKSOEKER",
            "DUPLIKAT_SAKSOEKER", "DUPLIKAT_SAKSOEKT",
        ];
        Dokumentbygger.Mutasjoner.Select(m => m.Kode).Should().Contain(krevd);
        Elankoder.Titler.Keys.Should().Contain(krevd);
    }

    [Fact]
    public void All_violations_come_in_one_answer()
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        var koder = new[] { "UGYLDIG_KID", "DUPLIKAT_SAKSOEKT", "RENTE_MAA_HA_RELATERT_KRAV", "UGYLDIG_BELOEP" };
        foreach (var kode in koder)
        {
            Dokumentbygger.Mutasjoner.Single(m => m.Kode == kode).Mutasjon(dok);
        }

        Felles.Sjekk(dok).Avvik.Select(a => a.Kode).Should().BeEquivalentTo(koder);
    }

    [Fact]
    public void A_missing_relation_of_costs_is_reported_with_the_gebyr_code()
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        dok["kravTilInnkreving"]![2]!.AsObject().Remove("relatertKrav");
        var r = Felles.Sjekk(dok);
        r.Avvik.Should().ContainSingle().Which.Should().Match<ElanAvvik>(a =>
            a.Kode == "GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL" && a.Sti == "kravTilInnkreving[2].relatertKrav");
    }

    [Fact]
    public void Without_any_priority_no_priority_rule_applies()
    {
        var s = Dokumentbygger.Minimal with { MedPrioritet = false };
        var dok = Dokumentbygger.Bygg(s);
        dok["kreverRettsgebyrErstattet"] = new JsonObject();
        Felles.Sjekk(dok).Avvik.Should().BeEmpty();
    }

    [Fact]
    public void A_kid_with_a_mod11_check_digit_is_valid_and_one_with_neither_is_not()
    {
        Kontrollsiffer.ErGyldigKid("2509937609").Should().BeTrue();
        var kropp = new[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var m11 = Dokumentbygger.Mod11Kid(kropp);
        Kontrollsiffer.ErGyldigKid("12345678" + m11).Should().BeTrue();
        Kontrollsiffer.ErGyldigKid("12345678" + Dokumentbygger.Luhn(kropp)).Should().BeTrue();
        var ingen = Enumerable.Range(0, 10).Select(x => (char)('0' + x)).First(c => c - '0' != Dokumentbygger.Luhn(kropp) && c != m11);
        Kontrollsiffer.ErGyldigKid("12345678" + ingen).Should().BeFalse();
        Kontrollsiffer.ErGyldigKid("1").Should().BeFalse();
        Kontrollsiffer.ErGyldigKid("12a4").Should().BeFalse();
        Kontrollsiffer.ErGyldigOrgnr("312597772").Should().BeTrue();
        Kontrollsiffer.ErGyldigOrgnr("312597773").Should().BeFalse();
        Kontrollsiffer.ErGyldigOrgnr("31259777").Should().BeFalse();
        Kontrollsiffer.ErGyldigKontonr("69930570044").Should().BeTrue();
        Kontrollsiffer.ErGyldigKontonr("69930570045").Should().BeFalse();
        Kontrollsiffer.ErGyldigKontonr("6993057004x").Should().BeFalse();
    }

    private static Arbitrary<Spesifikasjon> Spesifikasjoner() =>
        (from antall in Gen.Choose(1, 4)
         from grupper in Gen.ArrayOf(
             from oere in Gen.Elements(0L, 1L, 100L, 123_456L).Or(Gen.Choose(0, 50_000_000).Select(x => (long)x))
             from rente in Gen.Elements(true, false)
             from kostnad in Gen.Elements(true, false)
             select (oere, rente, kostnad), antall)
         from tg in Gen.Choose(1, 3)
         from prio in Gen.Elements(true, false)
         from start in Gen.Choose(0, 3_800)
         from lengde in Gen.Choose(0, 365)
         from tall in Gen.ArrayOf(Gen.Choose(0, 9), 8)
         select new Spesifikasjon(grupper, tg, prio, start, lengde, tall)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property A_generated_valid_document_has_no_violations() =>
        Prop.ForAll(Spesifikasjoner(), s =>
        {
            var r = Felles.Sjekk(Dokumentbygger.Bygg(s));
            r.Avvik.Should().BeEmpty();
            r.Krav.Should().OnlyContain(k => k.Artsprioritet == Engine.Prioritet.Artsprioritet.F);
            Engine.Prioritet.Kravvalidering.Valider(r.Krav.AsSpan()).Should().BeEmpty("the engine must accept every imported krav");
        });

    [Property(MaxTest = 100)]
    public Property With_the_2023_letters_every_imported_krav_is_accepted_by_the_engine_and_interest_follows_its_principal() =>
        Prop.ForAll(Spesifikasjoner(), Gen.Elements("a", "b", "c", "d", "e", "f").ToArbitrary(), (s, bokstav) =>
        {
            var dok = Dokumentbygger.Bygg(s);
            foreach (var k in dok["kravTilInnkreving"]!.AsArray())
            {
                k!["prioritetDekningsloven"] = bokstav;
            }

            var r = Felles.Sjekk(dok, new ElanValg(Bokstaver.Fra2023));
            r.Avvik.Should().BeEmpty();
            Engine.Prioritet.Kravvalidering.Valider(r.Krav.AsSpan()).Should().BeEmpty();
            foreach (var k in r.Krav)
            {
                var forventet = k.Kravtype switch
                {
                    Engine.Prioritet.Kravtype.Hovedstol => (Engine.Prioritet.Artsprioritet)(bokstav[0] - 'a' + 1),
                    Engine.Prioritet.Kravtype.Renter when bokstav == "e" => Engine.Prioritet.Artsprioritet.E,
                    _ => Engine.Prioritet.Artsprioritet.F,
                };
                k.Artsprioritet.Should().Be(forventet, k.Id);
            }
        });

    [Property(MaxTest = 300)]
    public Property Each_single_mutation_yields_exactly_its_code() =>
        Prop.ForAll(Spesifikasjoner(), Gen.Choose(0, Dokumentbygger.Mutasjoner.Count - 1).ToArbitrary(), (s, m) =>
        {
            var dok = Dokumentbygger.Bygg(s);
            var (kode, mutasjon) = Dokumentbygger.Mutasjoner[m];
            var (sti, _) = mutasjon(dok);
            var r = Felles.Sjekk(dok);
            r.Avvik.Select(a => a.Kode).Should().Equal([kode], dok.ToJsonString());
            r.Avvik[0].Sti.Should().Be(sti);
        });
}
