using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Reference.Prioritet;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Prioritet.KravBygger;

namespace Utleggstrekk.Tests.Prioritet;

public class FordelerTests
{
    [Fact]
    public void Better_class_is_covered_in_full_before_a_worse_class_gets_anything()
    {
        // f is the oldest and e is older than a, but class decides first: a 300, then e 500, then f gets the last 200.
        Krav[] krav =
        [
            Krav("F1", Artsprioritet.F, D(2020, 1, 1), 1_000m),
            Krav("E1", Artsprioritet.E, D(2022, 1, 1), 500m),
            Bidragsgjeld("A1", D(2024, 1, 1), 300m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["F1"] = 200m, ["E1"] = 500m, ["A1"] = 300m });
        r.Overskudd.Should().Be(Beloep.Null);
        r.Andeler.Select(a => a.Id).Should().Equal("F1", "E1", "A1"); // input order kept
        r.Andeler.Select(a => a.Rang).Should().Equal(2, 1, 0);
    }

    [Fact]
    public void Within_a_class_the_earliest_tidsprioritet_is_covered_in_full_first()
    {
        // f2 (January) gets its 600 in full, f1 (March) gets the remaining 400, f3 (May) nothing.
        Krav[] krav =
        [
            Krav("f1", Artsprioritet.F, D(2024, 3, 1), 1_000m, sak: "X"),
            Krav("f2", Artsprioritet.F, D(2024, 1, 1), 600m, sak: "Y"),
            Krav("f3", Artsprioritet.F, D(2024, 5, 1), 100m, sak: "Z"),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["f1"] = 400m, ["f2"] = 600m, ["f3"] = 0m });
    }

    [Fact]
    public void Same_case_and_date_lower_prioritetISak_first()
    {
        // Same sak and date: prioritetISak 1 (id "b") before 2 (id "a"), though "a" < "b".
        Krav[] krav =
        [
            Krav("a", Artsprioritet.F, D(2024, 1, 1), 500m, sak: "S", prioritetISak: 2),
            Krav("b", Artsprioritet.F, D(2024, 1, 1), 500m, sak: "S", prioritetISak: 1),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(700), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["a"] = 200m, ["b"] = 500m });
    }

    [Fact]
    public void Class_a_shares_pro_rata_by_the_size_of_each_bidrag()
    {
        // Løpende bidrag weighs by the amount due (3 000), bidragsgjeld by what remains (6 000); the later date does
        // not matter in class a. 4 500 × 3 000/9 000 = 1 500 and 4 500 × 6 000/9 000 = 3 000. Class e gets nothing.
        Krav[] krav =
        [
            LoependeBidrag("lb", D(2024, 6, 1), 3_000m),
            Bidragsgjeld("bg", D(2023, 1, 1), 6_000m),
            Krav("skatt", Artsprioritet.E, D(2020, 1, 1), 10_000m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(4_500), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 1_500m, ["bg"] = 3_000m, ["skatt"] = 0m });
        r.Andeler.Where(a => a.Artsprioritet == Artsprioritet.A).Should().OnlyContain(a => a.ProRata);

        // 9 500: class a needs 9 000 in all and is covered in full; 500 passes to class e.
        var r2 = Fordeler.Fordel(krav, Beloep.FraKroner(9_500), Fordelingsregel.Tidsprioritet);
        EtterId(r2).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 3_000m, ["bg"] = 6_000m, ["skatt"] = 500m });
    }

    [Fact]
    public void Class_a_weighs_bidragsgjeld_by_the_remaining_amount_without_interest()
    {
        // Løpende 1 000 (weight 1 000, need 1 000); bidragsgjeld 1 000 remaining + 1 000 interest (weight 1 000, need
        // 2 000). Payment 1 500: 1 500 × 1 000/2 000 = 750 each; both below their needs, so 750 / 750.
        Krav[] krav =
        [
            LoependeBidrag("lb", D(2024, 1, 1), 1_000m),
            Bidragsgjeld("bg", D(2023, 1, 1), 1_000m) with { PaaloeptRente = Beloep.FraKroner(1_000) },
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_500), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 750m, ["bg"] = 750m });
        r.Andeler[1].Behov.Should().Be(Beloep.FraKroner(2_000));
        ReferanseFordeling.Fordel(krav, 1_500m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(750m, 750m);

        // Samordnet: class a still shares by the size of each bidrag (deknl. § 2-8 third ledd last sentence; the
        // interest is a class-f part of its own): 750 / 750 as well.
        var s = Fordeler.Fordel(krav, Beloep.FraKroner(1_500), Fordelingsregel.Samordnet);
        EtterId(s).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 750m, ["bg"] = 750m });
        s.Andeler[1].Renteandel.Should().Be(Beloep.Null);
    }

    [Fact]
    public void Class_a_water_fills_what_a_covered_loepende_bidrag_leaves()
    {
        // Løpende 100 (weight 100, need 100); bidragsgjeld 100 remaining + 10 000 interest (weight 100, need 10 100).
        // Payment 1 000: by weight 500 / 500, but the løpende bidrag needs only 100 → it gets 100 and leaves; the other
        // 900 go to the bidragsgjeld (below its need 10 100) → 100 / 900.
        Krav[] krav =
        [
            LoependeBidrag("lb", D(2024, 1, 1), 100m),
            Bidragsgjeld("bg", D(2023, 1, 1), 100m) with { PaaloeptRente = Beloep.FraKroner(10_000) },
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 100m, ["bg"] = 900m });
        ReferanseFordeling.Fordel(krav, 1_000m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(100m, 900m);
    }

    [Fact]
    public void Water_filling_then_largest_remainder_in_oere()
    {
        // Class a with current weights that differ from the needs (a projection passes them). Weights / needs in øre:
        // L 100/100, A 100/1 000, B 200/1 000. Payment 401 øre.
        //   Round 1, W = 400: L's share 401·100/400 = 100.25 ≥ 100 → L gets 100; A 100.25 < 1 000, B 200.5 < 1 000.
        //   Round 2, 301 øre, W = 300: A 301·100/300 = 100.33, B 301·200/300 = 200.67, both short → floors 100 + 200,
        //   1 øre left goes to the larger remainder (B, .67) → A 1.00, B 2.01.
        Krav[] krav =
        [
            LoependeBidrag("L", D(2024, 1, 1), 1m),
            Bidragsgjeld("A", D(2023, 1, 1), 1m),
            Bidragsgjeld("B", D(2023, 1, 1), 2m),
        ];
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        var andeler = new Beloep[3];
        Beloep[] behov = [Beloep.FraOere(100), Beloep.FraOere(1_000), Beloep.FraOere(1_000)];
        Beloep[] vekter = [Beloep.FraOere(100), Beloep.FraOere(100), Beloep.FraOere(200)];
        Fordeler.Fordel(plan, Beloep.FraOere(401), behov, new Beloep[3], vekter, andeler, [], out var overskudd);
        andeler.Should().Equal(Beloep.FraOere(100), Beloep.FraOere(100), Beloep.FraOere(201));
        overskudd.Should().Be(Beloep.Null);
    }

    [Fact]
    public void Class_a_interest_is_paid_in_class_f_after_class_b()
    {
        // Principals L 1.00, A 1.00, B 2.00 (class a) are covered (4.00); the 1 øre left goes past class b (X, 5.00) only
        // when X is covered: payment 4.01 → X gets the øre, the interest parts nothing.
        Krav[] krav =
        [
            LoependeBidrag("L", D(2024, 1, 1), 1m),
            Bidragsgjeld("A", D(2023, 1, 1), 1m) with { PaaloeptRente = Beloep.FraKroner(9) },
            Bidragsgjeld("B", D(2023, 1, 1), 2m) with { PaaloeptRente = Beloep.FraKroner(8) },
            Krav("X", Artsprioritet.B, D(2024, 1, 1), 5m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraOere(401), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["L"] = 1.00m, ["A"] = 1.00m, ["B"] = 2.00m, ["X"] = 0.01m });
        r.Andeler.Should().OnlyContain(a => a.Renteandel == Beloep.Null);

        // 9.01: X 5.00 in full, then class f: A's and B's interest parts (same day, same case B1: in turn, A first).
        var r2 = Fordeler.Fordel(krav, Beloep.FraOere(901), Fordelingsregel.Tidsprioritet);
        EtterId(r2).Should().Equal(new Dictionary<string, decimal> { ["L"] = 1.00m, ["A"] = 1.01m, ["B"] = 2.00m, ["X"] = 5.00m });
        r2.Andeler[1].Renteandel.Should().Be(Beloep.FraOere(1));
        r2.Deler.Where(d => d.Del == Kravdel.Renter).Should().OnlyContain(d => d.Artsprioritet == Artsprioritet.F);
        ReferanseFordeling.Fordel(krav, 9.01m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(1.00m, 1.01m, 2.00m, 5.00m);
    }

    [Fact]
    public void Interest_only_bidragsgjeld_shares_only_after_the_weighted_claims_are_covered()
    {
        // "0" has nothing remaining but 500 interest: weight 0, need 500. "1000" weighs and needs 1 000.
        // Payment 800: all of it to "1000" (weighted claims first) → 0 / 800.
        // Payment 1 200: "1000" covered with 1 000; the 200 left go to the interest-only claim → 200 / 1 000.
        Krav[] krav =
        [
            Bidragsgjeld("0", D(2020, 1, 1), 0m) with { PaaloeptRente = Beloep.FraKroner(500) },
            Bidragsgjeld("1000", D(2024, 1, 1), 1_000m),
        ];
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(800), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["0"] = 0m, ["1000"] = 800m });
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(1_200), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["0"] = 200m, ["1000"] = 1_000m });
        ReferanseFordeling.Fordel(krav, 800m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(0m, 800m);
        ReferanseFordeling.Fordel(krav, 1_200m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(200m, 1_000m);
    }

    [Fact]
    public void A_plan_distributes_with_current_needs_and_weights()
    {
        // Two bidragsgjeld; this month's principal needs 1 000 each, weights (remaining) 100 and 200: 300 × 100/300 =
        // 100, 300 × 200/300 = 200. Their interest parts (class f) get nothing while class a is short.
        Krav[] krav = [Bidragsgjeld("x", D(2024, 1, 1), 50m), Bidragsgjeld("y", D(2024, 1, 1), 50m)];
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        plan.Vekter.ToArray().Should().Equal(Beloep.FraKroner(50), Beloep.FraKroner(50));
        var andeler = new Beloep[2];
        var renteandeler = new Beloep[2];
        Fordeler.Fordel(plan, Beloep.FraKroner(300), [Beloep.FraKroner(1_000), Beloep.FraKroner(1_000)], [Beloep.FraKroner(5), Beloep.FraKroner(5)], [Beloep.FraKroner(100), Beloep.FraKroner(200)], andeler, renteandeler, out var overskudd);
        andeler.Should().Equal(Beloep.FraKroner(100), Beloep.FraKroner(200));
        renteandeler.Should().Equal(Beloep.Null, Beloep.Null);
        overskudd.Should().Be(Beloep.Null);

        // Enough for both principals: the interest parts (class f, same day, same case "S", same prioritetISak) tie and
        // share the 7 kr left by need, 5 : 5 → 3.50 each (SPEC §6: no tie is broken by the spelling of an id).
        Fordeler.Fordel(plan, Beloep.FraKroner(2_007), [Beloep.FraKroner(1_000), Beloep.FraKroner(1_000)], [Beloep.FraKroner(5), Beloep.FraKroner(5)], [Beloep.FraKroner(100), Beloep.FraKroner(200)], andeler, renteandeler, out overskudd);
        andeler.Should().Equal(Beloep.FraOere(100_350), Beloep.FraOere(100_350));
        renteandeler.Should().Equal(Beloep.FraOere(350), Beloep.FraOere(350));
        overskudd.Should().Be(Beloep.Null);
    }

    [Fact]
    public void A_loepende_bidrag_needs_only_this_periods_amount()
    {
        // Gjenstaaende is ignored for a løpende bidrag: it needs its 2 000 due this period, the rest goes on.
        var lb = LoependeBidrag("lb", D(2024, 1, 1), 2_000m) with { Gjenstaaende = Beloep.FraKroner(50_000) };
        Krav[] krav = [lb, Krav("f", Artsprioritet.F, D(2024, 1, 1), 1_000m)];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(2_500), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["lb"] = 2_000m, ["f"] = 500m });
        r.Andeler[0].Behov.Should().Be(Beloep.FraKroner(2_000));
    }

    [Fact]
    public void Largest_remainder_gets_the_leftover_oere()
    {
        // Needs 0.50, 0.25, 0.26 kr (101 øre), payment 1.00 kr (100 øre):
        //   exact 100·50/101 = 49.50, 100·25/101 = 24.75, 100·26/101 = 25.74 → floors 49 + 24 + 25 = 98;
        //   2 øre left go to the largest remainders .75 and .74 → 0.49, 0.25, 0.26 (even though x is the earliest).
        Krav[] krav =
        [
            Bidragsgjeld("x", D(2020, 1, 1), 0.50m),
            Bidragsgjeld("y", D(2021, 1, 1), 0.25m),
            Bidragsgjeld("z", D(2022, 1, 1), 0.26m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["x"] = 0.49m, ["y"] = 0.25m, ["z"] = 0.26m });
    }

    [Fact]
    public void Equal_remainders_go_to_the_earlier_tidsprioritet_then_the_lower_id()
    {
        // Three needs of 1.00 kr. Payment 1.00: 33 øre each + 1 øre to the first of (date, id):
        // order (2024-01-01,"B"), (2024-01-01,"C"), (2024-02-01,"A") → B gets 34 although "A" is the lowest id.
        Krav[] krav =
        [
            Bidragsgjeld("A", D(2024, 2, 1), 1m),
            Bidragsgjeld("B", D(2024, 1, 1), 1m),
            Bidragsgjeld("C", D(2024, 1, 1), 1m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["A"] = 0.33m, ["B"] = 0.34m, ["C"] = 0.33m });

        // Payment 2.00: 66 each + 2 øre → B and C (the two with the earliest date).
        var r2 = Fordeler.Fordel(krav, Beloep.FraKroner(2), Fordelingsregel.Tidsprioritet);
        EtterId(r2).Should().Equal(new Dictionary<string, decimal> { ["A"] = 0.66m, ["B"] = 0.67m, ["C"] = 0.67m });
    }

    [Fact]
    public void Surplus_is_reported_never_dropped()
    {
        Krav[] krav = [Krav("e", Artsprioritet.E, D(2024, 1, 1), 4_000m), Krav("f", Artsprioritet.F, D(2024, 1, 1), 3_000m)];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(10_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["e"] = 4_000m, ["f"] = 3_000m });
        r.Overskudd.Should().Be(Beloep.FraKroner(3_000));

    }

    [Theory]
    [InlineData(Fordelingsregel.Tidsprioritet)]
    [InlineData(Fordelingsregel.Samordnet)]
    public void An_empty_claim_list_is_refused_as_the_command_line_refuses_it(Fordelingsregel regel)
    {
        // Same code, field and text as TREKK.json with "krav": [] (TrekkJson uses this rule), so library and CLI agree.
        var forventet = new Valideringsfeil("krav", "[]", "MANGLER_KRAV", "Trekket må ha minst ett krav.");
        FluentActions.Invoking(() => Fordeler.Fordel([], Beloep.FraKroner(123), regel))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(forventet);
        FluentActions.Invoking(() => Fordeler.Planlegg([], regel))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(forventet);
        Kravvalidering.Valider([]).Should().Equal(forventet);
    }

    [Fact]
    public void Samordnet_preserved_priority_first_then_pro_rata_by_dividendegrunnlag()
    {
        // Class f. "bevart" (preserved, 2023) is covered first: 1 000. The rest, 2 000, is shared by
        // dividendegrunnlag = remaining + accrued interest: n1 2 000 + 1 000 = 3 000, n2 1 000 → 1 500 and 500,
        // although n2 is older than n1. Class a claims come before all of it.
        Krav[] krav =
        [
            Krav("n1", Artsprioritet.F, D(2025, 3, 1), 2_000m, paaloeptRente: 1_000m),
            Krav("bevart", Artsprioritet.F, D(2023, 1, 1), 1_000m, bevart: true),
            Krav("n2", Artsprioritet.F, D(2025, 1, 1), 1_000m),
            Bidragsgjeld("a", D(2026, 1, 1), 500m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(3_500), Fordelingsregel.Samordnet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["n1"] = 1_500m, ["bevart"] = 1_000m, ["n2"] = 500m, ["a"] = 500m });

        // The same claims under Tidsprioritet: class f in date order: bevart 1 000, n2 1 000, n1 1 000 of 3 000.
        var t = Fordeler.Fordel(krav, Beloep.FraKroner(3_500), Fordelingsregel.Tidsprioritet);
        EtterId(t).Should().Equal(new Dictionary<string, decimal> { ["n1"] = 1_000m, ["bevart"] = 1_000m, ["n2"] = 1_000m, ["a"] = 500m });
    }

    [Fact]
    public void A_plan_distributes_with_current_needs_without_replanning()
    {
        Krav[] krav = [Krav("e", Artsprioritet.E, D(2024, 1, 1), 4_000m), Krav("f", Artsprioritet.F, D(2023, 1, 1), 3_000m)];
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        plan.Deler.ToArray().Should().Equal(
            new Fordelingsdel(0, Kravdel.Hovedstol, Artsprioritet.E, 0, 0),
            new Fordelingsdel(1, Kravdel.Hovedstol, Artsprioritet.F, 1, 1));
        plan.Grupper.ToArray().Should().Equal(
            new Fordelingsgruppe(Artsprioritet.E, 0, 1, Delingsmaate.EtterTur, 0, 1),
            new Fordelingsgruppe(Artsprioritet.F, 1, 1, Delingsmaate.EtterTur, 1, 1));
        plan.HarRentedel(0).Should().BeFalse();
        plan.RenteRang(1).Should().Be(-1);

        var andeler = new Beloep[2];
        Fordeler.Fordel(plan, Beloep.FraKroner(1_000), [Beloep.FraKroner(300), Beloep.FraKroner(3_000)], [Beloep.Null, Beloep.Null], plan.Vekter, andeler, [], out var overskudd);
        andeler.Should().Equal(Beloep.FraKroner(300), Beloep.FraKroner(700));
        overskudd.Should().Be(Beloep.Null);
    }

    [Fact]
    public void Bad_calls_are_refused()
    {
        var plan = Fordeler.Planlegg([Krav("e", Artsprioritet.E, D(2024, 1, 1), 4_000m)], Fordelingsregel.Tidsprioritet);
        var andeler = new Beloep[1];
        var negativ = () => Fordeler.Fordel(plan, Beloep.FraKroner(-1), andeler, out _);
        negativ.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("betaling");
        var feilLengde = () => Fordeler.Fordel(plan, Beloep.FraKroner(1), new Beloep[2], out _);
        feilLengde.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Reference_agrees_on_the_hand_examples()
    {
        Krav[] krav =
        [
            Bidragsgjeld("x", D(2020, 1, 1), 0.50m),
            Bidragsgjeld("y", D(2021, 1, 1), 0.25m),
            Bidragsgjeld("z", D(2022, 1, 1), 0.26m),
            Krav("f", Artsprioritet.F, D(2019, 1, 1), 10m),
        ];
        var r = ReferanseFordeling.Fordel(krav, 1.50m, Fordelingsregel.Tidsprioritet);
        r.Andeler.Should().Equal(0.50m, 0.25m, 0.26m, 0.49m);
        r.Overskudd.Should().Be(0m);
    }

    [Fact]
    public void A_pro_rata_group_larger_than_the_stack_buffer_agrees_with_the_reference()
    {
        // 600 class-a claims (more than the 256 kept on the stack), needs 1.00 … 6.00 kr, payment 1 234.57 kr.
        var krav = Enumerable.Range(0, 600)
            .Select(i => Bidragsgjeld("G" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), D(2024, 1, 1 + (i % 28)), 1m + (i % 6)))
            .ToArray();
        var betaling = Beloep.FraDesimal(1_234.57m);
        var motor = Fordeler.Fordel(krav, betaling, Fordelingsregel.Tidsprioritet);
        var reference = ReferanseFordeling.Fordel(krav, betaling.Kroner, Fordelingsregel.Tidsprioritet);
        motor.Andeler.Select(a => a.Andel.Kroner).Should().Equal(reference.Andeler);
        motor.Andeler.Sum(a => a.Andel.Oere).Should().Be(betaling.Oere);
        motor.Andeler.Should().OnlyContain(a => a.Udekket.Oere > 0);
    }

    [Fact]
    public void The_explanation_names_each_group_its_rule_and_the_surplus()
    {
        Krav[] krav =
        [
            LoependeBidrag("lb", D(2024, 6, 1), 3_000m),
            Bidragsgjeld("bg", D(2023, 1, 1), 6_000m),
            Krav("skatt", Artsprioritet.E, D(2020, 1, 1), 1_000m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(12_000), Fordelingsregel.Tidsprioritet);
        var f = Fordeler.Forklar(r);
        f.Resultat.Should().Be("10000.00");
        f.Deler.Select(d => d.Regel).Should().Equal(Prioritetsregler.ForholdsmessigBidrag, Prioritetsregler.Tidsprioritet, Prioritetsregler.Overskudd);
        f.Deler[0].Fakta.Should().Contain(new Faktum("lb", "3000.00 av 3000.00 (sak B1, tidsprioritet 2024-06-01)"));
        f.Deler[2].Resultat.Should().Be("2000.00");
        f.Deler[0].Regel.Kilde.Should().Contain("§ 2-8 tredje ledd siste punktum");
    }

    [Fact]
    public void Interest_on_a_class_b_claim_is_class_f_and_a_later_class_b_claim_comes_first()
    {
        // Issue 6, case 1: X (2020, S1) 1 000 + 3 000 interest, Y (2021, S2) 3 000, both class b; payment 3 000 →
        // X 1 000 (its principal), Y 2 000; X's interest (class f) nothing.
        Krav[] krav =
        [
            Krav("X", Artsprioritet.B, D(2020, 1, 1), 1_000m, sak: "S1", paaloeptRente: 3_000m),
            Krav("Y", Artsprioritet.B, D(2021, 1, 1), 3_000m, sak: "S2"),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(3_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["X"] = 1_000m, ["Y"] = 2_000m });
        r.Andeler[0].Renteandel.Should().Be(Beloep.Null);
        ReferanseFordeling.Fordel(krav, 3_000m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(1_000m, 2_000m);

        // The trace shows X's principal (class b) and interest (class f) as separate parts, each with its rule.
        var f = Fordeler.Forklar(r);
        f.Deler.Select(d => d.Steg).Should().Equal(
            "Artsprioritet b, tidsprioritet 2020-01-01",
            "Artsprioritet b, tidsprioritet 2021-01-01",
            "Artsprioritet f, tidsprioritet 2020-01-01");
        f.Deler[2].Fakta.Should().ContainSingle().Which.Should().Be(new Faktum("X (renter)", "0.00 av 3000.00 (sak S1, tidsprioritet 2020-01-01)"));
        f.Deler[2].Deler.Select(d => d.Regel).Should().Contain(Prioritetsregler.RenterIKlasseF);
        Prioritetsregler.RenterIKlasseF.Kilde.Should().Contain("pkt. 6.1").And.Contain("6.2");
    }

    [Fact]
    public void Bidragsgjeld_interest_waits_behind_class_b()
    {
        // Issue 6, case 2: L 100/month, G (2023) 100 + 10 000 interest, X class b (2020) 5 000; payment 1 000 →
        // L 100, G 100, X 800.
        Krav[] krav =
        [
            LoependeBidrag("L", D(2022, 1, 1), 100m),
            Bidragsgjeld("G", D(2023, 1, 1), 100m) with { PaaloeptRente = Beloep.FraKroner(10_000) },
            Krav("X", Artsprioritet.B, D(2020, 1, 1), 5_000m),
        ];
        foreach (var regel in new[] { Fordelingsregel.Tidsprioritet, Fordelingsregel.Samordnet })
        {
            var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), regel);
            EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["L"] = 100m, ["G"] = 100m, ["X"] = 800m });
        }
    }

    [Fact]
    public void Same_day_in_different_saker_is_shared_pro_rata_whatever_the_sak_spelling()
    {
        // Issue 6, case 3: class f, both 2024-01-01, X in S10 1 000, Y in S9 1 000; payment 1 000 → 500 / 500.
        Krav[] krav =
        [
            Krav("X", Artsprioritet.F, D(2024, 1, 1), 1_000m, sak: "S10"),
            Krav("Y", Artsprioritet.F, D(2024, 1, 1), 1_000m, sak: "S9"),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["X"] = 500m, ["Y"] = 500m });
        r.Andeler.Should().OnlyContain(a => a.ProRata);
        var f = Fordeler.Forklar(r);
        f.Deler.Should().ContainSingle().Which.Regel.Should().Be(Prioritetsregler.SammeDag);
        f.Deler[0].Steg.Should().Contain("samme dag, delt forholdsmessig");
    }

    [Fact]
    public void Same_day_each_sak_takes_its_share_through_its_own_claims_in_prioritet_i_sak_order()
    {
        // Class b, 2024-01-01. Sak A: a2 (prio 2) 300, a1 (prio 1) 300 → need 600; sak B: b1 200 → need 200. Payment 400:
        // 400 · 600/800 = 300 to A, 100 to B; A passes its 300 to a1 first.
        Krav[] krav =
        [
            Krav("a2", Artsprioritet.B, D(2024, 1, 1), 300m, sak: "A", prioritetISak: 2),
            Krav("b1", Artsprioritet.B, D(2024, 1, 1), 200m, sak: "B"),
            Krav("a1", Artsprioritet.B, D(2024, 1, 1), 300m, sak: "A", prioritetISak: 1),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(400), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["a2"] = 0m, ["b1"] = 100m, ["a1"] = 300m });
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        // Two groups: the principals (class b, same day, two saker) and their interest parts (class f, same day).
        plan.Grupper.ToArray().Should().Equal(
            new Fordelingsgruppe(Artsprioritet.B, 0, 3, Delingsmaate.SammeDag, 0, 2),
            new Fordelingsgruppe(Artsprioritet.F, 3, 3, Delingsmaate.SammeDag, 2, 2));
        plan.Blokker[..2].ToArray().Should().Equal(new Fordelingsblokk(0, 2), new Fordelingsblokk(2, 1));
        plan.Deler.ToArray().Select(d => (d.KravIndeks, d.Del)).Should().Equal(
            (2, Kravdel.Hovedstol), (0, Kravdel.Hovedstol), (1, Kravdel.Hovedstol), (2, Kravdel.Renter), (0, Kravdel.Renter), (1, Kravdel.Renter));
        plan.RenteRang(0).Should().Be(4);
        plan.HovedstolRang(0).Should().Be(1);
    }

    [Fact]
    public void Samordnet_keeps_class_a_pro_rata_whatever_the_preserved_priority()
    {
        // Issue 6, case 4: two løpende bidrag of 1 000, one with bevartTidsprioritet; payment 1 000 → 500 / 500.
        Krav[] krav =
        [
            LoependeBidrag("L1", D(2020, 1, 1), 1_000m) with { BevartTidsprioritet = true },
            LoependeBidrag("L2", D(2025, 1, 1), 1_000m, sak: "B2"),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Samordnet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { ["L1"] = 500m, ["L2"] = 500m });
        ReferanseFordeling.Fordel(krav, 1_000m, Fordelingsregel.Samordnet).Andeler.Should().Equal(500m, 500m);
    }

    [Fact]
    public void Fordel_with_a_prepared_plan_allocates_nothing()
    {
        var krav = Testkrav.Blandet(100);
        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        var samordnet = Fordeler.Planlegg(krav, Fordelingsregel.Samordnet);
        var andeler = new Beloep[krav.Length];
        var betaling = Beloep.FraDesimal(12_345.67m);
        Beloep overskudd = default;
        for (var i = 0; i < 100; i++)
        {
            Fordeler.Fordel(plan, betaling, andeler, out overskudd);
            Fordeler.Fordel(samordnet, betaling, andeler, out overskudd);
        }

        var foer = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Fordeler.Fordel(plan, betaling, andeler, out overskudd);
            Fordeler.Fordel(samordnet, betaling, andeler, out overskudd);
        }

        var etter = GC.GetAllocatedBytesForCurrentThread();
        (etter - foer).Should().Be(0);
        (andeler.Sum(a => a.Oere) + overskudd.Oere).Should().Be(betaling.Oere);
    }

    [Fact]
    public void Groups_and_steps_past_the_stack_limit_share_as_the_reference_and_allocate_nothing()
    {
        // 300 bidragsgjeld in class a (one shared group of 300 blocks) and 300 class-c claims of one case, date and
        // prioritetISak (one step of 300 parts): both above the 256 elements kept on the stack, so the scratch memory
        // is rented from the pool. Amounts differ so the largest-remainder øre are spread.
        var krav = Enumerable.Range(0, 300)
            .Select(i => Bidragsgjeld($"A{i:D3}", D(2024, 1, 1 + (i % 28)), 100m + (i * 7 % 97) + 0.13m, sak: $"B{i}"))
            .Concat(Enumerable.Range(0, 300).Select(i => Krav($"C{i:D3}", Artsprioritet.C, D(2023, 5, 1), 50m + (i * 11 % 89) + 0.07m)))
            .ToArray();
        var betaling = Beloep.FraDesimal(12_345.67m + krav.Where(k => k.Artsprioritet == Artsprioritet.A).Sum(k => k.Gjenstaaende.Kroner));
        foreach (var delvis in new[] { Beloep.FraDesimal(9_876.53m), betaling })
        {
            var r = Fordeler.Fordel(krav, delvis, Fordelingsregel.Tidsprioritet);
            r.Andeler.Select(a => a.Andel.Kroner).Should().Equal(ReferanseFordeling.Fordel(krav, delvis.Kroner, Fordelingsregel.Tidsprioritet).Andeler);
        }

        var plan = Fordeler.Planlegg(krav, Fordelingsregel.Tidsprioritet);
        var andeler = new Beloep[krav.Length];
        Beloep overskudd = default;
        Fordeler.Fordel(plan, betaling, andeler, out overskudd);
        Allokering.Minst(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                Fordeler.Fordel(plan, betaling, andeler, out overskudd);
                Fordeler.Fordel(plan, Beloep.FraDesimal(9_876.53m), andeler, out overskudd);
            }
        }).Should().Be(0);
    }
}
