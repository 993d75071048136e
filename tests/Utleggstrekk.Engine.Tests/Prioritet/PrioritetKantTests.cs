using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Tests.Felles;
using static Utleggstrekk.Tests.Prioritet.KravBygger;

namespace Utleggstrekk.Tests.Prioritet;

/// <summary>
/// Edges of the fordeling that the Stryker run of 2026-12-01 found untested: every argument check of the span API by
/// name and at its bounds, a class-a claim with no weight, the claim checks at their limits, the letters of
/// <see cref="Artsprioritet"/>, and the whole explanation of three distributions (files in <c>Forklaringer/</c>, read
/// against each case by hand; regenerate with <c>UTLEGGSTREKK_OPPDATER_FORKLARINGER=1</c> after a deliberate change).
/// </summary>
public class PrioritetKantTests
{
    private static readonly LocalDate Dag = new(2024, 1, 1);

    private static Krav Bidrag(string id, decimal gjenstaaende, LocalDate dato) =>
        Krav(id, Artsprioritet.A, dato, gjenstaaende, type: Kravtype.Bidragsgjeld, sak: "B" + id);

    [Fact]
    public void The_span_api_checks_each_argument_by_name()
    {
        var plan = Fordeler.Planlegg([Krav("X", Artsprioritet.F, Dag, 100), Krav("Y", Artsprioritet.F, Dag.PlusDays(1), 100)], Fordelingsregel.Tidsprioritet);
        var en = Beloep.FraKroner(1);
        var ut = new Beloep[2];
        void Kall(Beloep[] h, Beloep[] r, Beloep[] v, Beloep[] renteandeler) =>
            Fordeler.Fordel(plan, en, h, r, v, ut, renteandeler, out _);

        FluentActions.Invoking(() => Fordeler.Fordel(null!, en, [en, en], [en, en], [en, en], ut, [], out _)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("plan");
        FluentActions.Invoking(() => Fordeler.Fordel(null!, en, ut, out _)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("plan");
        FluentActions.Invoking(() => Kall([en], [en, en], [en, en], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("hovedstolBehov");
        FluentActions.Invoking(() => Kall([en, en], [en], [en, en], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("renteBehov");
        FluentActions.Invoking(() => Kall([en, en], [en, en], [en], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("vekter");
        FluentActions.Invoking(() => Kall([en, en], [en, en], [en, en], [en])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("renteandeler");
        var minus = -en;
        FluentActions.Invoking(() => Kall([en, minus], [en, en], [en, en], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("hovedstolBehov");
        FluentActions.Invoking(() => Kall([en, en], [en, minus], [en, en], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("renteBehov");
        FluentActions.Invoking(() => Kall([en, en], [en, en], [en, minus], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("vekter");

        // Needs and weights may add up to exactly the largest amount, not one øre more.
        var halv = Beloep.FraOere(long.MaxValue / 2);
        var null_ = Beloep.Null;
        FluentActions.Invoking(() => Kall([halv, halv], [Beloep.FraOere(1), null_], [halv, halv + Beloep.FraOere(1)], [])).Should().NotThrow();
        FluentActions.Invoking(() => Kall([halv, halv], [null_, Beloep.FraOere(2)], [null_, null_], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("renteBehov");
        FluentActions.Invoking(() => Kall([halv, halv + Beloep.FraOere(2)], [null_, null_], [null_, null_], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("hovedstolBehov");
        FluentActions.Invoking(() => Kall([null_, null_], [null_, null_], [halv, halv + Beloep.FraOere(2)], [])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("vekter");

        FluentActions.Invoking(() => Fordeler.Vekt(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("krav");
        FluentActions.Invoking(() => Fordeler.HarRentedel(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("krav");
        FluentActions.Invoking(() => Fordeler.Forklar(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("resultat");
    }

    [Fact]
    public void A_class_a_claim_without_weight_is_paid_by_need_only_after_the_weighted_ones_are_covered()
    {
        var plan = Fordeler.Planlegg([Bidrag("A1", 1_000, Dag), Bidrag("A2", 500, Dag.PlusDays(3))], Fordelingsregel.Tidsprioritet);
        var andeler = new Beloep[2];
        Beloep[] behov = [Beloep.FraKroner(1_000), Beloep.FraKroner(500)];
        Beloep[] vekter = [Beloep.FraKroner(1_000), Beloep.Null];

        Fordeler.Fordel(plan, Beloep.FraKroner(1_200), behov, [Beloep.Null, Beloep.Null], vekter, andeler, [], out var overskudd);
        andeler.Should().Equal(Beloep.FraKroner(1_000), Beloep.FraKroner(200));
        overskudd.Should().Be(Beloep.Null);

        Fordeler.Fordel(plan, Beloep.FraKroner(800), behov, [Beloep.Null, Beloep.Null], vekter, andeler, [], out _);
        andeler.Should().Equal(Beloep.FraKroner(800), Beloep.Null);
    }

    [Fact]
    public void Output_spans_with_stale_values_are_overwritten_also_where_a_part_gets_nothing()
    {
        // Class d, principal 1 000 and interest 300 (the interest waits in class f): 500 kr all go to the principal.
        var plan = Fordeler.Planlegg([Krav("D1", Artsprioritet.D, Dag, 1_000, paaloeptRente: 300)], Fordelingsregel.Tidsprioritet);
        Beloep[] andeler = [Beloep.FraKroner(77)];
        Beloep[] renteandeler = [Beloep.FraKroner(77)];
        Fordeler.Fordel(plan, Beloep.FraKroner(500), [Beloep.FraKroner(1_000)], [Beloep.FraKroner(300)], [Beloep.Null], andeler, renteandeler, out _);
        (andeler[0], renteandeler[0]).Should().Be((Beloep.FraKroner(500), Beloep.Null));
    }

    [Fact]
    public void The_uncovered_part_of_a_share_is_need_minus_share()
    {
        var resultat = Fordeler.Fordel([Krav("X", Artsprioritet.F, Dag, 1_000)], Beloep.FraKroner(300), Fordelingsregel.Tidsprioritet);
        resultat.Andeler[0].Udekket.Should().Be(Beloep.FraKroner(700));
    }

    [Theory]
    [InlineData("a", true, Artsprioritet.A)]
    [InlineData("F", true, Artsprioritet.F)]
    [InlineData("`", false, default(Artsprioritet))] // the character before 'a'
    [InlineData("g", false, default(Artsprioritet))]
    [InlineData("ab", false, default(Artsprioritet))]
    [InlineData(null, false, default(Artsprioritet))]
    public void An_artsprioritet_letter_is_a_to_f(string? bokstav, bool ok, Artsprioritet art)
    {
        Artsprioriteter.TryFraBokstav(bokstav, out var lest).Should().Be(ok);
        lest.Should().Be(art);
    }

    [Fact]
    public void A_claim_is_checked_at_its_limits()
    {
        var gyldig = Krav("X", Artsprioritet.F, Dag, 100);
        Kravvalidering.Valider([gyldig with { PrioritetISak = 99 }]).Should().BeEmpty();
        Kravvalidering.Valider([gyldig with { PrioritetISak = 100 }]).Should().ContainSingle().Which.Should().Be(
            new Valideringsfeil("krav[0].prioritetISak", "100", "UGYLDIG_PRIORITET_I_SAK", "Prioritet i saken må være mellom 1 og 99."));
        Kravvalidering.Valider([gyldig, null!]).Should().ContainSingle().Which.Should().Be(new Valideringsfeil("krav[1]", null, "PAAKREVD", "Kravet mangler."));
        Kravvalidering.Valider([gyldig with { Tidsprioritet = new LocalDate(0, 12, 31) }]).Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].tidsprioritet" && f.Regel == "UGYLDIG_DATO");
        Kravvalidering.Valider([gyldig with { Kravtype = (Kravtype)99 }]).Should().Contain(
            new Valideringsfeil("krav[0].kravtype", "99", "UGYLDIG_KRAVTYPE", "Ukjent kravtype."));
        var loepende = new Krav { Id = "L", Artsprioritet = Artsprioritet.A, Tidsprioritet = Dag, Sak = "B", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(-1) };
        Kravvalidering.Valider([loepende]).Should().Contain(f => f.Felt == "krav[0].maanedligBeloep" && f.Regel == "UGYLDIG_BELOEP");

        // Remaining plus interest may be exactly the largest amount; one øre more is refused on the interest.
        var maks = gyldig with { Gjenstaaende = Beloep.FraOere(long.MaxValue - 5), PaaloeptRente = Beloep.FraOere(5) };
        Kravvalidering.Valider([maks]).Should().BeEmpty();
        Kravvalidering.Valider([maks with { PaaloeptRente = Beloep.FraOere(6) }]).Should().ContainSingle().Which.Felt.Should().Be("krav[0].paaloeptRente");
    }

    [Fact]
    public void Needs_adding_up_past_the_largest_amount_are_refused_on_the_claim_that_overflows_naming_its_own_field()
    {
        var stor = Krav("X", Artsprioritet.F, Dag, 0) with { Gjenstaaende = Beloep.FraOere(long.MaxValue - 10) };
        Kravvalidering.Valider([stor, Krav("Y", Artsprioritet.F, Dag, 0) with { Gjenstaaende = Beloep.FraOere(10) }]).Should().BeEmpty("exactly the largest amount fits");

        var loepende = new Krav { Id = "L", Artsprioritet = Artsprioritet.A, Tidsprioritet = Dag, Sak = "B", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraOere(11) };
        var feil = Kravvalidering.Valider([stor, loepende, Krav("Z", Artsprioritet.F, Dag, 1)]);
        feil.Should().ContainSingle("only the first claim past the limit is named").Which.Should().Be(new Valideringsfeil(
            "krav[1].maanedligBeloep", "0.11", "UGYLDIG_BELOEP", "Kravenes samlede behov blir større enn et beløp kan holde."));
        Kravvalidering.Valider([stor, Krav("Z", Artsprioritet.F, Dag, 0) with { Gjenstaaende = Beloep.FraOere(11) }]).Should().ContainSingle()
            .Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[1].gjenstaaende" && f.Verdi == "0.11");
    }

    public static TheoryData<string> Fordelinger => [.. Tilfeller().Keys];

    [Theory]
    [MemberData(nameof(Fordelinger))]
    public void The_explanation_of_a_distribution_reads_as_the_file(string navn)
    {
        var (krav, betaling, regel) = Tilfeller()[navn];
        Forklaringsfil.SkalVaere(Fordeler.Forklar(Fordeler.Fordel(krav, betaling, regel)), "Forklaringer", navn);
    }

    private static Dictionary<string, (Krav[] Krav, Beloep Betaling, Fordelingsregel Regel)> Tilfeller() => new()
    {
        // Two bidrag claims shared by size, a class-d claim whose interest waits in class f, two class-f claims the
        // same day (shared), one later; 9 000 kr covers a to d and part of f.
        ["blandet"] = (
        [
            Bidrag("A1", 3_000, Dag),
            Bidrag("A2", 1_000, Dag.PlusDays(10)),
            Krav("D1", Artsprioritet.D, Dag, 2_000, paaloeptRente: 300),
            Krav("F1", Artsprioritet.F, new LocalDate(2023, 6, 1), 1_500, paaloeptRente: 100),
            Krav("F2", Artsprioritet.F, new LocalDate(2023, 6, 1), 1_000, sak: "S2"),
            Krav("F3", Artsprioritet.F, new LocalDate(2023, 9, 1), 5_000, sak: "S3"),
        ], Beloep.FraKroner(9_000), Fordelingsregel.Tidsprioritet),

        // Everything covered with money left over.
        ["overskudd"] = ([Krav("F1", Artsprioritet.F, Dag, 1_000, paaloeptRente: 50), Krav("E1", Artsprioritet.E, Dag.PlusDays(1), 500)], Beloep.FraKroner(2_000), Fordelingsregel.Tidsprioritet),

        // The coordinated rule: the classes in order, and within a class every claim shared by its dividend basis
        // whatever its tidsprioritet: Z (b) is covered, then 501 kr shared 3 000 : 1 200 between X and Y.
        ["samordnet"] = (
        [
            Krav("Z", Artsprioritet.B, Dag.PlusDays(9), 500, sak: "S3"),
            Krav("X", Artsprioritet.F, Dag, 3_000),
            Krav("Y", Artsprioritet.F, Dag.PlusDays(5), 1_000, paaloeptRente: 200, sak: "S2"),
        ], Beloep.FraKroner(1_001), Fordelingsregel.Samordnet),
    };
}
