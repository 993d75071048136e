using System.Collections.Immutable;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Reference.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Livsopphold;

/// <summary>
/// Step 1 with hand-derived figures. Rates from 2024-07-01 (beregningsdato 2025-03-01): enslig 10 724,
/// par_per_person 9 082, barn 0–5 3 432, 6–10 4 553, 11–14 5 747, 15+ 6 611. Samvær class 2: 1 048 / 1 467 / 1 813 / 2 063.
/// </summary>
public class LivsoppholdTests
{
    private static Trekkresultat Beregn(Trekksak sak) => Trekkberegner.Beregn(sak, TestSatser.Standard);

    [Fact]
    public void Single_adult_counts_the_enslig_rate() =>
        Beregn(Enslig()).Livsopphold.Should().Be(Kr(10_724));

    [Fact]
    public void Couple_counts_par_per_person_twice_and_three_persons_keep_full_rates()
    {
        // 2 × 9 082 + 3 432 (child aged 2) = 21 596; three persons: no cut.
        var sak = Par(Kostnadsdeling.Halvpart, 30_000);
        sak = With(sak, [new Barn(D("2022-06-01"))]);
        Beregn(sak).Livsopphold.Should().Be(Kr(18_164 + 3_432));
    }

    [Fact]
    public void Fourth_person_cut_hits_the_youngest_child_single_with_three_children()
    {
        // Children aged 12, 2, 7 (input order). N = 1 + 3 = 4 → one cut, the youngest (aged 2): 3 432 × 0.8 = 2 745.60.
        // 10 724 + 5 747 + 2 745.60 + 4 553 = 23 769.60
        var sak = Enslig([new Barn(D("2012-06-01")), new Barn(D("2022-06-01")), new Barn(D("2017-06-01"))]);
        Beregn(sak).Livsopphold.Should().Be(Kr(23_769.60m));
    }

    [Fact]
    public void Fourth_and_fifth_person_cut_the_two_youngest_in_a_couple()
    {
        // N = 2 + 3 = 5 → two cuts: aged 2 (3 432 → 2 745.60) and aged 7 (4 553 → 3 642.40); aged 12 keeps 5 747.
        // 18 164 + 2 745.60 + 3 642.40 + 5 747 = 30 299.00
        var sak = With(Par(Kostnadsdeling.Halvpart, 30_000), [new Barn(D("2017-06-01")), new Barn(D("2012-06-01")), new Barn(D("2022-06-01"))]);
        Beregn(sak).Livsopphold.Should().Be(Kr(30_299));
    }

    [Theory]
    [InlineData("2019-03-01", "2025-02-28", 3_432)] // 5 the day before the 6th birthday
    [InlineData("2019-03-01", "2025-03-01", 4_553)] // 6 on the birthday
    [InlineData("2014-03-01", "2025-02-28", 4_553)] // 10
    [InlineData("2014-03-01", "2025-03-01", 5_747)] // 11
    [InlineData("2010-03-01", "2025-02-28", 5_747)] // 14
    [InlineData("2010-03-01", "2025-03-01", 6_611)] // 15
    [InlineData("2024-07-01", "2024-07-01", 3_432)] // born on the first day of the period, aged 0
    public void Age_band_changes_on_the_birthday(string foedt, string dato, int barnesats)
    {
        var sak = Enslig([new Barn(D(foedt))], dato: D(dato));
        Beregn(sak).Livsopphold.Should().Be(Kr(10_724 + barnesats));
    }

    [Fact]
    public void The_2023_period_uses_its_own_rates()
    {
        // 2024-06-30 is in the period from 2023-07-01: enslig 10 412 + barn 11–14 5 580 = 15 992.
        var sak = Enslig([new Barn(D("2012-01-01"))], dato: D("2024-06-30"));
        Beregn(sak).Livsopphold.Should().Be(Kr(15_992));
    }

    [Fact]
    public void Child_of_18_counts_only_in_videregaaende()
    {
        // Born 2006-06-01: 18 on 2025-03-01.
        Beregn(Enslig([new Barn(D("2006-06-01"))])).Livsopphold.Should().Be(Kr(10_724));
        Beregn(Enslig([new Barn(D("2006-06-01"), Videregaaende: true)])).Livsopphold.Should().Be(Kr(10_724 + 6_611));
    }

    [Fact]
    public void Child_of_18_outside_videregaaende_is_not_a_person_for_the_fourth_person_count()
    {
        // Couple + 18-year-old (not counted) + aged 2 and 7: N = 4 → one cut (aged 2: 2 745.60).
        // 18 164 + 2 745.60 + 4 553 = 25 462.60
        var barn = new[] { new Barn(D("2006-06-01")), new Barn(D("2022-06-01")), new Barn(D("2017-06-01")) };
        Beregn(With(Par(Kostnadsdeling.Halvpart, 30_000), [.. barn])).Livsopphold.Should().Be(Kr(25_462.60m));

        // In videregående: N = 5 → two cuts (aged 2 and 7), the 18-year-old keeps 6 611.
        // 18 164 + 6 611 + 2 745.60 + 3 642.40 = 31 163.00
        barn[0] = barn[0] with { Videregaaende = true };
        Beregn(With(Par(Kostnadsdeling.Halvpart, 30_000), [.. barn])).Livsopphold.Should().Be(Kr(31_163));
    }

    [Fact]
    public void Samvaer_add_on_by_class_and_age_with_the_third_child_cut_youngest_first()
    {
        // Class 2, aged 3 / 8 / 12: 1 048, 1 467, 1 813. Three samvær children → one cut, the youngest:
        // 1 048 × 0.8 = 838.40. Sum 838.40 + 1 467 + 1 813 = 4 118.40, added in full to the debtor's share.
        var sak = Enslig(samvaersbarn: [new Samvaersbarn(D("2012-06-01"), 2), new Samvaersbarn(D("2021-06-01"), 2), new Samvaersbarn(D("2016-06-01"), 2)]);
        var r = Beregn(sak);
        r.Samvaerstillegg.Should().Be(Kr(4_118.40m));
        r.Livsopphold.Should().Be(Kr(10_724), "samvær children are not household members");
        r.Skyldnersandel.Should().Be(Kr(10_724 + 4_118.40m));
    }

    [Fact]
    public void Two_samvaer_children_keep_full_add_ons_in_every_class()
    {
        // Class 1 aged 4 (317) + class 4 aged 16 (3 612) = 3 929.
        var sak = Enslig(samvaersbarn: [new Samvaersbarn(D("2020-06-01"), 1), new Samvaersbarn(D("2008-06-01"), 4)]);
        Beregn(sak).Samvaerstillegg.Should().Be(Kr(3_929));
    }

    [Fact]
    public void Samvaer_child_of_18_gets_no_add_on_and_does_not_count_for_the_third_child_cut()
    {
        // Aged 18 (no add-on), class 3 aged 5 (1 462) and aged 9 (2 047): two with add-ons → no cut. 3 509.
        var sak = Enslig(samvaersbarn: [new Samvaersbarn(D("2006-06-01"), 3), new Samvaersbarn(D("2019-06-01"), 3), new Samvaersbarn(D("2015-06-01"), 3)]);
        Beregn(sak).Samvaerstillegg.Should().Be(Kr(3_509));
    }

    [Fact]
    public void Equal_birth_dates_the_smaller_add_on_is_cut_first_whatever_the_input_order()
    {
        // Twins born 2020-01-01 (aged 5): class 1 (317) and class 4 (1 836); an older child aged 10, class 2 (1 467).
        // One cut, on a twin: the one with the smaller add-on (class 1), so the debtor keeps more:
        // 317 × 0.8 (253.60) + 1 836 + 1 467 = 3 556.60 (cutting class 4 instead would give 3 252.80).
        var eldre = new Samvaersbarn(D("2015-01-01"), 2);
        var klasse1 = new Samvaersbarn(D("2020-01-01"), 1);
        var klasse4 = new Samvaersbarn(D("2020-01-01"), 4);
        ImmutableArray<Samvaersbarn>[] rekkefoelger =
        [
            [klasse1, klasse4, eldre], [klasse1, eldre, klasse4], [klasse4, klasse1, eldre],
            [klasse4, eldre, klasse1], [eldre, klasse1, klasse4], [eldre, klasse4, klasse1],
        ];
        foreach (var samvaer in rekkefoelger)
        {
            var sak = Enslig(samvaersbarn: samvaer);
            Beregn(sak).Samvaerstillegg.Should().Be(Kr(3_556.60m));
            ReferanseTrekkberegner.Beregn(sak, TestSatser.Standard).Samvaerstillegg.Should().Be(Kr(3_556.60m));
        }
    }

    [Fact]
    public void Reviewer_case_samvaer_twins_in_class_1_and_4_with_a_12_year_old_in_class_2()
    {
        // Twins born 2018-06-01 (aged 6, band 6–10): class 1 = 443, class 4 = 2 570; aged 12 (band 11–14) class 2 = 1 813.
        // The cut falls on the class-1 twin: 443 − 88.60 = 354.40; 354.40 + 2 570 + 1 813 = 4 737.40 in either order
        // (cutting the class-4 twin would give 443 + 2 056 + 1 813 = 4 312.00).
        var a = new Samvaersbarn(D("2018-06-01"), 1);
        var b = new Samvaersbarn(D("2018-06-01"), 4);
        var c = new Samvaersbarn(D("2012-06-01"), 2);
        Beregn(Enslig(samvaersbarn: [a, b, c])).Samvaerstillegg.Should().Be(Kr(4_737.40m));
        Beregn(Enslig(samvaersbarn: [b, a, c])).Samvaerstillegg.Should().Be(Kr(4_737.40m));
        Beregn(Enslig(samvaersbarn: [c, b, a])).Samvaerstillegg.Should().Be(Kr(4_737.40m));
    }

    [Fact]
    public void An_older_samvaer_child_of_a_low_class_can_lower_the_total_add_on()
    {
        // Documented consequence of "youngest first" across classes (docs/trekkberegning.md).
        // Before: class 1 aged 16 (623) + class 4 aged 14 (3 175) = 3 798, no cut.
        // Add class 1 aged 15 (623): three children → the youngest (class 4, aged 14) is cut to 2 540:
        // 623 + 623 + 2 540 = 3 786, i.e. 12 kr less than before.
        ImmutableArray<Samvaersbarn> foer = [new Samvaersbarn(D("2008-06-01"), 1), new Samvaersbarn(D("2010-06-01"), 4)];
        Beregn(Enslig(samvaersbarn: foer)).Samvaerstillegg.Should().Be(Kr(3_798));
        Beregn(Enslig(samvaersbarn: foer.Add(new Samvaersbarn(D("2009-06-01"), 1)))).Samvaerstillegg.Should().Be(Kr(3_786));
    }

    [Fact]
    public void Reduction_percentage_comes_from_the_trekkgrenser_table()
    {
        // With a (test-only) 25 % cut: 3 432 × 0.75 = 2 574 for the youngest of three children.
        var satser = TestSatser.Lag(reduksjonFjerdePerson: 25);
        var sak = Enslig([new Barn(D("2012-06-01")), new Barn(D("2022-06-01")), new Barn(D("2017-06-01"))]);
        Trekkberegner.Beregn(sak, satser).Livsopphold.Should().Be(Kr(10_724 + 5_747 + 4_553 + 2_574));
    }

    private static Trekksak With(Trekksak sak, ImmutableArray<Barn> barn) => new()
    {
        Beregningsdato = sak.Beregningsdato,
        BruttoPerMaaned = sak.BruttoPerMaaned,
        ForskuddstrekkPerMaaned = sak.ForskuddstrekkPerMaaned,
        Sivilstand = sak.Sivilstand,
        PartnerNettoPerMaaned = sak.PartnerNettoPerMaaned,
        PartnerEgenGjeldPerMaaned = sak.PartnerEgenGjeldPerMaaned,
        Boutgift = sak.Boutgift,
        Kostnadsdeling = sak.Kostnadsdeling,
        Barn = barn,
    };
}
