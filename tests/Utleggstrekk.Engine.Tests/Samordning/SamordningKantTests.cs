using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Samordning;

namespace Utleggstrekk.Tests.Samordning;

/// <summary>
/// The edges the Stryker run of 2026-12-06 (14:23, 85.2 %) found untested in <see cref="Samordner"/>: each refusal by
/// field, value, code and text, the output span's check, a remainder of exactly one at the head of the group, a larger
/// remainder before a smaller one, and the sum of the amounts beyond what an amount can hold.
/// </summary>
public class SamordningKantTests
{
    private static readonly LocalDate Dato = new(2025, 1, 1);

    private static Samordningstrekk T(string id, Artsprioritet art, long oere) => new(id, art, Dato, Beloep.FraOere(oere));

    private static Valideringsfeil Avvist(Beloep trekkevne, params Samordningstrekk[] trekk)
    {
        var handling = () => Samordner.Samordne(trekkevne, trekk, new Beloep[trekk.Length]);
        return handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Subject;
    }

    [Fact]
    public void A_negative_capacity_is_refused_with_its_value_and_text()
    {
        Avvist(Beloep.FraOere(-100)).Should().Be(new Valideringsfeil("trekkevne", "-1.00", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_trekk_without_id_is_refused(string id)
    {
        Avvist(Beloep.FraKroner(10), T("a", Artsprioritet.F, 100), T(id, Artsprioritet.F, 100))
            .Should().Be(new Valideringsfeil("trekk[1].id", id, "PAAKREVD", "Trekket må ha en id."));
    }

    [Fact]
    public void A_negative_amount_is_refused_with_its_value_and_text()
    {
        Avvist(Beloep.FraKroner(10), T("a", Artsprioritet.F, -250))
            .Should().Be(new Valideringsfeil("trekk[0].beloepPerMaaned", "-2.50", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."));
    }

    [Fact]
    public void An_unknown_class_is_refused_by_its_number_with_the_allowed_letters()
    {
        Avvist(Beloep.FraKroner(10), T("a", Artsprioritet.F, 100), T("b", (Artsprioritet)7, 100))
            .Should().Be(new Valideringsfeil("trekk[1].artsprioritet", "7", "UKJENT_ARTSPRIORITET", "Ukjent artsprioritet; tillatt: a, b, c, d, e, f (deknl. § 2-8 første ledd)."));
    }

    [Fact]
    public void A_duplicate_id_names_the_earlier_trekk_that_has_it()
    {
        Avvist(Beloep.FraKroner(10), T("x", Artsprioritet.F, 1), T("y", Artsprioritet.F, 1), T("x", Artsprioritet.E, 1))
            .Should().Be(new Valideringsfeil("trekk[2].id", "x", "DUPLIKAT_ID", "Id-en er brukt av trekk[0] også; hvert trekk må ha sin egen id."));
    }

    [Fact]
    public void Amounts_that_together_exceed_an_amount_are_refused_on_the_trekk_that_tips_the_sum()
    {
        // Each fits, and they are in different classes, so no group's own sum overflows: the refusal comes from the
        // check over all trekk, on the second one.
        var halv = (long.MaxValue / 2) + 1;
        var feil = Avvist(Beloep.FraKroner(10), T("a", Artsprioritet.E, halv), T("b", Artsprioritet.F, halv));
        feil.Felt.Should().Be("trekk[1].beloepPerMaaned");
        feil.Regel.Should().Be("UGYLDIG_BELOEP");
        feil.Melding.Should().Be("Trekkene blir til sammen større enn et beløp kan holde.");

        // The same two in one class: refused the same way, not an OverflowException from the group's sum.
        Avvist(Beloep.FraKroner(10), T("a", Artsprioritet.F, halv), T("b", Artsprioritet.F, halv)).Felt.Should().Be("trekk[1].beloepPerMaaned");

        // Exactly long.MaxValue øre in all is still an amount.
        var nytt = new Beloep[2];
        Samordner.Samordne(Beloep.FraKroner(10), [T("a", Artsprioritet.F, long.MaxValue - 1), T("b", Artsprioritet.F, 1)], nytt)
            .Should().Be(Beloep.Null);
    }

    [Fact]
    public void An_output_span_shorter_than_the_trekk_is_refused_by_name()
    {
        var handling = () => Samordner.Samordne(Beloep.FraKroner(10), [T("a", Artsprioritet.F, 100), T("b", Artsprioritet.F, 100)], new Beloep[1]);
        handling.Should().Throw<ArgumentException>().Which.Should().Match<ArgumentException>(e =>
            e.ParamName == "nyttBeloep" && e.Message.StartsWith("The output span is shorter than the trekk.", StringComparison.Ordinal));
    }

    [Fact]
    public void When_every_remainder_is_one_the_first_in_the_order_of_cover_gets_the_oere()
    {
        // 1 øre over three trekk of 1 øre (same class and date): each exact share is 1/3 øre, 0 with remainder 1;
        // the one øre left goes to the lowest id.
        var nytt = new Beloep[3];
        Samordner.Samordne(Beloep.FraOere(1), [T("c", Artsprioritet.E, 1), T("a", Artsprioritet.E, 1), T("b", Artsprioritet.E, 1)], nytt);
        nytt.Select(b => b.Oere).Should().Equal(0, 1, 0);
    }

    [Fact]
    public void A_larger_remainder_earlier_in_the_order_beats_a_smaller_one_later()
    {
        // 100 kr over 100 + 200 + 300 (same class and date, ids in that order): exact 16.666…, 33.333…, 50 → the
        // øre left goes to "a" (remainder 2/3 øre), not to "b" (1/3) that comes after it in the order.
        var nytt = new Beloep[3];
        Samordner.Samordne(Beloep.FraKroner(100), [T("a", Artsprioritet.E, 10_000), T("b", Artsprioritet.E, 20_000), T("c", Artsprioritet.E, 30_000)], nytt);
        nytt.Select(b => b.Oere).Should().Equal(1_667, 3_333, 5_000);
    }
}
