using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Avregning;

/// <summary>
/// Kills the mutants that survived Stryker in Avregningsgrunnlag (run of 2026-12-06 on main b012d41); each test names
/// the line it pins. Expected values are worked by hand in the comments.
/// </summary>
public class AvregningsgrunnlagOverleverTests
{
    private static readonly LocalDate Jan2025 = new(2025, 1, 1);
    private static readonly LocalDate Jan2026 = new(2026, 1, 1);

    /// <summary>long.MaxValue / 4 øre: the largest interest the grunnlag lets through (Renter.cs:127).</summary>
    private const long Grense = long.MaxValue / 4;

    private static Trekk EttKrav(Krav krav, params Mottak[] mottatt) => new() { Krav = [krav], Mottatt = [.. mottatt] };

    /// <summary>Principal <paramref name="oere"/> at 100 % agreed interest from 2025-01-01; no payments.</summary>
    private static Trekk Hundreprosent(long oere) => EttKrav(
        Krav("X", Artsprioritet.F, Jan2025, 1, "S", Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(100), Jan2025)) with { Gjenstaaende = Beloep.FraOere(oere) });

    [Fact]
    public void A_null_rate_table_is_refused_by_name_even_when_no_claim_needs_it()
    {
        // Avregningsgrunnlag.cs:71. The claim has no interest, so the table would never be read.
        var trekk = EttKrav(Krav("X", Artsprioritet.F, Jan2025, 100));
        var forbered = () => Avregningsgrunnlag.Forbered(trekk, Jan2026, null!);
        forbered.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("renteTabell");
    }

    [Fact]
    public void Interest_of_exactly_the_limit_is_let_through_and_counted_to_the_oere()
    {
        // Renter.cs:127 (> against >=, and the denominator Hel·365·366). 2025 is not a leap year: each of its 365 days
        // counts 366 over the common denominator 10 000·365·366, so 100 % (10 000 hundredths) for the year gives the
        // numerator 10 000·365·366 = the denominator: the interest is the principal itself. Principal long.MaxValue / 4
        // øre gives interest exactly long.MaxValue / 4, which is not greater than the limit.
        var g = Avregningsgrunnlag.Forbered(Hundreprosent(Grense), Jan2026, Rentetabell);
        g.AntallKrav.Should().Be(1);
        var r = Avregner.Avregn(Hundreprosent(Grense), Jan2026, Rentetabell);
        r.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.FraOere(Grense));
        r.Krav[0].GjenstaaendeHovedstol.Should().Be(Beloep.FraOere(Grense));
    }

    [Fact]
    public void Interest_one_oere_past_the_limit_is_refused_when_prepared()
    {
        // Avregningsgrunnlag.cs:81, Renter.cs:119/124 (Max to Min), :129. As above with one øre more principal: interest
        // long.MaxValue / 4 + 1 > the limit. Refused by Forbered itself (the allocation-free loop never sees it).
        var forbered = () => Avregningsgrunnlag.Forbered(Hundreprosent(Grense + 1), Jan2026, Rentetabell);
        var f = forbered.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;
        f.Felt.Should().Be("krav");
        f.Verdi.Should().BeNull();
        f.Regel.Should().Be(Feilkoder.UgyldigBeloep);
        f.Melding.Should().Be("Rentene blir større enn et beløp kan holde.");
    }

    [Fact]
    public void A_claim_without_interest_gets_none_even_with_a_renteFra()
    {
        // Renter.cs:26 (both || to && mutants). Rentetype Ingen with a renteFra is valid input (the date is ignored);
        // a year of forsinkelsesrente on 10 000 kr would be about 1 200 kr.
        var trekk = EttKrav(Krav("X", Artsprioritet.F, Jan2025, 10_000, "S", new Rentevilkaar(Rentetype.Ingen, Prosent.Null, Jan2025)));
        var r = Avregner.Avregn(trekk, Jan2026, Rentetabell);
        r.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.Null);
        r.Sum.Antatt.Should().BeFalse();
    }

    [Fact]
    public void A_loepende_bidrag_with_interest_terms_is_refused_so_it_never_gets_a_numerator()
    {
        // Why the other half of Renter.cs:26 (a løpende bidrag with rentevilkår) cannot be reached: validation refuses it.
        var bidrag = new Krav
        {
            Id = "B",
            Artsprioritet = Artsprioritet.A,
            Tidsprioritet = Jan2025,
            Sak = "S",
            Kravtype = Kravtype.LoependeBidrag,
            MaanedligBeloep = Beloep.FraKroner(2000),
            Rentevilkaar = Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), Jan2025),
        };
        var forbered = () => Avregningsgrunnlag.Forbered(EttKrav(bidrag), Jan2026, Rentetabell);
        forbered.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Regel == Feilkoder.LoependeBidragHarIkkeRenter);
    }

    [Fact]
    public void A_payment_on_the_date_is_placed_and_one_after_it_is_refused_word_for_word()
    {
        // Inndata.cs:40 (> against >=) and :46 (the text).
        var krav = Krav("X", Artsprioritet.F, Jan2025, 100);
        var r = Avregner.Avregn(EttKrav(krav, new Mottak(Jan2026, Beloep.FraKroner(30))), Jan2026, Rentetabell);
        r.Betalinger.Should().ContainSingle().Which.Plassert.Should().Be(Beloep.FraKroner(30));
        r.Krav[0].Gjenstaaende.Should().Be(Beloep.FraKroner(70));

        var etter = () => Avregningsgrunnlag.Forbered(EttKrav(krav, new Mottak(Jan2026, Beloep.FraKroner(1)), new Mottak(Jan2026.PlusDays(1), Beloep.FraKroner(1))), Jan2026, Rentetabell);
        var f = etter.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;
        f.Felt.Should().Be("mottatt[1].dato");
        f.Verdi.Should().Be("2026-01-02");
        f.Regel.Should().Be(Feilkoder.MottattEtterDato);
        f.Melding.Should().Be("Beløpet er mottatt etter avregningsdatoen 2026-01-01; velg en senere dato eller ta det ut.");
    }

    [Fact]
    public void Payments_adding_up_to_exactly_long_MaxValue_are_accepted()
    {
        // Inndata.cs:49 (< against <=): (long.MaxValue − 1) + 1 = long.MaxValue still fits.
        var trekk = EttKrav(
            Krav("X", Artsprioritet.F, Jan2025, 100),
            new Mottak(Jan2025, Beloep.FraOere(long.MaxValue - 1)),
            new Mottak(Jan2025, Beloep.FraOere(1)));
        var g = Avregningsgrunnlag.Forbered(trekk, Jan2026, Rentetabell);
        g.AntallBetalinger.Should().Be(2);
    }

    [Fact]
    public void Payments_past_long_MaxValue_are_refused_once_naming_the_field()
    {
        // Inndata.cs:51/52: long.MaxValue + long.MaxValue does not fit; the refusal is given once (the third payment is
        // not read, so without the return it would wrap and be refused again, or throw).
        var maks = new Mottak(Jan2025, Beloep.FraOere(long.MaxValue));
        var trekk = EttKrav(Krav("X", Artsprioritet.F, Jan2025, 100), maks, maks, maks);
        var forbered = () => Avregningsgrunnlag.Forbered(trekk, Jan2026, Rentetabell);
        var f = forbered.Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle().Which;
        f.Felt.Should().Be("mottatt");
        f.Verdi.Should().BeNull();
        f.Regel.Should().Be(Feilkoder.UgyldigBeloep);
        f.Melding.Should().Be("De mottatte beløpene blir til sammen større enn et beløp kan holde.");
    }

    [Fact]
    public void Payments_on_one_day_are_placed_in_input_order_even_past_the_insertion_sort_size()
    {
        // Perioder.cs:22 (the index tie-break). 40 payments on one day: more than the 16 that Array.Sort orders by
        // (stable) insertion sort, so without the tie-break the introsort partitioning reorders them.
        var mottatt = Enumerable.Range(0, 40).Select(i => new Mottak(Jan2025, Beloep.FraOere(i + 1))).ToArray();
        var g = Avregningsgrunnlag.Forbered(EttKrav(Krav("X", Artsprioritet.F, Jan2025, 100), mottatt), Jan2026, Rentetabell);
        Enumerable.Range(0, 40).Select(g.MottattIndeks).Should().Equal(Enumerable.Range(0, 40));
    }

    [Fact]
    public void No_claim_takes_part_in_the_last_period()
    {
        // Perioder.cs:67 (k < betalinger against <=): the last period, from the last payment to the date, ends at no
        // payment, so its cells say no claim takes part (the documented layout of Perioder).
        var krav = Krav("X", Artsprioritet.F, Jan2025, 100);
        var g = Avregningsgrunnlag.Forbered(EttKrav(krav, new Mottak(new(2025, 6, 1), Beloep.FraKroner(10))), Jan2026, Rentetabell);
        g.Perioder.Should().HaveCount(2);
        g.Perioder[0].Deltar.Should().BeTrue();
        g.Perioder[1].Deltar.Should().BeFalse();
    }

    [Fact]
    public void Interest_starting_on_a_payment_day_runs_only_after_that_payment()
    {
        // Renter.cs:36/38 (equivalent mutants; the behaviour pinned). 10 % agreed interest from 2025-03-01 on 1 000 kr; 100 kr
        // received on 2025-03-01 meets no interest (period 0 is empty) and pays principal: 900 kr left. 2025-03-01 to
        // 2026-03-01 has 365 days, none in a leap year: 10 % of 900 kr = 90 kr.
        var trekk = EttKrav(
            Krav("X", Artsprioritet.F, Jan2025, 1_000, "S", Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), new(2025, 3, 1))),
            new Mottak(new(2025, 3, 1), Beloep.FraKroner(100)));
        var r = Avregner.Avregn(trekk, new LocalDate(2026, 3, 1), Rentetabell);
        r.PlasseringFor(0, 0).Should().Be(new Plassering(Beloep.FraKroner(100), Beloep.Null));
        r.Krav[0].GjenstaaendeHovedstol.Should().Be(Beloep.FraKroner(900));
        r.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.FraKroner(90));
    }

    [Fact]
    public void Forsinkelsesrente_at_an_assumed_rate_is_flagged_in_the_shared_and_the_own_period()
    {
        // Renter.cs:65/66/83 (equivalent mutants; the behaviour pinned). The built-in table ends long before 2090, so the
        // rate there is assumed. Period 0 (2090-01-01 to the payment) takes the claim's own numerator, period 1 the shared
        // one; each alone flags the sum.
        var krav = Krav("X", Artsprioritet.F, new(2090, 1, 1), 1_000, "S", Rentevilkaar.MedForsinkelsesrente(new(2090, 1, 1)));
        var egen = Avregner.Avregn(EttKrav(krav), new LocalDate(2090, 7, 1), Rentetabell);
        egen.Krav[0].GjenstaaendeRenter.Should().BeGreaterThan(Beloep.Null);
        egen.Sum.Antatt.Should().BeTrue();

        // A payment on the interest start: period 0 is empty, all the interest is in the shared period 1.
        var delt = Avregner.Avregn(EttKrav(krav, new Mottak(new(2090, 1, 1), Beloep.FraKroner(1))), new LocalDate(2090, 7, 1), Rentetabell);
        delt.Krav[0].GjenstaaendeRenter.Should().BeGreaterThan(Beloep.Null);
        delt.Sum.Antatt.Should().BeTrue();
    }
}
