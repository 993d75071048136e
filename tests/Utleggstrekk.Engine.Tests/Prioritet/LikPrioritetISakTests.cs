using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Reference.Prioritet;
using static Utleggstrekk.Tests.Prioritet.KravBygger;

namespace Utleggstrekk.Tests.Prioritet;

/// <summary>Ties inside one case (same date, same prioritetISak) and the øre left by pro-rata rounding (SPEC §2, §6).</summary>
public class LikPrioritetISakTests
{
    [Theory]
    [InlineData("H", "R")]
    [InlineData("R", "H")]
    public void Claims_of_one_case_with_the_same_date_and_prioritetISak_share_by_need_whatever_their_names(string foerst, string sist)
    {
        // One case, class f, one date, both prioritetISak 1: needs 1 000 and 3 000, payment 2 000.
        // By need: 2 000 × 1 000 / 4 000 = 500 and 2 000 × 3 000 / 4 000 = 1 500 — not 1 000 / 1 000 by id.
        Krav[] krav =
        [
            Krav(foerst, Artsprioritet.F, D(2024, 3, 1), 1_000m),
            Krav(sist, Artsprioritet.F, D(2024, 3, 1), 3_000m),
        ];
        var r = Fordeler.Fordel(krav, Beloep.FraKroner(2_000), Fordelingsregel.Tidsprioritet);
        EtterId(r).Should().Equal(new Dictionary<string, decimal> { [foerst] = 500m, [sist] = 1_500m });
        ReferanseFordeling.Fordel(krav, 2_000m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(500m, 1_500m);
    }

    [Fact]
    public void A_lower_prioritetISak_is_still_covered_first_and_the_tie_after_it_shares()
    {
        // prioritetISak 1 (600) first in full; the 400 left go to the two claims with prioritetISak 2 (needs 100 and
        // 300): 400 ≥ 400, both in full. With 300 left: 300 × 100/400 = 75, 300 × 300/400 = 225.
        Krav[] krav =
        [
            Krav("a", Artsprioritet.B, D(2024, 3, 1), 600m),
            Krav("b", Artsprioritet.B, D(2024, 3, 1), 100m, prioritetISak: 2),
            Krav("c", Artsprioritet.B, D(2024, 3, 1), 300m, prioritetISak: 2),
        ];
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(1_000), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["a"] = 600m, ["b"] = 100m, ["c"] = 300m });
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(900), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["a"] = 600m, ["b"] = 75m, ["c"] = 225m });
    }

    [Fact]
    public void The_oere_left_by_rounding_inside_a_tie_goes_to_the_lower_claim_id()
    {
        // Three claims of 1 kr each in one case, payment 1 kr = 100 øre: 33 each and 1 øre left; the
        // remainders are equal (100·100 mod 300 = 100 for each), so the øre goes to the lowest id, "k1".
        Krav[] krav =
        [
            Krav("k3", Artsprioritet.F, D(2024, 3, 1), 1m),
            Krav("k1", Artsprioritet.F, D(2024, 3, 1), 1m),
            Krav("k2", Artsprioritet.F, D(2024, 3, 1), 1m),
        ];
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(1), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["k1"] = 0.34m, ["k2"] = 0.33m, ["k3"] = 0.33m });
    }

    [Theory]
    [InlineData("S-A", "S-B")]
    [InlineData("S-B", "S-A")]
    public void The_oere_left_between_same_day_cases_goes_to_the_case_with_the_lower_claim_id_not_the_lower_case_name(string sakForK1, string sakForK2)
    {
        // Two cases on one date, each one claim of 1 kr; payment 1 øre: both remainders equal, so the øre goes to the
        // claim with the lower id ("k1") whichever case name sorts first.
        Krav[] krav =
        [
            Krav("k2", Artsprioritet.F, D(2024, 3, 1), 1m, sak: sakForK2),
            Krav("k1", Artsprioritet.F, D(2024, 3, 1), 1m, sak: sakForK1),
        ];
        EtterId(Fordeler.Fordel(krav, Beloep.FraOere(1), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["k1"] = 0.01m, ["k2"] = 0m });
        ReferanseFordeling.Fordel(krav, 0.01m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(0m, 0.01m);
    }

    [Fact]
    public void Under_Samordnet_the_oere_left_goes_to_the_earlier_date_then_the_lower_id()
    {
        // Three claims without preserved priority, each needing 1 kr; payment 2 øre, equal remainders:
        // the earlier date ("z", 2023) first, then the lower id of the two 2024 claims ("m" before "x").
        Krav[] krav =
        [
            Krav("x", Artsprioritet.F, D(2024, 3, 1), 1m, sak: "A"),
            Krav("m", Artsprioritet.F, D(2024, 3, 1), 1m, sak: "Z"),
            Krav("z", Artsprioritet.F, D(2023, 3, 1), 1m, sak: "Z"),
        ];
        EtterId(Fordeler.Fordel(krav, Beloep.FraOere(2), Fordelingsregel.Samordnet))
            .Should().Equal(new Dictionary<string, decimal> { ["x"] = 0m, ["m"] = 0.01m, ["z"] = 0.01m });
    }

    [Fact]
    public void An_interest_part_with_its_own_prioritetISak_is_placed_there_in_its_case()
    {
        // Class b claim "h" (prioritetISak 1) with 500 interest placed at prioritetISak 3 (ELAN
        // prioritetISakFremtidigRentekrav); class f claim "g" of the same case and date at prioritetISak 2 needs 400.
        // Class b: "h" principal 1 000 first. Class f: "g" (2) before the interest part (3): 1 200 − 1 000 = 200 → "g".
        var h = Krav("h", Artsprioritet.B, D(2024, 3, 1), 1_000m, paaloeptRente: 500m) with { RentePrioritetISak = 3 };
        Krav[] krav = [h, Krav("g", Artsprioritet.F, D(2024, 3, 1), 400m, prioritetISak: 2)];
        EtterId(Fordeler.Fordel(krav, Beloep.FraKroner(1_200), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["h"] = 1_000m, ["g"] = 200m });

        // Without it the interest part keeps the claim's prioritetISak 1 and comes before "g".
        Krav[] utenEgen = [h with { RentePrioritetISak = null }, krav[1]];
        EtterId(Fordeler.Fordel(utenEgen, Beloep.FraKroner(1_200), Fordelingsregel.Tidsprioritet))
            .Should().Equal(new Dictionary<string, decimal> { ["h"] = 1_200m, ["g"] = 0m });
        ReferanseFordeling.Fordel(krav, 1_200m, Fordelingsregel.Tidsprioritet).Andeler.Should().Equal(1_000m, 200m);
    }

    [Fact]
    public void An_interest_prioritetISak_outside_1_to_99_is_refused_naming_the_field()
    {
        Krav[] krav = [Krav("h", Artsprioritet.B, D(2024, 3, 1), 1m) with { RentePrioritetISak = 100 }];
        var feil = Kravvalidering.Valider(krav);
        feil.Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f =>
            f.Felt == "krav[0].rentevilkaar.prioritetISak" && f.Regel == "UGYLDIG_PRIORITET_I_SAK");
    }

    [Fact]
    public void Sharing_a_tie_inside_a_case_allocates_nothing()
    {
        // 40 claims of one case, date and prioritetISak (one step), and 300 more (a step longer than the stack limit,
        // so the pooled buffers are used); payments that leave each step short.
        var smaa = Enumerable.Range(0, 40).Select(i => Krav("k" + i, Artsprioritet.F, D(2024, 3, 1), 100m + i)).ToArray();
        var store = Enumerable.Range(0, 300).Select(i => Krav("s" + i, Artsprioritet.F, D(2024, 3, 1), 10m + i, sak: "S2")).ToArray();
        var planSmaa = Fordeler.Planlegg(smaa, Fordelingsregel.Tidsprioritet);
        var planStore = Fordeler.Planlegg(store, Fordelingsregel.Tidsprioritet);
        planSmaa.TrinnLengde(0).Should().Be(40);
        planStore.TrinnLengde(0).Should().Be(300);
        var andelerSmaa = new Beloep[smaa.Length];
        var andelerStore = new Beloep[store.Length];
        var betaling = Beloep.FraDesimal(1_234.57m);
        Beloep overskudd = default;
        void Arbeid()
        {
            for (var i = 0; i < 200; i++)
            {
                Fordeler.Fordel(planSmaa, betaling, andelerSmaa, out overskudd);
                Fordeler.Fordel(planStore, betaling, andelerStore, out overskudd);
            }
        }

        Arbeid();
        Felles.Allokering.Minst(Arbeid).Should().Be(0);
        andelerSmaa.Sum(a => a.Oere).Should().Be(betaling.Oere);
        andelerSmaa.Should().OnlyContain(a => a.Oere > 0 && a.Oere < 10_000);
    }
}
