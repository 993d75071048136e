using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Tests.Innsyn;

namespace Utleggstrekk.Tests.Trekkdata;

/// <summary>
/// A <see cref="Trekk"/> built in code is checked like TREKK.json: the same codes and paths, every violation at once,
/// before innsyn or framskriving touches it.
/// </summary>
public class TrekkvalideringTests
{
    private static readonly LocalDate D = new(2025, 3, 1);

    private static readonly Krav K1 = new()
    {
        Id = "K1",
        Artsprioritet = Artsprioritet.F,
        Tidsprioritet = new LocalDate(2024, 1, 1),
        Sak = "S1",
        Kravtype = Kravtype.Hovedstol,
        Gjenstaaende = Beloep.FraKroner(10_000),
    };

    private static Trekk Gyldig() => new()
    {
        Krav = [K1],
        Parter = [new Kravparter(Testtrekk.Org(0), null)],
        Trekkpaalegg = [new Trekkpaalegg(Testtrekk.Org(1), new LocalDate(2025, 1, 1), null, Beloep.FraKroner(3_000), null)],
        Mottatt = [new Mottak(new LocalDate(2025, 2, 15), Beloep.FraKroner(3_000))],
    };

    [Fact]
    public void A_valid_trekk_has_no_violations()
    {
        Trekkvalidering.Valider(Gyldig()).Should().BeEmpty();
        FluentActions.Invoking(() => Trekkvalidering.SjekkGyldig(Gyldig())).Should().NotThrow();
    }

    [Fact]
    public void Every_violation_is_reported_at_once_with_its_path_value_and_code()
    {
        var org = Testtrekk.Org(1);
        var trekk = Gyldig() with
        {
            Trekkpaalegg =
            [
                new Trekkpaalegg(org, new LocalDate(0, 6, 1), new LocalDate(-3, 1, 1), Beloep.FraKroner(1), null),
                new Trekkpaalegg(org, D, D, Beloep.FraKroner(-1), null),
                new Trekkpaalegg(org, D, null, Beloep.FraKroner(1), Prosent.FraHeleProsent(10)),
                new Trekkpaalegg(org, D, null, null, null),
                new Trekkpaalegg(org, D, D.PlusDays(1), null, Prosent.FraHundredeler(10_001)),
                new Trekkpaalegg(org, D, null, null, Prosent.FraHeleProsent(100)),
            ],
            Mottatt = [new Mottak(new LocalDate(0, 1, 1), Beloep.FraOere(-1))],
        };

        Trekkvalidering.Valider(trekk).Select(f => (f.Felt, f.Verdi, f.Regel)).Should().Equal(
            ("trekkpaalegg[0].fra", "0000-06-01", "UGYLDIG_DATO"),
            ("trekkpaalegg[0].til", "-0003-01-01", "UGYLDIG_DATO"),
            ("trekkpaalegg[1].til", "2025-03-01", "UGYLDIG_PERIODE"),
            ("trekkpaalegg[1].beloep", "-1.00", "UGYLDIG_BELOEP"),
            ("trekkpaalegg[2]", null, "BELOEP_ELLER_PROSENT"),
            ("trekkpaalegg[3]", null, "BELOEP_ELLER_PROSENT"),
            ("trekkpaalegg[4].prosent", "100.01", "UGYLDIG_PROSENT"),
            ("mottatt[0].dato", "0000-01-01", "UGYLDIG_DATO"),
            ("mottatt[0].beloep", "-0.01", "UGYLDIG_BELOEP"));
    }

    [Fact]
    public void Trekkpaalegg_amounts_that_together_overflow_are_refused_where_the_sum_first_overflows()
    {
        var org = Testtrekk.Org(1);
        var stort = Beloep.FraOere(long.MaxValue / 2 + 1);
        var trekk = Gyldig() with
        {
            Trekkpaalegg = [new(org, D, null, stort, null), new(org, D, null, Beloep.FraOere(1), null), new(org, D, null, stort, null), new(org, D, null, stort, null)],
        };

        var feil = Trekkvalidering.Valider(trekk);
        feil.Should().ContainSingle().Which.Felt.Should().Be("trekkpaalegg[2].beloep");
        feil[0].Regel.Should().Be("UGYLDIG_BELOEP");

        var akkuratNok = Gyldig() with { Trekkpaalegg = [new(org, D, null, Beloep.FraOere(long.MaxValue - 1), null), new(org, D, null, Beloep.FraOere(1), null)] };
        Trekkvalidering.Valider(akkuratNok).Should().BeEmpty("the sum is exactly long.MaxValue øre");
    }

    [Fact]
    public void The_claims_are_checked_with_the_claim_rules_and_an_empty_list_is_refused()
    {
        Trekkvalidering.Valider(Gyldig() with { Krav = [], Parter = [] }).Should().Equal(new Valideringsfeil("krav", "[]", "MANGLER_KRAV", "Trekket må ha minst ett krav."));
        Trekkvalidering.Valider(Gyldig() with { Krav = [K1, K1], Parter = [] }).Single().Regel.Should().Be("KRAV_DUPLIKATE_REFERANSER");
    }

    [Fact]
    public void Innsyn_and_framskriving_refuse_an_invalid_trekk_and_an_invalid_date_before_computing()
    {
        var ugyldig = Gyldig() with { Mottatt = [new Mottak(new LocalDate(0, 1, 1), Beloep.FraKroner(1))] };
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(ugyldig, D, Testtrekk.Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("mottatt[0].dato");
        FluentActions.Invoking(() => ForberedtTrekk.Forbered(Gyldig(), new LocalDate(0, 12, 31), Testtrekk.Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Should().Be(Datogrense.Feil(new LocalDate(0, 12, 31), "dato"));
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(ugyldig, D, 12, Testtrekk.Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("mottatt[0].dato");
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(Gyldig(), new LocalDate(-1, 1, 1), 12, Testtrekk.Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("fra");
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(Gyldig(), D, 12, Testtrekk.Rentetabell, trekkperiodeSlutt: new LocalDate(0, 1, 1)))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("trekkperiodeSlutt");
    }

    [Theory]
    [InlineData(9999, 1, 11, true)]
    [InlineData(9999, 1, 12, false)]
    [InlineData(9998, 12, 12, true)]
    [InlineData(9998, 12, 13, false)]
    public void A_projection_may_run_to_the_end_of_year_9999_and_not_past_it(int aar, int maaned, int maaneder, bool gyldig)
    {
        // The last month starts on fra + (maaneder − 1) months; its end, fra + maaneder months, must still be a date.
        var kall = FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(Gyldig(), new LocalDate(aar, maaned, 1), maaneder, Testtrekk.Rentetabell));
        if (gyldig)
        {
            kall.Should().NotThrow();
        }
        else
        {
            kall.Should().Throw<UgyldigInndataException>().Which.Feil.Single().Should().Match<Valideringsfeil>(f => f.Felt == "maaneder" && f.Regel == "UGYLDIG_DATO");
        }
    }
}
