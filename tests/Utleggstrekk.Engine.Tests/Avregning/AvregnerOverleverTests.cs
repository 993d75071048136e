using NodaTime;
using Utleggstrekk.Engine.Avregning;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Avregning;

/// <summary>
/// The survivors of the Stryker run of 2026-12-06 (main <c>b012d41</c>) in <c>Avregner.cs</c>, <c>Avregningsbuffer.cs</c>
/// and <c>Avregningsresultat.cs</c>: argument checks by type, name and message, the empty placement span, the interest
/// flags over two claims and two periods, the 128-bit interest path, and interest that grows past what an amount can hold
/// over several periods (each period alone passes <see cref="Avregningsgrunnlag"/>'s size check).
/// </summary>
public class AvregnerOverleverTests
{
    /// <summary>2⁶² øre: a principal whose yearly interest at 45 % (0.45 · 2⁶² ≈ 2.08 · 10¹⁸) passes the size check (≤ 2⁶³/4).</summary>
    private const long To62 = 1L << 62;

    /// <summary>0.45 · 2⁶² = 2 075 258 708 292 324 556.8, rounded half away from zero: one calendar year's interest at 45 %.</summary>
    private const long AarsrenteTo62 = 2_075_258_708_292_324_557;

    private static readonly LocalDate Fra2020 = new(2020, 1, 1);

    /// <summary>A class-f claim of <paramref name="oere"/> øre with 45 % agreed interest from 2020-01-01.</summary>
    private static Krav Stort(long oere, LocalDate tidsprioritet, long paaloeptOere = 0) =>
        Krav("X", Artsprioritet.F, tidsprioritet, 0, "S1", Rentevilkaar.MedAvtaltRente(Prosent.FraHundredeler(4_500), Fra2020))
            with
        { Gjenstaaende = Beloep.FraOere(oere), PaaloeptRente = Beloep.FraOere(paaloeptOere) };

    /// <summary>Two claims (both taking part) and one payment.</summary>
    private static Avregningsgrunnlag ToKravEnBetaling() => Avregningsgrunnlag.Forbered(
        new Trekk
        {
            Krav = [Krav("A", Artsprioritet.F, new LocalDate(2025, 1, 1), 1_000), Krav("B", Artsprioritet.F, new LocalDate(2025, 1, 2), 2_000)],
            Mottatt = [new Mottak(new LocalDate(2025, 2, 1), Beloep.FraKroner(1_500))],
        },
        new LocalDate(2025, 3, 1),
        Rentetabell);

    private static Avregningsgrunnlag EttKrav() => Avregningsgrunnlag.Forbered(
        new Trekk { Krav = [Krav("A", Artsprioritet.F, new LocalDate(2025, 1, 1), 1_000)], Mottatt = [] },
        new LocalDate(2025, 3, 1),
        Rentetabell);

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var g = ToKravEnBetaling();
        var buffer = new Avregningsbuffer(g);
        var krav = new KravAvregning[2];
        var betalinger = new BetalingAvregning[1];
        var plasseringer = new Plassering[2];
        FluentActions.Invoking(() => Avregner.Avregn(null!, buffer, krav, betalinger, plasseringer, out _))
            .Should().Throw<ArgumentNullException>().WithParameterName("grunnlag");
        FluentActions.Invoking(() => Avregner.Avregn(g, null!, krav, betalinger, plasseringer, out _))
            .Should().Throw<ArgumentNullException>().WithParameterName("buffer");
        FluentActions.Invoking(() => new Avregningsbuffer(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("grunnlag");
    }

    [Fact]
    public void Spans_of_the_wrong_length_and_a_buffer_of_another_grunnlag_are_refused_by_name_and_message()
    {
        var g = ToKravEnBetaling();
        var buffer = new Avregningsbuffer(g);
        var krav = new KravAvregning[2];
        var betalinger = new BetalingAvregning[1];
        var plasseringer = new Plassering[2];

        // Without the buffer check the copy of the start state into a one-claim buffer throws an ArgumentException of its own.
        FluentActions.Invoking(() => Avregner.Avregn(g, new Avregningsbuffer(EttKrav()), krav, betalinger, plasseringer, out _))
            .Should().Throw<ArgumentException>().WithParameterName("buffer").WithMessage("The buffer was made for another grunnlag. *");
        FluentActions.Invoking(() => Avregner.Avregn(g, buffer, new KravAvregning[1], betalinger, plasseringer, out _))
            .Should().Throw<ArgumentException>().WithParameterName("krav").WithMessage("One element per claim is required. *");
        FluentActions.Invoking(() => Avregner.Avregn(g, buffer, krav, new BetalingAvregning[2], plasseringer, out _))
            .Should().Throw<ArgumentException>().WithParameterName("betalinger").WithMessage("One element per payment is required. *");

        // 3 is neither 0 nor payments × claims = 2 (a longer span would otherwise be accepted and only partly written).
        FluentActions.Invoking(() => Avregner.Avregn(g, buffer, krav, betalinger, new Plassering[3], out _))
            .Should().Throw<ArgumentException>().WithParameterName("plasseringer").WithMessage("The placements need payments × claims elements, or none. *");
    }

    [Fact]
    public void Without_a_placement_span_the_claims_payments_and_totals_are_the_same()
    {
        // 1 500 kr on 2025-02-01, class f by tidsprioritet, no interest: A (1 000) in full, then 500 of B (2 000).
        var g = ToKravEnBetaling();
        var krav = new KravAvregning[2];
        var betalinger = new BetalingAvregning[1];
        Avregner.Avregn(g, new Avregningsbuffer(g), krav, betalinger, [], out var sum);
        krav[0].Should().Be(new KravAvregning(Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null, Beloep.Null, Beloep.Null));
        krav[1].Should().Be(new KravAvregning(Beloep.FraKroner(500), Beloep.Null, Beloep.Null, Beloep.FraKroner(1_500), Beloep.Null));
        betalinger[0].Plassert.Should().Be(Beloep.FraKroner(1_500));
        betalinger[0].Tilbakebetales.Should().Be(Beloep.Null);
        sum.Gjenstaaende.Should().Be(Beloep.FraKroner(1_500));

        // The same with the placements asked for.
        var medKrav = new KravAvregning[2];
        var medBetalinger = new BetalingAvregning[1];
        var plasseringer = new Plassering[2];
        Avregner.Avregn(g, new Avregningsbuffer(g), medKrav, medBetalinger, plasseringer, out var medSum);
        medKrav.Should().Equal(krav);
        medBetalinger.Should().Equal(betalinger);
        medSum.Should().Be(sum);
        plasseringer.Should().Equal(new Plassering(Beloep.FraKroner(1_000), Beloep.Null), new Plassering(Beloep.FraKroner(500), Beloep.Null));
    }

    [Fact]
    public void A_placement_sums_its_principal_and_its_interest()
    {
        new Plassering(Beloep.FraKroner(3), Beloep.FraDesimal(2.50m)).Sum.Should().Be(Beloep.FraDesimal(5.50m));

        // 10 000 kr at 10 % agreed from 2025-01-01; 2 000 kr received 2025-07-01 (181 days): interest
        // 10 000 × 10 % × 181/365 = 495.890… → 495.89 first (class e: interest before principal), then 1 504.11 of the principal.
        var trekk = new Trekk
        {
            Krav = [Krav("E", Artsprioritet.E, new LocalDate(2025, 1, 1), 10_000, "S1", Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(10), new LocalDate(2025, 1, 1)))],
            Mottatt = [new Mottak(new LocalDate(2025, 7, 1), Beloep.FraKroner(2_000))],
        };
        var r = Avregner.Avregn(trekk, new LocalDate(2025, 7, 1), Rentetabell);
        r.PlasseringFor(0, 0).Should().Be(new Plassering(Beloep.FraDesimal(1_504.11m), Beloep.FraDesimal(495.89m)));
        r.PlasseringFor(0, 0).Sum.Should().Be(Beloep.FraKroner(2_000));
    }

    [Fact]
    public void Two_claims_at_an_assumed_rate_in_one_period_flag_the_avregning_antatt()
    {
        // The table ends 2026-06-30 and its last rate, 12.00 %, is carried forward. No payments: one period,
        // 2026-07-01 – 2027-07-01 (365 days), in which both claims accrue interest at the assumed rate:
        // 100 000 × 12 % = 12 000 and 50 000 × 12 % = 6 000. Antatt must stay true with two claims.
        var rente = Rentevilkaar.MedForsinkelsesrente(new LocalDate(2026, 7, 1));
        var trekk = new Trekk
        {
            Krav = [Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, "S1", rente), Krav("Y", Artsprioritet.F, new LocalDate(2024, 1, 2), 50_000, "S2", rente)],
            Mottatt = [],
        };
        var r = Avregner.Avregn(trekk, new LocalDate(2027, 7, 1), Rentetabell);
        r.Krav.Select(k => k.GjenstaaendeRenter).Should().Equal(Beloep.FraKroner(12_000), Beloep.FraKroner(6_000));
        r.Sum.Antatt.Should().BeTrue();
    }

    [Fact]
    public void Two_periods_at_an_assumed_rate_flag_the_avregning_antatt()
    {
        // One claim, forsinkelsesrente from 2026-07-01 (past the table's end: 12.00 % carried forward), 1 000 kr received
        // 2027-01-01, avregning on 2027-07-01. Period 0: 184 days, 100 000 × 12 % × 184/365 = 6 049.315… → 6 049.32, all
        // of which the payment meets first (class f: interest before principal) with 1 000; period 1: 181 days,
        // 100 000 × 12 % × 181/365 = 5 950.684… → 5 950.68. Both periods rest on the assumed rate.
        var trekk = new Trekk
        {
            Krav = [Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, "S1", Rentevilkaar.MedForsinkelsesrente(new LocalDate(2026, 7, 1)))],
            Mottatt = [new Mottak(new LocalDate(2027, 1, 1), Beloep.FraKroner(1_000))],
        };
        var r = Avregner.Avregn(trekk, new LocalDate(2027, 7, 1), Rentetabell);

        // Interest 6 049.32 + 5 950.68 = 12 000.00, 1 000 of it covered: 11 000 unpaid, the principal untouched.
        r.Krav[0].Should().Be(new KravAvregning(Beloep.Null, Beloep.FraKroner(1_000), Beloep.FraKroner(12_000), Beloep.FraKroner(100_000), Beloep.FraKroner(11_000)));
        r.PlasseringFor(0, 0).Sum.Should().Be(Beloep.FraKroner(1_000));
        r.Sum.Antatt.Should().BeTrue();
    }

    [Fact]
    public void Interest_on_a_principal_below_two_to_the_32_over_a_numerator_past_int_max_is_exact()
    {
        // 40 000 000 kr (4 · 10⁹ øre < 2³²) at 100 % agreed for 20 whole years (2000-01-01 – 2020-01-01): the numerator is
        // 10 000 · 365 · 366 · 20 = 26 718 000 000 > int.MaxValue, so the product (≈ 1.07 · 10²⁰) does not fit 64 bits and
        // the 128-bit path must be taken. Interest: 40 000 000 × 100 % × 20 = 800 000 000 kr.
        var trekk = new Trekk
        {
            Krav = [Krav("X", Artsprioritet.F, new LocalDate(2000, 1, 1), 40_000_000, "S1", Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(100), new LocalDate(2000, 1, 1)))],
            Mottatt = [],
        };
        var r = Avregner.Avregn(trekk, new LocalDate(2020, 1, 1), Rentetabell);
        r.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.FraKroner(800_000_000));
        r.Krav[0].Renter.Should().Be(Beloep.FraKroner(800_000_000));
    }

    /// <summary>The refusal of the one-call <c>Avregner.Avregn</c> when interest outgrows an amount.</summary>
    private static void RefusedAsTooLarge(Trekk trekk, LocalDate dato) =>
        FluentActions.Invoking(() => Avregner.Avregn(trekk, dato, Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("krav", null, Feilkoder.UgyldigBeloep, "Rentene blir større enn et beløp kan holde."));

    [Fact]
    public void What_remains_past_an_amount_after_several_periods_is_refused()
    {
        // 2⁶² øre at 45 % from 2020-01-01; two payments of 0 (2021-01-01, 2022-01-01) before the claim's tidsprioritet
        // (2023-01-01), so it takes no part in them and no fordeling runs; avregning on 2023-01-01. Three whole years of
        // interest, each 0.45 · 2⁶² and so within the size check: interest 3 · 2 075 258 708 292 324 557 =
        // 6 225 776 124 876 973 671 fits, principal + interest = 10 837 462 143 304 361 575 > long.MaxValue.
        var dato = new LocalDate(2023, 1, 1);
        var trekk = new Trekk
        {
            Krav = [Stort(To62, dato)],
            Mottatt = [new Mottak(new LocalDate(2021, 1, 1), Beloep.Null), new Mottak(new LocalDate(2022, 1, 1), Beloep.Null)],
        };
        RefusedAsTooLarge(trekk, dato);

        // Two years' interest fits together with the principal (4 611 686 018 427 387 904 + 4 150 517 416 584 649 114).
        var toAar = Avregner.Avregn(trekk with { Mottatt = [new Mottak(new LocalDate(2021, 1, 1), Beloep.Null)] }, new LocalDate(2022, 1, 1), Rentetabell);
        toAar.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.FraOere(2 * AarsrenteTo62));
        toAar.Sum.Gjenstaaende.Should().Be(Beloep.FraOere(To62 + (2 * AarsrenteTo62)));
    }

    [Fact]
    public void Unpaid_interest_past_an_amount_is_refused()
    {
        // As above with 2⁶² − 1 øre of paaloeptRente (principal + paaloeptRente = long.MaxValue, allowed): after three
        // years the unpaid interest is 4 611 686 018 427 387 903 + 6 225 776 124 876 973 671 > long.MaxValue, while the
        // interest accrued in the avregning (6 225 776 124 876 973 671) still fits.
        var dato = new LocalDate(2023, 1, 1);
        var trekk = new Trekk
        {
            Krav = [Stort(To62, dato, To62 - 1)],
            Mottatt = [new Mottak(new LocalDate(2021, 1, 1), Beloep.Null), new Mottak(new LocalDate(2022, 1, 1), Beloep.Null)],
        };
        RefusedAsTooLarge(trekk, dato);
    }

    [Fact]
    public void Interest_accrued_past_an_amount_is_refused_even_when_it_was_paid()
    {
        // 2⁶² øre at 45 %, taking part (tidsprioritet 2020-01-01); four payments of 1 844 674 407 370 955 161 øre
        // (≈ 0.4 · 2⁶², together 7 378 697 629 483 820 644 ≤ long.MaxValue) on 2021–2024-01-01, each going to interest
        // (class f), so the unpaid interest stays below 0.65 · 2⁶² and the principal at 2⁶². Avregning on 2025-01-01: five
        // whole years accrue 5 · 2 075 258 708 292 324 557 = 10 376 293 541 461 622 785 > long.MaxValue (four: 8 301 034 833 169 298 228 fit).
        const long betaling = 1_844_674_407_370_955_161;
        var trekk = new Trekk
        {
            Krav = [Stort(To62, Fra2020)],
            Mottatt = [.. Enumerable.Range(2021, 4).Select(aar => new Mottak(new LocalDate(aar, 1, 1), Beloep.FraOere(betaling)))],
        };
        RefusedAsTooLarge(trekk, new LocalDate(2025, 1, 1));

        // One year earlier everything fits: four years of interest accrued, four payments covered of it.
        var r = Avregner.Avregn(trekk, new LocalDate(2024, 1, 1), Rentetabell);
        r.Krav[0].Renter.Should().Be(Beloep.FraOere(4 * AarsrenteTo62));
        r.Krav[0].DekketRenter.Should().Be(Beloep.FraOere(4 * betaling));
        r.Krav[0].GjenstaaendeRenter.Should().Be(Beloep.FraOere((4 * AarsrenteTo62) - (4 * betaling)));
        r.Krav[0].GjenstaaendeHovedstol.Should().Be(Beloep.FraOere(To62));
    }
}
