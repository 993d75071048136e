using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using static Utleggstrekk.Tests.Prioritet.KravBygger;

namespace Utleggstrekk.Tests.Prioritet;

/// <summary>
/// Pins what survived the 2026-12-06 Stryker run on Prioritet: each violation's field, value, rule code and the
/// Norwegian message a caseworker reads, word for word, and the statute texts of the classes.
/// </summary>
public class PrioritetOverleverTests
{
    private static Valideringsfeil Ene(params Krav[] krav) => Kravvalidering.Valider(krav).Should().ContainSingle().Subject;

    private static void Er(Valideringsfeil f, string felt, string? verdi, string regel, string melding) =>
        f.Should().Be(new Valideringsfeil(felt, verdi, regel, melding));

    [Fact]
    public void Missing_id_is_reported_word_for_word()
    {
        Er(Ene(Krav(" ", Artsprioritet.F, D(2024, 1, 1), 100m)), "krav[0].id", " ", "PAAKREVD", "Kravet må ha en referanse.");
    }

    [Fact]
    public void Missing_sak_is_reported_word_for_word()
    {
        Er(Ene(Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m, sak: "")), "krav[0].sak", "", "PAAKREVD", "Kravet må høre til en sak.");
    }

    [Fact]
    public void Duplicate_id_names_the_earlier_index()
    {
        var f = Ene(
            Krav("a", Artsprioritet.F, D(2024, 1, 1), 100m),
            Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m),
            Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m));
        Er(f, "krav[2].id", "k", "KRAV_DUPLIKATE_REFERANSER", "Kravreferansen er brukt før, av krav[1].");
    }

    [Fact]
    public void Unknown_artsprioritet_is_reported_word_for_word()
    {
        Er(
            Ene(Krav("k", (Artsprioritet)9, D(2024, 1, 1), 100m)),
            "krav[0].artsprioritet",
            "9",
            "PRIORITET_MANGLER",
            "Artsprioritet må være a, b, c, d, e eller f (deknl. § 2-8 første ledd).");
    }

    [Fact]
    public void Interest_part_priority_outside_1_to_99_is_reported_word_for_word()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with { RentePrioritetISak = 100 };
        Er(
            Ene(k),
            "krav[0].rentevilkaar.prioritetISak",
            "100",
            "UGYLDIG_PRIORITET_I_SAK",
            "Rentedelens prioritet i saken må være mellom 1 og 99.");
    }

    [Fact]
    public void Negative_accrued_interest_is_reported_on_its_own_field()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with { PaaloeptRente = Beloep.FraKroner(-3) };
        Er(Ene(k), "krav[0].paaloeptRente", "-3.00", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt.");
    }

    [Fact]
    public void Negative_remaining_uses_the_generic_negative_message()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 0m) with { Gjenstaaende = Beloep.FraOere(-1) };
        Er(Ene(k), "krav[0].gjenstaaende", "-0.01", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt.");
    }

    [Fact]
    public void Remaining_plus_interest_overflow_is_reported_word_for_word()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 0m) with
        {
            Gjenstaaende = Beloep.FraOere(long.MaxValue),
            PaaloeptRente = Beloep.FraOere(1),
        };
        Er(
            Ene(k),
            "krav[0].paaloeptRente",
            "0.01",
            "UGYLDIG_BELOEP",
            "Gjenstående pluss påløpte renter blir større enn et beløp kan holde.");
    }

    [Fact]
    public void A_need_of_exactly_the_largest_amount_still_counts_in_the_sum()
    {
        // Remaining + interest = long.MaxValue øre fits one claim; one more øre in the next claim does not fit the sum.
        Krav[] krav =
        [
            Krav("x", Artsprioritet.F, D(2024, 1, 1), 0m) with
            {
                Gjenstaaende = Beloep.FraOere(long.MaxValue - 1),
                PaaloeptRente = Beloep.FraOere(1),
            },
            Krav("y", Artsprioritet.F, D(2024, 1, 1), 0.01m),
        ];
        Er(
            Ene(krav),
            "krav[1].gjenstaaende",
            "0.01",
            "UGYLDIG_BELOEP",
            "Kravenes samlede behov blir større enn et beløp kan holde.");
    }

    [Fact]
    public void A_negative_monthly_amount_does_not_lower_the_sum_of_needs()
    {
        // The negative løpende bidrag is refused on its own; it must not make room for a need of long.MaxValue øre.
        Krav[] krav =
        [
            LoependeBidrag("lb", D(2024, 1, 1), -1m),
            Krav("h", Artsprioritet.F, D(2024, 1, 1), 0m) with { Gjenstaaende = Beloep.FraOere(long.MaxValue) },
        ];
        Kravvalidering.Valider(krav).Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(
        [
            ("krav[0].maanedligBeloep", "UGYLDIG_BELOEP"),
            ("krav[0].maanedligBeloep", "LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP"),
        ]);
    }

    [Fact]
    public void Bidragsgjeld_outside_class_a_is_reported_word_for_word()
    {
        var k = Bidragsgjeld("bg", D(2024, 1, 1), 100m) with { Artsprioritet = Artsprioritet.E };
        Er(
            Ene(k),
            "krav[0].artsprioritet",
            "e",
            "BIDRAG_MAA_HA_ARTSPRIORITET_A",
            "Løpende bidrag og bidragsgjeld grunner seg på lovbestemt forsørgelsesplikt og har artsprioritet a (deknl. § 2-8 første ledd bokstav a).");
    }

    [Fact]
    public void Loepende_bidrag_without_amount_is_reported_word_for_word()
    {
        Er(
            Ene(LoependeBidrag("lb", D(2024, 1, 1), 0m)),
            "krav[0].maanedligBeloep",
            "0.00",
            "LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP",
            "Et løpende bidrag må ha beløpet som forfaller i perioden.");
    }

    [Fact]
    public void Loepende_bidrag_with_interest_is_reported_on_the_interest_type()
    {
        var k = LoependeBidrag("lb", D(2024, 1, 1), 100m) with { PaaloeptRente = Beloep.FraKroner(1) };
        Er(
            Ene(k),
            "krav[0].rentevilkaar.type",
            "Ingen",
            "LOEPENDE_BIDRAG_HAR_IKKE_RENTER",
            "Et løpende (ikke forfalt) bidrag løper ikke med renter.");
    }

    [Fact]
    public void Monthly_amount_on_another_claim_is_reported_word_for_word()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with { MaanedligBeloep = Beloep.FraKroner(5) };
        Er(
            Ene(k),
            "krav[0].maanedligBeloep",
            "5.00",
            "MAANEDLIG_BELOEP_KUN_FOR_LOEPENDE_BIDRAG",
            "Månedlig beløp gjelder bare løpende bidrag.");
    }

    [Fact]
    public void Unknown_interest_type_is_reported_once_and_nothing_more_is_checked()
    {
        // No renteFra: had the check gone on, a missing fra-dato would be reported too.
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with
        {
            Rentevilkaar = new Rentevilkaar((Rentetype)7, Prosent.Null, null),
        };
        Er(Ene(k), "krav[0].rentevilkaar.type", "7", "UGYLDIG_RENTEVILKAAR", "Ukjent rentetype.");
    }

    [Fact]
    public void Interest_on_interest_is_reported_word_for_word()
    {
        var k = Krav("r", Artsprioritet.F, D(2024, 1, 1), 100m, type: Kravtype.Renter) with
        {
            Rentevilkaar = Rentevilkaar.MedForsinkelsesrente(D(2024, 1, 1)),
        };
        Er(
            Ene(k),
            "krav[0].rentevilkaar.type",
            "Forsinkelsesrente",
            "RENTEKRAV_KAN_IKKE_HA_RENTEKRAV",
            "Det beregnes ikke rente av renter (forsinkelsesrenteloven § 3).");
    }

    [Fact]
    public void Missing_renteFra_is_reported_word_for_word()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with
        {
            Rentevilkaar = new Rentevilkaar(Rentetype.Forsinkelsesrente, Prosent.Null, null),
        };
        Er(Ene(k), "krav[0].rentevilkaar.renteFra", null, "PAAKREVD", "Renter må ha en fra-dato.");
    }

    [Fact]
    public void RenteFra_before_year_1_is_reported_on_renteFra()
    {
        var dato = new LocalDate(0, 6, 1);
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with { Rentevilkaar = Rentevilkaar.MedForsinkelsesrente(dato) };
        Er(Ene(k), "krav[0].rentevilkaar.renteFra", Isodato.Tekst(dato), "UGYLDIG_DATO", "Datoen må ligge i år 1–9999.");
    }

    [Fact]
    public void Agreed_rate_with_forsinkelsesrente_is_reported_word_for_word()
    {
        var k = Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with
        {
            Rentevilkaar = new Rentevilkaar(Rentetype.Forsinkelsesrente, Prosent.FraHeleProsent(5), D(2024, 1, 1)),
        };
        Er(
            Ene(k),
            "krav[0].rentevilkaar.avtaltSats",
            "5.00",
            "UGYLDIG_RENTE",
            "Avtalt sats kan bare oppgis når rentetypen er avtalt.");
    }

    [Fact]
    public void Fordel_throws_the_same_violation_as_Valider()
    {
        Krav[] krav = [Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m) with { PaaloeptRente = Beloep.FraKroner(-3) }];
        var act = () => Fordeler.Fordel(krav, Beloep.FraKroner(10), Fordelingsregel.Tidsprioritet);
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(Kravvalidering.Valider(krav));
    }

    [Theory]
    [InlineData(Artsprioritet.A, "krav som grunner seg på lovbestemt forsørgelsesplikt")]
    [InlineData(Artsprioritet.B, "krav på erstatning eller oppreisning for skade voldt ved en straffbar handling")]
    [InlineData(Artsprioritet.C, "statens regresskrav etter voldserstatningsloven § 11")]
    [InlineData(Artsprioritet.D, "krav på bøter")]
    [InlineData(Artsprioritet.E, "krav på skatt eller offentlig avgift")]
    [InlineData(Artsprioritet.F, "andre krav")]
    public void Class_texts_follow_deknl_2_8(Artsprioritet art, string tekst)
    {
        art.Tekst().Should().Be(tekst);
    }

    [Fact]
    public void Unknown_class_has_no_text_and_no_letter()
    {
        var tekst = () => ((Artsprioritet)9).Tekst();
        tekst.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("Unknown artsprioritet.*").Which.ParamName.Should().Be("artsprioritet");
        var bokstav = () => ((Artsprioritet)0).Bokstav();
        bokstav.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("Unknown artsprioritet.*").Which.ParamName.Should().Be("artsprioritet");
    }

    [Fact]
    public void A_negative_payment_is_reported_word_for_word()
    {
        Krav[] krav = [Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m)];
        var act = () => Fordeler.Fordel(krav, Beloep.FraKroner(-2), Fordelingsregel.Tidsprioritet);
        act.Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
            new Valideringsfeil("betaling", "-2.00", "UGYLDIG_BELOEP", "Betalingen kan ikke være negativ."));
    }

    [Fact]
    public void An_unknown_distribution_rule_is_refused_naming_regel()
    {
        Krav[] krav = [Krav("k", Artsprioritet.F, D(2024, 1, 1), 100m)];
        var act = () => Fordeler.Planlegg(krav, (Fordelingsregel)99);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("Unknown Fordelingsregel.*").Which.ParamName.Should().Be("regel");
    }
    [Fact]
    public void The_leftover_oere_goes_to_the_sak_with_the_lowest_claim_id_among_all_its_claims()
    {
        // SPEC §2: same class and date, so the øre left by the rounding goes by the lower claim id. Sak X's claims
        // are ordered z (prioritet 1) before a (prioritet 2); its lowest id is "a", below sak Y's "m".
        Krav[] krav =
        [
            Krav("m", Artsprioritet.F, D(2024, 1, 1), 1m, sak: "Y"),
            Krav("z", Artsprioritet.F, D(2024, 1, 1), 0.5m, sak: "X", prioritetISak: 1),
            Krav("a", Artsprioritet.F, D(2024, 1, 1), 0.5m, sak: "X", prioritetISak: 2),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraOere(1), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["m"] = 0m, ["z"] = 0.01m, ["a"] = 0m });
    }

    [Fact]
    public void Class_a_blocks_share_by_their_weights_not_their_needs()
    {
        // Two løpende bidrag in two saks, equal needs, weights 1 : 3 (deknl. § 2-8: pro rata by the bidrag's size).
        Krav[] krav =
        [
            LoependeBidrag("b1", D(2024, 1, 1), 100m, sak: "B1"),
            LoependeBidrag("b2", D(2024, 1, 1), 100m, sak: "B2"),
        ];
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        Beloep[] behov = [Beloep.FraKroner(100), Beloep.FraKroner(100)];
        Beloep[] renter = [Beloep.Null, Beloep.Null];
        Beloep[] vekter = [Beloep.FraKroner(1), Beloep.FraKroner(3)];
        var andeler = new Beloep[2];
        Fordeler.Fordel(plan, Beloep.FraKroner(100), behov, renter, vekter, andeler, [], out var overskudd);
        andeler.Should().Equal(Beloep.FraKroner(25), Beloep.FraKroner(75));
        overskudd.Should().Be(Beloep.Null);
    }

    [Fact]
    public void The_class_f_interest_step_shows_the_sum_of_the_interest_parts()
    {
        Krav[] krav =
        [
            Krav("d1", Artsprioritet.D, D(2024, 1, 1), 100m, paaloeptRente: 10m),
            Krav("d2", Artsprioritet.D, D(2024, 1, 1), 100m, paaloeptRente: 20m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet);
        var steg = Alle(Fordeler.Forklar(r)).Where(f => f.Steg == "Renter i artsprioritet f").ToList();
        steg.Should().ContainSingle().Which.Resultat.Should().Be("30.00");
        steg[0].Fakta.Should().HaveCount(2);
    }

    private static IEnumerable<Forklaring> Alle(Forklaring f) => f.Deler.SelectMany(Alle).Prepend(f);
}
