using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Framskriving;

/// <summary>The plain one-call projection (<see cref="Framskriver.Framskriv(Trekk, LocalDate, int, EnkelTabell{Prosentverdi}, Beloep?, Beloep?, LocalDate?)"/>).</summary>
public class KravinnfrielseTests
{
    private static readonly LocalDate Jan2025 = new(2025, 1, 1);

    /// <summary>
    /// B (class f, 2024-01-01, 5 000 kr, 12 % agreed from 1 January 2025) comes first in the input, A (class f, earlier
    /// time priority 2023-01-01, 1 000 kr, no interest) second; 2 000 kr a month from January.
    /// </summary>
    private static Trekk ToKrav() => new()
    {
        Krav =
        [
            Krav("B", Artsprioritet.F, new LocalDate(2024, 1, 1), 5_000, rente: Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(12), Jan2025)),
            Krav("A", Artsprioritet.F, new LocalDate(2023, 1, 1), 1_000),
        ],
        Parter = Parter(2),
        Trekkpaalegg = [new Trekkpaalegg(Org(6), Jan2025, null, Beloep.FraKroner(2_000), null)],
    };

    [Fact]
    public void Each_claim_in_input_order_with_its_payoff_month_and_totals_worked_by_hand()
    {
        // Hand-worked over two months. January: A (earlier) takes its 1 000 and is paid off at January's end; B takes the
        // other 1 000 (4 000 left), then 4 000 × 12 % × 31/365 = 40.767 → 40.77 interest. February: B takes 2 000,
        // interest first (40.77), principal 1 959.23 → 2 040.77 left; 2 040.77 × 12 % × 28/365 = 18.786 → 18.79.
        // B at the horizon: 2 040.77 + 18.79 = 2 059.56, interest 59.56, received 3 000; not paid off (null).
        var svar = Framskriver.Framskriv(ToKrav(), Jan2025, 2, Rentetabell);

        svar.Should().Equal(
            new Kravinnfrielse("B", null, Beloep.FraKroner(5_000), Beloep.FraDesimal(2_059.56m), Beloep.FraDesimal(59.56m), Beloep.FraKroner(3_000)),
            new Kravinnfrielse("A", Jan2025, Beloep.FraKroner(1_000), Beloep.Null, Beloep.Null, Beloep.FraKroner(1_000)));
    }

    [Fact]
    public void A_claim_paid_off_in_a_later_month_is_dated_to_that_months_first_day()
    {
        // Four months (February as above). March: B gets 2 000 of its 2 059.56, interest 18.79 first, 59.56 principal
        // left; 59.56 × 12 % × 31/365 = 0.607 → 0.61. April pays the last 60.17, so B is dated 1 April (the first day
        // of the month at whose end nothing remains). Interest 40.77 + 18.79 + 0.61 = 60.17; received 5 060.17.
        var svar = Framskriver.Framskriv(ToKrav(), Jan2025, 4, Rentetabell);

        svar.Select(k => (k.Id, k.Innfridd)).Should().Equal(("B", new LocalDate(2025, 4, 1)), ("A", Jan2025));
        svar[0].Renter.Should().Be(Beloep.FraDesimal(60.17m));
        svar[0].Mottatt.Should().Be(Beloep.FraDesimal(5_060.17m));
        svar[0].Gjenstaaende.Should().Be(Beloep.Null);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(6_000L, null)] // a what-if amount that pays both off in January
    [InlineData(500L, null)]
    [InlineData(null, "2025-03-01")] // no trekk from March
    public void Every_figure_is_what_the_span_projection_reports_for_the_same_grunnlag(long? fastKroner, string? slutt)
    {
        var trekk = ToKrav();
        var fast = fastKroner is { } f ? Beloep.FraKroner(f) : (Beloep?)null;
        var trekkperiodeSlutt = slutt is null ? (LocalDate?)null : NodaTime.Text.LocalDatePattern.Iso.Parse(slutt).Value;

        var svar = Framskriver.Framskriv(trekk, Jan2025, 6, Rentetabell, fast, trekkperiodeSlutt: trekkperiodeSlutt);

        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 6, Rentetabell, trekkperiodeSlutt: trekkperiodeSlutt);
        var krav = new KravFramskriving[g.AntallKrav];
        Framskriver.Framskriv(g, fast, new Framskrivingsbuffer(g), krav, new Framskrivingsmaaned[g.Maaneder], []);
        svar.Should().HaveCount(2);
        for (var i = 0; i < krav.Length; i++)
        {
            var k = krav[i];
            svar[i].Should().Be(new Kravinnfrielse(trekk.Krav[i].Id, k.ErInnfridd ? g.MaanedFra(k.InnfriddMaaned) : null, k.Start, k.Gjenstaaende, k.Renter, k.Mottatt));
        }
    }

    [Fact]
    public void The_what_if_amount_and_the_trekkperiode_end_reach_the_projection()
    {
        var trekk = ToKrav();

        // 6 000 kr in January pays both (A 1 000, B 5 000) before any interest: both dated January.
        Framskriver.Framskriv(trekk, Jan2025, 3, Rentetabell, Beloep.FraKroner(6_000)).Select(k => k.Innfridd).Should().Equal(Jan2025, Jan2025);

        // The trekkperiode ends 1 February: only January is paid; B keeps 4 000 and accrues interest to the horizon.
        var kort = Framskriver.Framskriv(trekk, Jan2025, 3, Rentetabell, trekkperiodeSlutt: new LocalDate(2025, 2, 1));
        kort[0].Mottatt.Should().Be(Beloep.FraKroner(1_000));
        kort[0].Innfridd.Should().BeNull();
        (kort[0].Gjenstaaende - kort[0].Renter).Should().Be(Beloep.FraKroner(4_000));
    }
}
