using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Innsyn;

/// <summary>
/// Edges the mutation run of 2026-12-01 on the Innsyn folder left untested (docs/kvalitet.md): misuse, the antatt flag
/// over several claims, a refused answer, claims without parties, a løpende bidrag with a remaining amount, sums that
/// outgrow an amount, and the refusal codes and texts.
/// </summary>
public class InnsynKantTests
{
    private static readonly LocalDate Dato = new(2026, 9, 1); // past the embedded forsinkelsesrente table (2026-06-30)

    private static Krav F(string id, long kroner, string sak, LocalDate? renteFra = null) => new()
    {
        Id = id,
        Artsprioritet = Artsprioritet.F,
        Tidsprioritet = new LocalDate(2024, 1, 1),
        Sak = sak,
        Kravtype = Kravtype.Hovedstol,
        Gjenstaaende = Beloep.FraKroner(kroner),
        Rentevilkaar = renteFra is { } r ? Rentevilkaar.MedForsinkelsesrente(r) : Rentevilkaar.Ingen,
    };

    [Fact]
    public void Null_arguments_are_api_misuse()
    {
        var trekk = new Trekk { Krav = [F("K", 1, "S")] };
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(null!, Dato, Rentetabell)).Should().Throw<ArgumentNullException>().WithParameterName("trekk");
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(trekk, Dato, null!)).Should().Throw<ArgumentNullException>().WithParameterName("renteTabell");
        FluentActions.Invoking(() => ForberedtTrekk.StipulertRente(null!, Dato, Rentetabell)).Should().Throw<ArgumentNullException>().WithParameterName("krav");
        FluentActions.Invoking(() => Trekkvalidering.Valider(null!)).Should().Throw<ArgumentNullException>().WithParameterName("trekk");
    }

    [Fact]
    public void The_batch_form_needs_one_element_per_krav()
    {
        var forberedt = ForberedtTrekk.Forbered(new Trekk { Krav = [F("K1", 1, "S1"), F("K2", 1, "S2")] }, Dato, Rentetabell);
        FluentActions.Invoking(() => forberedt.AlleAggregater(new Innsynsaggregater[3])).Should().Throw<ArgumentException>().WithParameterName("ut");
        FluentActions.Invoking(() => forberedt.AlleAggregater(new Innsynsaggregater[1])).Should().Throw<ArgumentException>().WithParameterName("ut");
    }

    [Fact]
    public void Antatt_holds_when_any_claim_uses_assumed_rates_however_many_do()
    {
        // Two and three claims past the table's end: a flag that toggled per claim would say false for two.
        var fra = new LocalDate(2025, 1, 1);
        foreach (var antall in new[] { 1, 2, 3 })
        {
            var krav = Enumerable.Range(0, antall).Select(i => F("K" + i, 10_000, "S" + i, fra)).ToArray();
            ForberedtTrekk.Forbered(new Trekk { Krav = [.. krav, F("U", 1, "SU")] }, Dato, Rentetabell).Antatt.Should().BeTrue($"{antall} claim(s) use assumed rates");
        }

        ForberedtTrekk.Forbered(new Trekk { Krav = [F("U", 1, "SU")] }, Dato, Rentetabell).Antatt.Should().BeFalse();
    }

    [Fact]
    public void A_refused_answer_carries_no_figures_and_no_antatt_flag()
    {
        var trekk = new Trekk { Krav = [F("K", 10_000, "S", new LocalDate(2025, 1, 1))], Parter = [new Kravparter(Org(0), null)] };
        var forberedt = ForberedtTrekk.Forbered(trekk, Dato, Rentetabell);
        forberedt.Antatt.Should().BeTrue();

        var svar = forberedt.Svar("K", Org(1));
        svar.Avslag.Should().Be(Innsynsavslag.IkkePart);
        svar.Antatt.Should().BeFalse("a refused answer says nothing about the trekk");
        svar.Aggregater.Should().Be(default(Innsynsaggregater));
        svar.Mottatt.Should().BeEmpty();
        svar.BesluttetTrekk.Should().BeEmpty();
    }

    [Fact]
    public void A_party_list_that_does_not_line_up_with_the_claims_is_refused_naming_the_field()
    {
        // Issue 16: with two claims and one party, the party was matched to the first claim by position and answered.
        var trekk = new Trekk { Krav = [F("K1", 1, "S1"), F("K2", 1, "S2")], Parter = [new Kravparter(Org(0), null)] };
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(trekk, Dato, Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == "parter" && f.Regel == "PARTER_PASSER_IKKE");

        // With no list at all nobody may see anything.
        var utenParter = new Trekk { Krav = [F("K1", 1, "S1"), F("K2", 1, "S2")] };
        ForberedtTrekk.Forbered(utenParter, Dato, Rentetabell).Svar("K1", Org(0)).Avslag.Should().Be(Innsynsavslag.IkkePart);
    }

    [Fact]
    public void Claims_of_one_sak_with_different_parties_are_refused_naming_the_sak()
    {
        var trekk = new Trekk
        {
            Krav = [F("K1", 1, "S1"), F("K2", 1, "S1"), F("K3", 1, "S2")],
            Parter = [new Kravparter(Org(0), null), new Kravparter(Org(1), Org(2)), new Kravparter(Org(1), null)],
        };
        var feil = Trekkvalidering.Valider(trekk);
        feil.Select(f => (f.Felt, f.Regel)).Should().Equal(("krav[1].saksoeker", "ULIKE_PARTER_I_SAK"), ("krav[1].prosessfullmektig", "ULIKE_PARTER_I_SAK"));
        feil[0].Melding.Should().Contain("Sak S1");
    }

    [Fact]
    public void A_loepende_bidrag_counts_by_its_monthly_amount_in_c_and_its_class_a_weight_never_by_a_remaining_amount()
    {
        var loepende = LoependeBidrag("L", "NAV", 2_500, gjenstaaende: 9_000);
        var trekk = new Trekk { Krav = [loepende, F("K", 1_000, "S")] };
        var forberedt = ForberedtTrekk.Forbered(trekk, new LocalDate(2025, 3, 1), Rentetabell);

        var k = forberedt.AggregaterFor(1);
        k.SumHoeyerePrioritet.Should().Be(Beloep.Null, "the løpende bidrag is not a remaining debt ahead of it");
        k.MaanedligBidragsforpliktelse.Should().Be(Beloep.FraKroner(2_500));

        // In class a it weighs by the amount due this period (deknl. § 2-8 third ledd last sentence; SPEC §8), not by
        // the 9 000 "remaining" it was given: alone in its class, 2 500 and 100 %.
        forberedt.AggregaterFor(0).KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(2_500));
        forberedt.AggregaterFor(0).KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));
    }

    [Fact]
    public void Remaining_amounts_and_stipulated_interest_that_outgrow_an_amount_are_refused_on_the_claim()
    {
        var stort = Beloep.FraOere(long.MaxValue / 2);
        Krav Stor(string id, string sak, Beloep paaloept) => F(id, 0, sak) with { Gjenstaaende = stort, PaaloeptRente = paaloept };

        // One claim whose remaining amount plus accrued interest fits, and whose stipulated interest then does not.
        var enkelt = new Trekk { Krav = [Stor("K", "S", Beloep.FraOere((long.MaxValue / 2) - 10)) with { Rentevilkaar = Rentevilkaar.MedForsinkelsesrente(new LocalDate(2024, 1, 1)) }] };
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(enkelt, new LocalDate(2025, 1, 1), Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].gjenstaaende" && f.Regel == "UGYLDIG_BELOEP"
                && f.Verdi == stort.ToString() && f.Melding == "Kravene med stipulert rente blir større enn et beløp kan holde.");

        // Exactly the largest amount, remaining plus accrued interest without stipulated interest, still fits.
        var helt = new Trekk { Krav = [Stor("K", "S", Beloep.FraOere((long.MaxValue / 2) + 1))] };
        ForberedtTrekk.Forbered(helt, new LocalDate(2025, 1, 1), Rentetabell).AggregaterFor(0).KravetsAndel.Should().Be(Prosent.FraHeleProsent(100));

        // Two claims that each fit with their stipulated interest (≈ 0.45 · long.MaxValue øre + 2 years of interest),
        // but not together: refused on the claim where the running sum first overflows, in the order of cover.
        var naer = Beloep.FraOere((long)(long.MaxValue * 0.45));
        var renteFra = Rentevilkaar.MedForsinkelsesrente(new LocalDate(2023, 1, 1));
        var to = new Trekk { Krav = [F("A", 0, "S1") with { Gjenstaaende = naer, Rentevilkaar = renteFra }, F("B", 0, "S2") with { Gjenstaaende = naer, Rentevilkaar = renteFra }] };
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(to, new LocalDate(2025, 1, 1), Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[1].gjenstaaende" && f.Regel == "UGYLDIG_BELOEP");
        ForberedtTrekk.Forbered(to, new LocalDate(2023, 1, 1), Rentetabell).AggregaterFor(1).SumHoeyerePrioritet.Should().Be(Beloep.Null, "without interest yet the two fit");
    }

    [Theory]
    [InlineData(Innsynsavslag.Ingen, "INNSYN_GITT")]
    [InlineData(Innsynsavslag.UkjentKrav, "INNSYN_UKJENT_KRAV")]
    [InlineData(Innsynsavslag.IkkePart, "INNSYN_IKKE_PART")]
    [InlineData(Innsynsavslag.TrekkAvsluttet, "INNSYN_TREKK_AVSLUTTET")]
    public void Each_refusal_has_its_code_and_its_own_norwegian_text(Innsynsavslag avslag, string kode)
    {
        Innsynsavslagskoder.Kode(avslag).Should().Be(kode);
        var tekst = Innsynsavslagskoder.Melding(avslag);
        tekst.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
        Enum.GetValues<Innsynsavslag>().Where(a => a != avslag).Select(Innsynsavslagskoder.Melding).Should().NotContain(tekst);
    }

    [Fact]
    public void Every_validation_message_is_a_norwegian_sentence()
    {
        var org = Org(1);
        var d = new LocalDate(2025, 3, 1);
        var trekk = new Trekk
        {
            Krav = [F("K", 1, "S")],
            Trekkpaalegg =
            [
                new(org, d, d, Beloep.FraKroner(-1), null), new(org, d, null, null, null), new(org, d, null, null, Prosent.FraHeleProsent(101)),
                new(org, d, null, Beloep.FraOere(long.MaxValue), null), new(org, d, null, Beloep.FraOere(1), null),
            ],
            Mottatt = [new Mottak(d, Beloep.FraOere(-1))],
        };
        var feil = Trekkvalidering.Valider(trekk);
        feil.Select(f => f.Regel).Should().Equal("UGYLDIG_PERIODE", "UGYLDIG_BELOEP", "BELOEP_ELLER_PROSENT", "UGYLDIG_PROSENT", "UGYLDIG_BELOEP", "UGYLDIG_BELOEP");
        feil.Should().OnlyContain(f => f.Melding.Length > 10 && f.Melding.EndsWith('.'));
        Organisasjonsnummer.Feil("123", "som").Melding.Should().Contain("ni siffer");
    }

    [Fact]
    public void Issue_16_two_same_day_class_b_claims_innsyn_gives_the_shares_fordel_pays()
    {
        // X 1 000 (+3 000 accrued interest) and Y 3 000, class b, same day, two saker. The interest is class f (pkt. 6.1),
        // so class b shares 1 000 : 3 000 → X 25 %, Y 75 % (together 100 %), as fordel pays: 400 → 100 / 300.
        Krav x = new() { Id = "X", Artsprioritet = Artsprioritet.B, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "S1", Kravtype = Kravtype.Hovedstol, Gjenstaaende = Beloep.FraKroner(1_000), PaaloeptRente = Beloep.FraKroner(3_000) };
        Krav y = new() { Id = "Y", Artsprioritet = Artsprioritet.B, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "S2", Kravtype = Kravtype.Hovedstol, Gjenstaaende = Beloep.FraKroner(3_000) };
        var forberedt = ForberedtTrekk.Forbered(new Trekk { Krav = [x, y] }, new LocalDate(2025, 3, 1), Rentetabell);
        forberedt.AggregaterFor(0).KravetsAndel.Should().Be(Prosent.FraHeleProsent(25));
        forberedt.AggregaterFor(1).KravetsAndel.Should().Be(Prosent.FraHeleProsent(75));
        forberedt.AggregaterFor(0).KravetsDividendegrunnlag.Should().Be(Beloep.FraKroner(1_000));
        forberedt.AggregaterFor(1).SumSammePrioritet.Should().Be(Beloep.FraKroner(1_000));
        Fordeler.Fordel([x, y], Beloep.FraKroner(400), Fordelingsregel.Tidsprioritet).Andeler.Select(a => a.Andel)
            .Should().Equal(Beloep.FraKroner(100), Beloep.FraKroner(300));
    }

    [Fact]
    public void Issue_16_a_bidragsgjeld_beside_a_loepende_bidrag_gets_its_share_by_size()
    {
        // Bidragsgjeld 12 000 and a løpende bidrag of 3 000 a month: class a by the size of each bidrag, 12 000 : 3 000
        // → 80 % and 20 %; fordel of 1 500: 1 200 / 300.
        Krav gjeld = new() { Id = "G", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "NAV", Kravtype = Kravtype.Bidragsgjeld, Gjenstaaende = Beloep.FraKroner(12_000) };
        Krav loepende = new() { Id = "L", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "NAV", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(3_000) };
        var forberedt = ForberedtTrekk.Forbered(new Trekk { Krav = [gjeld, loepende] }, new LocalDate(2025, 3, 1), Rentetabell);
        forberedt.AggregaterFor(0).KravetsAndel.Should().Be(Prosent.FraHeleProsent(80));
        forberedt.AggregaterFor(1).KravetsAndel.Should().Be(Prosent.FraHeleProsent(20));
        forberedt.AggregaterFor(0).SumSammePrioritet.Should().Be(Beloep.FraKroner(3_000));
        Fordeler.Fordel([gjeld, loepende], Beloep.FraKroner(1_500), Fordelingsregel.Tidsprioritet).Andeler.Select(a => a.Andel)
            .Should().Equal(Beloep.FraKroner(1_200), Beloep.FraKroner(300));
    }

    // Survivors of the mutation run of 2026-12-06 on Innsyn (docs/kvalitet.md).

    [Fact]
    public void A_trekkperiodeSlutt_list_that_does_not_line_up_is_refused_with_its_code_length_and_counts()
    {
        var trekk = new Trekk { Krav = [F("K1", 1, "S1"), F("K2", 1, "S2")], TrekkperiodeSlutt = [new LocalDate(2027, 1, 1)] };
        var feil = Trekkvalidering.Valider(trekk);
        feil.Select(f => (f.Felt, f.Verdi, f.Regel)).Should().Equal(("trekkperiodeSlutt", "1", "TREKKPERIODESLUTT_PASSER_IKKE"));
        feil[0].Melding.Should().Be("Det er oppgitt trekkperiodeslutt for 1 krav, men trekket har 2; listen må ha ett element per krav i samme rekkefølge.");
    }

    [Fact]
    public void A_party_list_of_the_wrong_length_says_how_many_were_given_and_how_many_claims_there_are()
    {
        var trekk = new Trekk { Krav = [F("K1", 1, "S1"), F("K2", 1, "S2"), F("K3", 1, "S3")], Parter = [new Kravparter(Org(0), null)] };
        var feil = Trekkvalidering.Valider(trekk).Should().ContainSingle().Which;
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("parter", "1", "PARTER_PASSER_IKKE"));
        feil.Melding.Should().Be("Det er oppgitt parter for 1 krav, men trekket har 3; listen må ha ett element per krav i samme rekkefølge.");
    }

    [Fact]
    public void A_different_prosessfullmektig_in_one_sak_names_the_sak_and_the_earlier_claim()
    {
        var trekk = new Trekk
        {
            Krav = [F("K1", 1, "S1"), F("K2", 1, "S2"), F("K3", 1, "S1")],
            Parter = [new Kravparter(Org(0), Org(2)), new Kravparter(Org(1), null), new Kravparter(Org(0), Org(3))],
        };
        var feil = Trekkvalidering.Valider(trekk).Should().ContainSingle().Which;
        (feil.Felt, feil.Verdi, feil.Regel).Should().Be(("krav[2].prosessfullmektig", Org(3).ToString(), "ULIKE_PARTER_I_SAK"));
        feil.Melding.Should().Be("Sak S1 har en annen prosessfullmektig på krav[0]; alle krav i en sak må ha samme saksøker og prosessfullmektig.");
    }

    [Fact]
    public void A_claim_without_a_sak_is_reported_as_missing_not_thrown_on_by_the_party_check()
    {
        var trekk = new Trekk
        {
            Krav = [F("K1", 1, "S1") with { Sak = null! }, F("K2", 1, "S1")],
            Parter = [new Kravparter(Org(0), null), new Kravparter(Org(1), null)],
        };
        Trekkvalidering.Valider(trekk).Select(f => (f.Felt, f.Regel)).Should().Equal(("krav[0].sak", "PAAKREVD"));
    }

    [Fact]
    public void The_key_of_an_interest_part_is_refused_for_a_claim_without_one()
    {
        var trekk = new Trekk { Krav = [F("K1", 1_000, "S1")], Parter = [new Kravparter(Org(0), null)] };
        var forberedt = ForberedtTrekk.Forbered(trekk, Dato, Rentetabell);
        FluentActions.Invoking(() => forberedt.ForanNoekkel(0, rente: true))
            .Should().Throw<ArgumentException>().WithParameterName("rente");
    }

    [Fact]
    public void An_organisation_number_read_without_a_field_name_is_reported_on_organisasjonsnummer()
    {
        Organisasjonsnummer.Les("974760673").ToString().Should().Be("974760673");
        FluentActions.Invoking(() => Organisasjonsnummer.Les("974760674"))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == "organisasjonsnummer" && f.Verdi == "974760674");
    }
}
