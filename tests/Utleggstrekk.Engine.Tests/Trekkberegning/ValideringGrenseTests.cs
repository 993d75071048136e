using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>
/// The technical bound on amounts (10^12 kr, <c>Trekksakvalidering.MaksBeloep</c>) at its edge, checked on both
/// validation paths — the full one that lists every violation (<see cref="Trekkberegner.Valider"/>) and the fast one
/// the hot path uses (<c>Trekksakvalidering.ErGyldig</c>): exactly the bound is accepted by both, one øre more is
/// refused by both.
/// </summary>
public class ValideringGrenseTests
{
    private static readonly Beloep Maks = Beloep.FraKroner(1_000_000_000_000);
    private static readonly Beloep OverMaks = Maks + Beloep.FraOere(1);

    public static TheoryData<string> Beloepsfelt =>
    [
        Trekksakfelt.BruttoPerMaaned, Trekksakfelt.ForskuddstrekkPerMaaned, Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, Trekksakfelt.AndreInntekterPerMaaned,
        Trekksakfelt.PartnerNettoPerMaaned, Trekksakfelt.PartnerEgenGjeldPerMaaned, Trekksakfelt.Boutgift, Trekksakfelt.Barnetilsyn, Trekksakfelt.BidragBetalt,
    ];

    private static Trekksak Med(string felt, Beloep beloep)
    {
        // A couple with gross income at the bound, so that every amount can be at the bound on its own.
        var sak = Par(Kostnadsdeling.Forholdsmessig, 0) with { BruttoPerMaaned = Maks, ForskuddstrekkPerMaaned = Beloep.Null };
        return felt switch
        {
            Trekksakfelt.BruttoPerMaaned => sak with { BruttoPerMaaned = beloep },
            Trekksakfelt.ForskuddstrekkPerMaaned => sak with { ForskuddstrekkPerMaaned = beloep, BruttoPerMaaned = beloep },
            Trekksakfelt.TrekkMedBedrePrioritetPerMaaned => sak with { TrekkMedBedrePrioritetPerMaaned = beloep, BruttoPerMaaned = beloep },
            Trekksakfelt.AndreInntekterPerMaaned => sak with { AndreInntekterPerMaaned = beloep },
            Trekksakfelt.PartnerNettoPerMaaned => sak with { PartnerNettoPerMaaned = beloep },
            Trekksakfelt.PartnerEgenGjeldPerMaaned => sak with { PartnerEgenGjeldPerMaaned = beloep },
            Trekksakfelt.Boutgift => sak with { Boutgift = beloep },
            Trekksakfelt.Barnetilsyn => sak with { Barnetilsyn = beloep },
            Trekksakfelt.BidragBetalt => sak with { BidragBetalt = beloep },
            _ => throw new ArgumentException(felt, nameof(felt)),
        };
    }

    [Theory]
    [MemberData(nameof(Beloepsfelt))]
    public void Each_amount_at_the_bound_is_accepted_and_one_oere_more_is_refused_on_both_paths(string felt)
    {
        var vedGrensen = Med(felt, Maks);
        Trekkberegner.Valider(vedGrensen).Should().BeEmpty();
        Trekksakvalidering.ErGyldig(vedGrensen).Should().BeTrue();

        var over = Med(felt, OverMaks);
        Trekksakvalidering.ErGyldig(over).Should().BeFalse();
        Trekkberegner.Valider(over).Should().Contain(new Valideringsfeil(felt, OverMaks.ToString(), "UGYLDIG_BELOEP", "Beløpet er for stort."));
    }

    [Theory]
    [MemberData(nameof(Beloepsfelt))]
    public void Each_amount_at_the_edge_of_the_fast_paths_pre_check_is_decided_as_by_the_full_path(string felt)
    {
        // ErGyldig first accepts every amount below 2^46 øre with one test on the amounts' bitwise OR, and decides the
        // rest exactly: both sides of that edge are valid amounts, a negative one is not.
        foreach (var oere in new[] { (1L << 46) - 1, 1L << 46, (1L << 46) + 1 })
        {
            var sak = Med(felt, Beloep.FraOere(oere));
            Trekkberegner.Valider(sak).Should().BeEmpty();
            Trekksakvalidering.ErGyldig(sak).Should().BeTrue(oere.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var negativ = Med(felt, Beloep.FraOere(-1));
        Trekksakvalidering.ErGyldig(negativ).Should().BeFalse();
        Trekkberegner.Valider(negativ).Should().Contain(f => f.Felt == felt && f.Regel == "UGYLDIG_BELOEP");
    }

    [Fact]
    public void Other_expenses_may_add_up_to_exactly_the_bound_but_not_one_oere_more()
    {
        var halv = Beloep.FraKroner(500_000_000_000);
        var sak = SpecEksempel() with
        {
            AndreUtgifter = [new AnnenUtgift("Husleie", halv), new AnnenUtgift("Reise", halv, EgenUtgift: true)],
        };
        Trekkberegner.Valider(sak).Should().BeEmpty();
        Trekksakvalidering.ErGyldig(sak).Should().BeTrue();

        var over = sak with { AndreUtgifter = [sak.AndreUtgifter[0], new AnnenUtgift("Reise", halv + Beloep.FraOere(1), EgenUtgift: true)] };
        Trekksakvalidering.ErGyldig(over).Should().BeFalse();
        Trekkberegner.Valider(over).Should().ContainSingle().Which.Should().Be(new Valideringsfeil(
            Trekksakfelt.AndreUtgifter, "2 utgifter", "UGYLDIG_BELOEP", "Summen av de andre utgiftene er større enn 1000000000000.00 kr, grensen for ett beløp."));
    }

    [Fact]
    public void A_child_born_on_the_beregningsdato_is_accepted_and_one_born_the_day_after_is_refused()
    {
        var idag = Enslig([new Barn(Dato)], [new Samvaersbarn(Dato, 1)]);
        Trekkberegner.Valider(idag).Should().BeEmpty();
        Trekksakvalidering.ErGyldig(idag).Should().BeTrue();

        var imorgen = Enslig([new Barn(Dato.PlusDays(1))], [new Samvaersbarn(Dato.PlusDays(1), 1)]);
        Trekksakvalidering.ErGyldig(imorgen).Should().BeFalse();
        Trekkberegner.Valider(imorgen).Select(f => (f.Felt, f.Regel)).Should().Equal(
            (Trekksakfelt.BarnFelt(0, "foedselsdato"), "FOEDSELSDATO_ETTER_BEREGNINGSDATO"),
            (Trekksakfelt.SamvaersbarnFelt(0, "foedselsdato"), "FOEDSELSDATO_ETTER_BEREGNINGSDATO"));
    }

    [Fact]
    public void One_other_expense_at_the_bound_is_accepted_and_one_above_is_named_alone()
    {
        var ved = SpecEksempel() with { AndreUtgifter = [new AnnenUtgift("Husleie", Maks)] };
        Trekkberegner.Valider(ved).Should().BeEmpty();
        Trekksakvalidering.ErGyldig(ved).Should().BeTrue();

        var over = SpecEksempel() with { AndreUtgifter = [new AnnenUtgift("Husleie", OverMaks)] };
        Trekksakvalidering.ErGyldig(over).Should().BeFalse();
        Trekkberegner.Valider(over).Should().ContainSingle("the amount is named, and the sum is not checked on top of it")
            .Which.Should().Be(new Valideringsfeil(Trekksakfelt.AnnenUtgiftFelt(0, "beloep"), OverMaks.ToString(), "UGYLDIG_BELOEP", "Beløpet er for stort."));
    }

    [Fact]
    public void A_bad_gross_income_is_named_alone_without_comparing_it_with_the_deductions()
    {
        var sak = SpecEksempel() with { BruttoPerMaaned = Beloep.FraKroner(-1) };
        Trekkberegner.Valider(sak).Should().ContainSingle().Which.Felt.Should().Be(Trekksakfelt.BruttoPerMaaned);
        var forskudd = SpecEksempel() with { ForskuddstrekkPerMaaned = OverMaks };
        Trekkberegner.Valider(forskudd).Should().ContainSingle().Which.Felt.Should().Be(Trekksakfelt.ForskuddstrekkPerMaaned);
    }

    [Fact]
    public void A_birth_date_outside_years_1_to_9999_names_the_child()
    {
        var aar0 = new NodaTime.LocalDate(0, 6, 1);
        Trekkberegner.Valider(Enslig([new Barn(aar0)], [new Samvaersbarn(aar0, 1)])).Select(f => (f.Felt, f.Regel)).Should().Equal(
            (Trekksakfelt.BarnFelt(0, "foedselsdato"), "UGYLDIG_DATO"),
            (Trekksakfelt.SamvaersbarnFelt(0, "foedselsdato"), "UGYLDIG_DATO"));
    }
}
