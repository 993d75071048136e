using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
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
        maaneder.Select(m => m.Overskudd).Should().Equal(Beloep.Null, Beloep.Null, Beloep.Null, Beloep.FraDesimal(1_879.88m), Beloep.FraKroner(3_000));
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
    public void A_percent_trekk_is_the_share_of_gross_income_rounded_down_to_whole_kroner_and_needs_the_income()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000), new Trekkpaalegg(Org(6), Jan2025, null, null, Prosent.FraHundredeler(1_234)));
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell, Beloep.FraDesimal(40_001.99m));
        g.BesluttetBetaling(0).Should().Be(Beloep.FraKroner(4_936)); // 12.34 % of 40 001.99 = 4 936.25
        var utenBrutto = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell);
        var feil = () => Kjoer(utenBrutto);
        feil.Should().Throw<UgyldigInputException>().Which.Feil.Should().ContainSingle().Which.Felt.Should().Be("bruttoinntekt");
        Kjoer(utenBrutto, Beloep.FraKroner(1_000)).Maaneder[0].Betaling.Should().Be(Beloep.FraKroner(1_000), "a what-if amount needs no income");
    }

    [Fact]
    public void Interest_past_the_tables_end_is_carried_forward_and_flagged_antatt()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 100_000, rente: Rentevilkaar.MedForsinkelsesrente(Jan2025)));
        var (_, maaneder, _) = Kjoer(Framskrivingsgrunnlag.Forbered(trekk, new LocalDate(2025, 11, 1), 3, Rentetabell));
        maaneder.Select(m => m.Antatt).Should().Equal(false, false, true);
        maaneder[2].Renter.Should().Be(Beloep.FraDesimal(1_040.41m)); // simple interest on the principal: 100 000 × 12.25 % (carried forward) × 31/365
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var trekk = En(Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000));
        var nullMaaneder = () => Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 0, Rentetabell);
        nullMaaneder.Should().Throw<UgyldigInputException>().Which.Feil[0].Felt.Should().Be("maaneder");
        var g = Framskrivingsgrunnlag.Forbered(trekk, Jan2025, 2, Rentetabell);
        var negativ = () => Kjoer(g, Beloep.FraKroner(-1));
        negativ.Should().Throw<UgyldigInputException>().Which.Feil[0].Regel.Should().Be("UGYLDIG_BELOEP");
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
}
