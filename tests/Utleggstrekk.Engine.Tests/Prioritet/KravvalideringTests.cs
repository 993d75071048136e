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
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().HaveCount(feil.Count);
    }

    [Fact]
    public void A_need_larger_than_an_amount_can_hold_is_a_validation_error()
    {
        // Gjenstaaende long.MaxValue øre + 1 øre interest does not fit a Beloep: typed error, not OverflowException.
        var krav = Krav("k", Artsprioritet.A, D(2024, 1, 1), 0m, type: Kravtype.Bidragsgjeld) with
        {
            Gjenstaaende = Beloep.FraOere(long.MaxValue),
            PaaloeptRente = Beloep.FraOere(1),
        };
        Kravvalidering.Valider([krav]).Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].paaloeptRente" && f.Regel == "UGYLDIG_BELOEP");
        var act = () => Fordeler.Planlegg([krav], Fordelingsregel.Tidsprioritet);
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("krav[0].paaloeptRente");
    }

    [Fact]
    public void Needs_that_add_up_to_more_than_an_amount_can_hold_are_a_validation_error()
    {
        // Each need fits, their sum (2 · (2⁶² + 1) øre) does not: the claim where the sum first overflows is named.
        var stor = Beloep.FraOere((long.MaxValue / 2) + 1);
        Krav[] krav =
        [
            Krav("x", Artsprioritet.A, D(2024, 1, 1), 0m, type: Kravtype.Bidragsgjeld) with { Gjenstaaende = stor },
            LoependeBidrag("y", D(2024, 1, 1), 1m) with { MaanedligBeloep = stor },
        ];
        Kravvalidering.Valider(krav).Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[1].maanedligBeloep" && f.Regel == "UGYLDIG_BELOEP");
        foreach (var regel in new[] { Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet })
        {
            var act = () => Fordeler.Fordel(krav, Beloep.FraKroner(1), regel);
            act.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Regel.Should().Be("UGYLDIG_BELOEP");
        }
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

    [Theory]
    [InlineData(Kravtype.Renter, Artsprioritet.A, true)]
    [InlineData(Kravtype.Renter, Artsprioritet.D, true)]
    [InlineData(Kravtype.Renter, Artsprioritet.E, false)]
    [InlineData(Kravtype.Renter, Artsprioritet.F, false)]
    [InlineData(Kravtype.Gebyr, Artsprioritet.B, true)]
    [InlineData(Kravtype.Gebyr, Artsprioritet.E, false)]
    [InlineData(Kravtype.Kostnader, Artsprioritet.E, true)]
    [InlineData(Kravtype.Kostnader, Artsprioritet.C, true)]
    [InlineData(Kravtype.Kostnader, Artsprioritet.F, false)]
    [InlineData(Kravtype.Hovedstol, Artsprioritet.B, false)]
    public void Interest_fees_and_costs_must_be_in_the_class_the_law_gives(Kravtype type, Artsprioritet art, bool avvist)
    {
        // Retningslinje pkt. 6.1: renter/gebyr follow the principal only for tax (e), otherwise f; kostnader always f.
        var feil = Kravvalidering.Valider([KravBygger.Krav("K", art, KravBygger.D(2024, 1, 1), 100m, type: type)]);
        var treff = feil.Where(f => f.Regel == "KRAVTYPE_HAR_ANNEN_ARTSPRIORITET").ToList();
        if (!avvist)
        {
            treff.Should().BeEmpty();
            return;
        }

        treff.Should().ContainSingle().Which.Felt.Should().Be("krav[0].artsprioritet");
        treff[0].Verdi.Should().Be(art.Bokstav().ToString());
        treff[0].Melding.Should().Contain("pkt. 6.1").And.Contain(type == Kravtype.Kostnader ? "artsprioritet f" : "artsprioritet e");
    }
}
