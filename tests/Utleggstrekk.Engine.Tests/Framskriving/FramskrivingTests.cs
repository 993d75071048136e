using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Framskriving;

public class FramskrivingTests
{
    private static readonly LocalDate Jan2025 = new(2025, 1, 1);

    private static (KravFramskriving[] Krav, Framskrivingsmaaned[] Maaneder, Beloep[] Saldo) Kjoer(Framskrivingsgrunnlag g, Beloep? fast = null)
    {
        var krav = new KravFramskriving[g.AntallKrav];
        var maaneder = new Framskrivingsmaaned[g.Maaneder];
        var saldo = new Beloep[g.AntallKrav * g.Maaneder];
        Framskriver.Framskriv(g, fast, new Framskrivingsbuffer(g), krav, maaneder, saldo);
        return (krav, maaneder, saldo);
    }

    private static Trekk En(Krav krav, params Trekkpaalegg[] paalegg) => new() { Krav = [krav], Parter = Parter(1), Trekkpaalegg = [.. paalegg] };

    [Theory]
    [InlineData(1L, 1L)]
    [InlineData(1_000_000L, 1_999L * 365 * 31)]
    [InlineData(1_825_000_000L, 1L)] // 1 825 000 000 · 1 / 1 335 900 000 = 1.366… → 1
    [InlineData(667_950_000L, 1L)] // exactly half of the denominator: rounds up to 1
    [InlineData(667_949_999L, 1L)] // just below half: 0
    [InlineData(long.MaxValue / 3, 4L)] // the product fits in 64 bits unsigned but not in a long
    [InlineData(long.MaxValue / 3, 7L)] // the product needs more than 64 bits: the 128-bit path
    [InlineData(long.MaxValue, long.MaxValue)]
    public void The_monthly_interest_division_equals_the_128_bit_rounding_half_away_from_zero(long gjenstaaende, long teller)
    {
        const long Fellesnevner = Prosent.Hel * 365 * 366;
        var forventet = Heltallsregning.DivHalvtBortFraNull((Int128)gjenstaaende * teller, Fellesnevner);
        if (forventet > long.MaxValue)
        {
            FluentActions.Invoking(() => Framskriver.Rente(gjenstaaende, teller)).Should().Throw<OverflowException>();
            return;
        }

        Framskriver.Rente(gjenstaaende, teller).Should().Be((long)forventet);
    }

    [Fact]
    public void After_every_claim_is_paid_no_later_month_takes_trekk_and_the_payoff_months_surplus_is_paid_back()
    {
        // Paid off in the first month: the 2 000 taken beyond the 1 000 needed are to be paid back (pkt. 8.7); the
        // months after take no trekk (SPEC §9) and must read so although the loop no longer runs them.
        var trekk = En(
            Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), Jan2025)),
            new Trekkpaalegg(Org(6), Jan2025, new LocalDate(2025, 3, 1), Beloep.FraKroner(3_000), null));
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell);
        var krav = new KravFramskriving[1];
        var maaneder = new Framskrivingsmaaned[4];
        var saldo = new Beloep[4];
        saldo.AsSpan().Fill(Beloep.FraKroner(99)); // stale values from an earlier run must be overwritten
        maaneder.AsSpan().Fill(new Framskrivingsmaaned(Jan2025, Beloep.FraKroner(9), Beloep.FraKroner(9), Beloep.FraKroner(9), Beloep.FraKroner(9), Beloep.FraKroner(9), Beloep.FraKroner(9), true));
        Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), krav, maaneder, saldo);
        krav[0].Should().Be(new KravFramskriving(0, Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null, Beloep.FraKroner(1_000)));
        maaneder.Should().Equal(
            new Framskrivingsmaaned(Jan2025, Beloep.FraKroner(3_000), Beloep.FraKroner(1_000), Beloep.Null, Beloep.FraKroner(2_000), Beloep.Null, Beloep.Null, false),
            new Framskrivingsmaaned(new LocalDate(2025, 2, 1), Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, false),
            new Framskrivingsmaaned(new LocalDate(2025, 3, 1), Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, false),
            new Framskrivingsmaaned(new LocalDate(2025, 4, 1), Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null, false));
        saldo.Should().AllBeEquivalentTo(Beloep.Null);
        maaneder[0].Tilbakebetales.Should().Be(Beloep.FraKroner(2_000));

        // The same with a what-if amount: 5 000 in January (4 000 paid back), nothing after.
        Framskriver.Framskriv(g, Beloep.FraKroner(5_000), new Framskrivingsbuffer(g), krav, maaneder, saldo);
        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(5_000), Beloep.Null, Beloep.Null, Beloep.Null);
        maaneder.Select(m => m.Tilbakebetales).Should().Equal(Beloep.FraKroner(4_000), Beloep.Null, Beloep.Null, Beloep.Null);
    }

    [Fact]
    public void One_claim_at_12_percent_paid_3000_a_month_interest_before_principal()
    {
        // Hand-worked in docs/eksempler/forventet.json ("framskriv"): 71.34 + 37.48 + 11.30 interest, paid off in April.
        var trekk = En(
            Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 10_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), Jan2025)),
            new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(3_000), null));
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 5, Rentetabell);
        var (krav, maaneder, saldo) = Kjoer(g);
        maaneder.Select(m => m.Renter).Should().Equal(Beloep.FraDesimal(71.34m), Beloep.FraDesimal(37.48m), Beloep.FraDesimal(11.30m), Beloep.Null, Beloep.Null);
        saldo.Should().Equal(Beloep.FraDesimal(7_071.34m), Beloep.FraDesimal(4_108.82m), Beloep.FraDesimal(1_120.12m), Beloep.Null, Beloep.Null);
        maaneder.Select(m => m.Overskudd).Should().Equal(Beloep.Null, Beloep.Null, Beloep.Null, Beloep.FraDesimal(1_879.88m), Beloep.Null);
        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.Null);
        krav[0].Should().Be(new KravFramskriving(3, Beloep.FraKroner(10_000), Beloep.Null, Beloep.FraDesimal(120.12m), Beloep.FraDesimal(10_120.12m)));
        g.MaanedFra(krav[0].InnfriddMaaned).Should().Be(new LocalDate(2025, 4, 1));
    }

    [Fact]
    public void The_interest_of_a_class_d_claim_waits_in_class_f_behind_an_earlier_class_f_claim()
    {
        var trekk = new Trekk
        {
            Krav =
            [
                Krav("D", Artsprioritet.D, new LocalDate(2024, 6, 1), 1_000, paaloept: 50),
                Krav("F", Artsprioritet.F, new LocalDate(2024, 1, 1), 3_000),
            ],
            Parter = Parter(2),
            Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(2_000), null)],
        };
        var (krav, _, saldo) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 3, Rentetabell));
        saldo[0].Should().Be(Beloep.FraKroner(50), "the principal is paid in class d; its interest waits behind F");
        saldo[3].Should().Be(Beloep.FraKroner(2_000));
        saldo[1].Should().Be(Beloep.FraKroner(50), "F (2024-01-01) still takes everything in the second month");
        krav[0].InnfriddMaaned.Should().Be(2);
        krav[1].InnfriddMaaned.Should().Be(1);
    }

    [Fact]
    public void No_trekk_is_paid_after_a_trekkpaalegg_ends_or_the_trekkperiode_ends_but_interest_runs_on()
    {
        var krav = Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), Jan2025));
        var trekk = En(krav, new Trekkpaalegg(Org(6), Jan2025, new LocalDate(2025, 3, 1), Beloep.FraKroner(1_000), null));
        var (_, maaneder, _) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell));
        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(1_000), Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null);
        maaneder.Should().OnlyContain(m => m.Renter > Beloep.Null);

        var (_, hvaOm, _) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell), Beloep.FraKroner(5_000));
        hvaOm.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(5_000), Beloep.FraKroner(5_000), Beloep.Null, Beloep.Null);

        var aapen = En(krav, new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(1_000), null));
        var (_, begrenset, _) = Kjoer(Framskrivingsgrunnlag.Forbered(aapen, Jan2025, 4, Rentetabell, trekkperiodeSlutt: new LocalDate(2025, 2, 15)));
        begrenset.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(1_000), Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null);
    }

    [Fact]
    public void A_krav_whose_own_trekkperiode_ends_mid_projection_gets_nothing_after_it_and_the_other_takes_the_payment()
    {
        // Hand-worked: A (class f, earlier time priority, 10 000 kr, its trekkperiode ends 1 March 2025) and B (class f,
        // later, 5 000 kr, no end), no interest, 3 000 kr a month from January. Jan and Feb: A takes 3 000 each (4 000
        // left). From March A takes no part: B takes 3 000 in March and its last 2 000 in April (1 000 surplus); May is
        // to be paid back. In May nobody taking part needs anything: no trekk (SPEC §9). A stays unpaid with 4 000.
        // Paid 11 000 + remaining 4 000 = start 15 000.
        var trekk = new Trekk
        {
            Krav = [Krav("A", Artsprioritet.F, new LocalDate(2023, 1, 1), 10_000), Krav("B", Artsprioritet.F, new LocalDate(2024, 1, 1), 5_000)],
            Parter = Parter(2),
            Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(3_000), null)],
            TrekkperiodeSlutt = [new LocalDate(2025, 3, 1), null],
        };
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 5, Rentetabell);
        var (krav, maaneder, saldo) = Kjoer(g);

        krav.Should().Equal(
            new KravFramskriving(-1, Beloep.FraKroner(10_000), Beloep.FraKroner(4_000), Beloep.Null, Beloep.FraKroner(6_000)),
            new KravFramskriving(3, Beloep.FraKroner(5_000), Beloep.Null, Beloep.Null, Beloep.FraKroner(5_000)));
        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.Null);
        maaneder.Select(m => m.Overskudd).Should().Equal(Beloep.Null, Beloep.Null, Beloep.Null, Beloep.FraKroner(1_000), Beloep.Null);
        maaneder.Select(m => m.Gjenstaaende).Should().Equal(Beloep.FraKroner(12_000), Beloep.FraKroner(9_000), Beloep.FraKroner(6_000), Beloep.FraKroner(4_000), Beloep.FraKroner(4_000));
        saldo.Take(5).Should().Equal(Beloep.FraKroner(7_000), Beloep.FraKroner(4_000), Beloep.FraKroner(4_000), Beloep.FraKroner(4_000), Beloep.FraKroner(4_000));
        (g.KravDeltar(1, 0), g.KravDeltar(2, 0), g.KravDeltar(2, 1)).Should().Be((true, false, true));

        // Money is conserved every month: paid so far + remaining = start (no interest here).
        long betalt = 0;
        foreach (var m in maaneder)
        {
            betalt += m.Fordelt.Oere;
            (betalt + m.Gjenstaaende.Oere).Should().Be(Beloep.FraKroner(15_000).Oere);
        }
    }

    [Fact]
    public void KravDeltar_answers_for_each_month_and_claim_by_the_claims_own_trekkperiode()
    {
        // Three claims, four months from January: the first has no end, the second's trekkperiode ends 1 March, the
        // third's 1 February. Each (month, claim) pair is asked, so a wrong index into the month-by-claim table shows.
        var trekk = new Trekk
        {
            Krav =
            [
                Krav("A", Artsprioritet.F, new LocalDate(2023, 1, 1), 10_000),
                Krav("B", Artsprioritet.F, new LocalDate(2024, 1, 1), 5_000),
                Krav("C", Artsprioritet.F, new LocalDate(2024, 6, 1), 5_000),
            ],
            Parter = Parter(3),
            Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(1_000), null)],
            TrekkperiodeSlutt = [null, new LocalDate(2025, 3, 1), new LocalDate(2025, 2, 1)],
        };
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell);
        var deltar = Enumerable.Range(0, 4).Select(m => Enumerable.Range(0, 3).Select(k => g.KravDeltar(m, k)).ToArray()).ToArray();
        deltar.Should().BeEquivalentTo(
            new[]
            {
                new[] { true, true, true },
                new[] { true, true, false },
                new[] { true, false, false },
                new[] { true, false, false },
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void When_no_krav_has_trekkperiode_left_no_trekk_is_taken_and_interest_runs_on_what_stays_unpaid()
    {
        // One claim at 12 % whose trekkperiode ends 1 February: January is paid, from February nothing is taken.
        var trekk = En(
            Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 10_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), Jan2025)),
            new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(3_000), null)) with
        { TrekkperiodeSlutt = [new LocalDate(2025, 2, 1)] };
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 3, Rentetabell);
        var (krav, maaneder, _) = Kjoer(g);

        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(3_000), Beloep.Null, Beloep.Null);
        (g.TrekkIKraft(0), g.TrekkIKraft(1)).Should().Be((true, false));
        maaneder.Skip(1).Should().OnlyContain(m => m.Renter > Beloep.Null, "interest runs on after the trekkperiode");
        krav[0].ErInnfridd.Should().BeFalse();
        (krav[0].Mottatt + krav[0].Gjenstaaende).Should().Be(krav[0].Start + krav[0].Renter);
    }

    [Fact]
    public void A_krav_trekkperiode_end_outside_years_1_to_9999_or_for_more_krav_than_the_trekk_has_is_refused()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000), new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(300), null));
        Trekkvalidering.Valider(trekk with { TrekkperiodeSlutt = [new LocalDate(0, 12, 31)] }).Should().ContainSingle(f => f.Felt == "krav[0].trekkperiodeSlutt");
        Trekkvalidering.Valider(trekk with { TrekkperiodeSlutt = [null, Jan2025] }).Should().ContainSingle(f => f.Felt == "trekkperiodeSlutt");
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(trekk with { TrekkperiodeSlutt = [new LocalDate(0, 12, 31)] }, Jan2025, 3, Rentetabell))
            .Should().Throw<UgyldigInndataException>();
    }

    [Fact]
    public void A_percent_trekk_is_the_share_of_gross_income_rounded_down_to_whole_kroner_and_needs_the_income()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000), new Trekkpaalegg(Org(6), Jan2025, null, null, Prosent.FraHundredeler(1_234)));
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell, Beloep.FraDesimal(40_001.99m));
        g.BesluttetBetaling(0).Should().Be(Beloep.FraKroner(4_936)); // 12.34 % of 40 001.99 = 4 936.25
        var utenBrutto = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell);
        var feil = () => Kjoer(utenBrutto);
        feil.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which.Felt.Should().Be("bruttoinntekt");
        FluentActions.Invoking(() => utenBrutto.BesluttetBetaling(0)).Should().Throw<UgyldigInndataException>()
            .Which.Feil.Should().ContainSingle().Which.Felt.Should().Be("bruttoinntekt", "the decided payment cannot be shown without the income either");
        Kjoer(utenBrutto, Beloep.FraKroner(1_000)).Maaneder[0].Betaling.Should().Be(Beloep.FraKroner(1_000), "a what-if amount needs no income");
    }

    [Fact]
    public void Interest_past_the_tables_end_is_carried_forward_and_flagged_antatt()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, rente: Rentevilkaar.MedForsinkelsesrente(Jan2025)));
        var (_, maaneder, _) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, new LocalDate(2026, 5, 1), 3, Rentetabell));
        maaneder.Select(m => m.Antatt).Should().Equal(false, false, true);
        maaneder[2].Renter.Should().Be(Beloep.FraDesimal(1_019.18m)); // simple interest on the principal: 100 000 × 12.00 % (carried forward past 2026-06-30) × 31/365

        // A month past the table's end with no interest accrued is not marked: nothing in it rests on an assumed rate.
        var utenRente = En(Krav("Y", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000));
        Kjoer(Framskrivingsgrunnlag.Forbered(utenRente, new LocalDate(2026, 5, 1), 3, Rentetabell)).Maaneder.Should().OnlyContain(m => !m.Antatt);
    }

    [Fact]
    public void A_month_at_an_assumed_or_derived_rate_is_flagged_only_when_interest_accrues_in_it()
    {
        // The claim has forsinkelsesrente terms, so the table is read and its days are flagged, but its interest starts
        // on 1 August 2026: July lies past the table's end (30 June 2026) yet accrues nothing, so it rests on no assumed
        // rate; August does (100 000 × 12.00 % × 31/365 = 1 019.18).
        var senere = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, rente: Rentevilkaar.MedForsinkelsesrente(new LocalDate(2026, 8, 1))));
        var (_, maaneder, _) = Kjoer(Framskrivingsgrunnlag.Forbered(senere, new LocalDate(2026, 5, 1), 4, Rentetabell));
        maaneder.Select(m => m.Renter).Should().Equal(Beloep.Null, Beloep.Null, Beloep.Null, Beloep.FraDesimal(1_019.18m));
        maaneder.Select(m => m.Antatt).Should().Equal(false, false, false, true);

        // The same for a derived rate (2024-07-01 – 2024-12-31, policy rate + 8 pp): interest from 1 October 2024, so
        // August and September are not avledet; October is (100 000 × 12.50 % × 31/366 = 1 058.74, 2024 a leap year).
        var avledet = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, rente: Rentevilkaar.MedForsinkelsesrente(new LocalDate(2024, 10, 1))));
        var (_, hoest, _) = Kjoer(Framskrivingsgrunnlag.Forbered(avledet, new LocalDate(2024, 8, 1), 3, Rentetabell));
        hoest.Select(m => m.Renter).Should().Equal(Beloep.Null, Beloep.Null, Beloep.FraDesimal(1_058.74m));
        hoest.Select(m => m.Avledet).Should().Equal(false, false, true);
        hoest.Should().OnlyContain(m => !m.Antatt);
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000));
        var nullMaaneder = () => Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 0, Rentetabell);
        nullMaaneder.Should().Throw<UgyldigInndataException>().Which.Feil[0].Felt.Should().Be("maaneder");
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell);
        var negativ = () => Kjoer(g, Beloep.FraKroner(-1));
        negativ.Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
            new Valideringsfeil("beloep", "-1.00", "UGYLDIG_BELOEP", "Trekkbeløpet kan ikke være negativt."));
        var feilLengde = () => Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), new KravFramskriving[1], new Framskrivingsmaaned[3], []);
        feilLengde.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Twenty_claims_over_24_months_allocate_nothing_after_setup()
    {
        var trekk = Stort(20);
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 24, Rentetabell);
        var buffer = new Framskrivingsbuffer(g);
        var krav = new KravFramskriving[g.AntallKrav];
        var maaneder = new Framskrivingsmaaned[g.Maaneder];
        var saldo = new Beloep[g.AntallKrav * g.Maaneder];
        for (var i = 0; i < 50; i++)
        {
            Framskriver.Framskriv(g, null, buffer, krav, maaneder, saldo);
            Framskriver.Framskriv(g, Beloep.FraKroner(20_000), buffer, krav, maaneder, []);
        }

        var foer = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 500; i++)
        {
            Framskriver.Framskriv(g, null, buffer, krav, maaneder, saldo);
            Framskriver.Framskriv(g, Beloep.FraKroner(20_000), buffer, krav, maaneder, []);
        }

        (GC.GetAllocatedBytesForCurrentThread() - foer).Should().Be(0);
        maaneder[0].Betaling.Should().Be(Beloep.FraKroner(20_000));
    }

    [Fact]
    public void Each_argument_is_checked_by_name()
    {
        var g = Framskrivingsgrunnlag.Forbered(Stort(3), Jan2025, 4, Rentetabell);
        var annen = Framskrivingsgrunnlag.Forbered(Stort(2), Jan2025, 4, Rentetabell);
        var krav = new KravFramskriving[3];
        var mnd = new Framskrivingsmaaned[4];
        FluentActions.Invoking(() => new Framskrivingsbuffer(null!)).Should().Throw<ArgumentNullException>().WithParameterName("grunnlag");
        FluentActions.Invoking(() => Framskriver.Framskriv(null!, null, new Framskrivingsbuffer(g), krav, mnd, [])).Should().Throw<ArgumentNullException>().WithParameterName("grunnlag");
        FluentActions.Invoking(() => Framskriver.Framskriv(g, null, null!, krav, mnd, [])).Should().Throw<ArgumentNullException>().WithParameterName("buffer");
        FluentActions.Invoking(() => Framskriver.Framskriv(g, null, new Framskrivingsbuffer(annen), krav, mnd, [])).Should().Throw<ArgumentException>().WithParameterName("buffer")
            .WithMessage("The buffer was made for another grunnlag.*");
        FluentActions.Invoking(() => Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), new KravFramskriving[2], mnd, [])).Should().Throw<ArgumentException>().WithParameterName("krav")
            .WithMessage("One element per claim is required.*");
        FluentActions.Invoking(() => Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), krav, new Framskrivingsmaaned[5], [])).Should().Throw<ArgumentException>().WithParameterName("maaneder")
            .WithMessage("One element per month is required.*");
        FluentActions.Invoking(() => Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), krav, mnd, new Beloep[11])).Should().Throw<ArgumentException>().WithParameterName("saldo")
            .WithMessage("The balances need claims × months elements, or none.*");
    }

    [Fact]
    public void A_reused_buffer_and_stale_output_spans_give_what_fresh_ones_give()
    {
        // One buffer for runs with different amounts, output spans full of another run's values: every figure must be
        // the same as with fresh ones (the per-run sums are cleared, and the months after a payoff are overwritten).
        var g = Framskrivingsgrunnlag.Forbered(Stort(4), Jan2025, 12, Rentetabell);
        var buffer = new Framskrivingsbuffer(g);
        var krav = new KravFramskriving[4];
        var mnd = new Framskrivingsmaaned[12];
        var saldo = new Beloep[48];
        // 500 kr leaves every claim with a balance in every month; 1 000 000 kr pays the debts off at once right after.
        // Claim 0 of Stort(4) is a løpende bidrag, so the loop runs to the horizon here; the fast fill after a payoff is
        // tested by A_reused_saldo_span_is_cleared_after_the_payoff_for_every_claim.
        foreach (var beloep in new Beloep?[] { Beloep.FraKroner(500), Beloep.FraKroner(1_000_000), Beloep.FraKroner(60_000), null, Beloep.FraKroner(2_000) })
        {
            Framskriver.Framskriv(g, beloep, buffer, krav, mnd, saldo);
            var (ferskKrav, ferskeMnd, ferskSaldo) = Kjoer(g, beloep);
            krav.Should().Equal(ferskKrav, $"amount {beloep}");
            mnd.Should().Equal(ferskeMnd);
            saldo.Should().Equal(ferskSaldo);
        }
    }

    [Fact]
    public void Loepende_bidrag_keep_taking_their_monthly_amount_after_the_debt_is_paid()
    {
        // Hand-worked: a løpende bidrag of 1 500 a month and a class f claim of 2 000 (no interest), trekk 3 000 a month
        // from January. January: bidrag 1 500 (class a), the claim 1 500 (500 left). February: bidrag 1 500, the claim
        // its last 500, 1 000 taken too much → tilbakebetales 1 000. March on: the trekk takes only the 1 500 due.
        var trekk = new Trekk
        {
            Krav =
            [
                new Krav { Id = "L", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 1, 1), Sak = "B", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(1_500) },
                Krav("F", Artsprioritet.F, new LocalDate(2024, 1, 1), 2_000),
            ],
            Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(3_000), null)],
        };
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell);
        var (krav, maaneder, _) = Kjoer(g);
        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(3_000), Beloep.FraKroner(3_000), Beloep.FraKroner(1_500), Beloep.FraKroner(1_500));
        maaneder.Select(m => m.TilLoependeBidrag).Should().AllBeEquivalentTo(Beloep.FraKroner(1_500));
        maaneder.Select(m => m.Tilbakebetales).Should().Equal(Beloep.Null, Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null);
        krav[1].InnfriddMaaned.Should().Be(1);
        krav[0].Mottatt.Should().Be(Beloep.FraKroner(6_000));
    }

    [Fact]
    public void A_reused_saldo_span_is_cleared_after_the_payoff_for_every_claim()
    {
        // Hand-worked: A 1 000, B 2 000, C 3 000 (class f, in that time order, no interest, no løpende bidrag), 4 000 kr a
        // month. January: A 1 000, B 2 000, C 1 000 (2 000 left). February: C its last 2 000 (2 000 to be paid back);
        // everything is paid, so March and April are filled without running the loop, and every claim's row of a saldo
        // span full of an earlier run's values must read 0 there.
        var trekk = new Trekk
        {
            Krav =
            [
                Krav("A", Artsprioritet.F, new LocalDate(2023, 1, 1), 1_000),
                Krav("B", Artsprioritet.F, new LocalDate(2024, 1, 1), 2_000),
                Krav("C", Artsprioritet.F, new LocalDate(2024, 6, 1), 3_000),
            ],
            Parter = Parter(3),
            Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(4_000), null)],
        };
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 4, Rentetabell);
        var krav = new KravFramskriving[3];
        var maaneder = new Framskrivingsmaaned[4];
        var saldo = new Beloep[12];
        saldo.AsSpan().Fill(Beloep.FraKroner(99));
        Framskriver.Framskriv(g, null, new Framskrivingsbuffer(g), krav, maaneder, saldo);

        saldo.Should().Equal(
            Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null,
            Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null,
            Beloep.FraKroner(2_000), Beloep.Null, Beloep.Null, Beloep.Null);
        krav.Select(k => k.InnfriddMaaned).Should().Equal(0, 0, 1);
        maaneder.Select(m => m.Tilbakebetales).Should().Equal(Beloep.Null, Beloep.FraKroner(2_000), Beloep.Null, Beloep.Null);
    }

    [Fact]
    public void Trekk_is_taken_for_a_claim_whose_remaining_principal_equals_its_accrued_interest()
    {
        // 1 000 kr principal and 1 000 kr accrued interest (no interest terms), 500 kr a month: the claim needs 2 000, so
        // each month takes 500, interest first. (The month's other need is principal plus interest; a claim with both
        // equal must not read as needing nothing, which would stop the trekk.)
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000, paaloept: 1_000), new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(500), null));
        var (krav, maaneder, saldo) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 5, Rentetabell));

        maaneder.Select(m => m.Betaling).Should().Equal(Beloep.FraKroner(500), Beloep.FraKroner(500), Beloep.FraKroner(500), Beloep.FraKroner(500), Beloep.Null);
        saldo.Should().Equal(Beloep.FraKroner(1_500), Beloep.FraKroner(1_000), Beloep.FraKroner(500), Beloep.Null, Beloep.Null);
        krav[0].Should().Be(new KravFramskriving(3, Beloep.FraKroner(2_000), Beloep.Null, Beloep.Null, Beloep.FraKroner(2_000)));
    }
}
