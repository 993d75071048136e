using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using static Utleggstrekk.Tests.Prioritet.KravBygger;

namespace Utleggstrekk.Tests.Prioritet;

public class KravvalideringTests
{
    [Fact]
    public void Valid_claims_pass()
    {
        Kravvalidering.Valider(Testkrav.Blandet(60)).Should().BeEmpty();
    }

    [Fact]
    public void All_violations_are_collected_with_TREKK_json_paths()
    {
        Krav[] krav =
        [
            Krav("k1", Artsprioritet.F, D(2024, 1, 1), 100m),
            Krav("k1", Artsprioritet.F, D(2024, 1, 1), 100m, prioritetISak: 100),
            Krav("k3", (Artsprioritet)9, D(2024, 1, 1), 100m) with { Gjenstaaende = Beloep.FraKroner(-5) },
            LoependeBidrag("lb", D(2024, 1, 1), 0m),
            Krav("bg", Artsprioritet.E, D(2024, 1, 1), 100m, type: Kravtype.Bidragsgjeld),
            Krav("h", Artsprioritet.F, D(2024, 1, 1), 100m) with { MaanedligBeloep = Beloep.FraKroner(1) },
            Krav("r", Artsprioritet.F, D(2024, 1, 1), 100m, type: Kravtype.Renter) with
            {
                Rentevilkaar = new Rentevilkaar(Rentetype.Forsinkelsesrente, Prosent.Null, null),
            },
            Krav(" ", Artsprioritet.F, D(2024, 1, 1), 100m, sak: ""),
        ];

        var feil = Kravvalidering.Valider(krav);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(
        [
            ("krav[1].id", "KRAV_DUPLIKATE_REFERANSER"),
            ("krav[1].prioritetISak", "UGYLDIG_PRIORITET_I_SAK"),
            ("krav[2].artsprioritet", "PRIORITET_MANGLER"),
            ("krav[2].gjenstaaende", "UGYLDIG_BELOEP"),
            ("krav[3].maanedligBeloep", "LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP"),
            ("krav[4].artsprioritet", "BIDRAG_MAA_HA_ARTSPRIORITET_A"),
            ("krav[5].maanedligBeloep", "MAANEDLIG_BELOEP_KUN_FOR_LOEPENDE_BIDRAG"),
            ("krav[6].rentevilkaar.type", "RENTEKRAV_KAN_IKKE_HA_RENTEKRAV"),
            ("krav[6].rentevilkaar.renteFra", "PAAKREVD"),
            ("krav[7].id", "PAAKREVD"),
            ("krav[7].sak", "PAAKREVD"),
        ]);
        feil.Single(f => f.Regel == "KRAV_DUPLIKATE_REFERANSER").Verdi.Should().Be("k1");

        var act = () => Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        act.Should().Throw<UgyldigInputException>().Which.Feil.Should().HaveCount(feil.Count);
    }

    [Fact]
    public void A_loepende_bidrag_runs_no_interest()
    {
        var lb = LoependeBidrag("lb", D(2024, 1, 1), 1_000m) with { PaaloeptRente = Beloep.FraKroner(3) };
        Kravvalidering.Valider([lb]).Should().ContainSingle().Which.Regel.Should().Be("LOEPENDE_BIDRAG_HAR_IKKE_RENTER");
    }

    [Fact]
    public void Artsprioritet_letters_and_texts()
    {
        Artsprioriteter.TryFraBokstav("C", out var c).Should().BeTrue();
        c.Should().Be(Artsprioritet.C);
        c.Tekst().Should().Be("statens regresskrav etter voldserstatningsloven § 11");
        Artsprioriteter.TryFraBokstav("g", out _).Should().BeFalse();
        Enum.GetValues<Artsprioritet>().Select(a => a.Bokstav()).Should().Equal('a', 'b', 'c', 'd', 'e', 'f');
    }
}
