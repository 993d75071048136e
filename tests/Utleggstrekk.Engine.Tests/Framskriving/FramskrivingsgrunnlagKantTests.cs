using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using static Utleggstrekk.Tests.Innsyn.Testtrekk;

namespace Utleggstrekk.Tests.Framskriving;

/// <summary>
/// The edges of <see cref="Framskrivingsgrunnlag.Forbered"/>'s arguments: the horizon of 1–1200 months at both ends, a
/// horizon past year 9999, a negative gross income — each refusal word for word —, a horizon that starts before the
/// forsinkelsesrente table, the month flag over an even number of derived days, a løpende bidrag given a remaining
/// amount, and the rate table required by name
/// even for a trekk whose claims carry no interest (so a missing table is never noticed only later, on another trekk).
/// </summary>
public class FramskrivingsgrunnlagKantTests
{
    private static readonly Trekk UtenRenter = new() { Krav = [Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 1_000)], Parter = Parter(1) };

    [Theory]
    [InlineData(1)]
    [InlineData(1200)]
    public void A_horizon_of_1_to_1200_months_is_accepted(int maaneder)
    {
        var g = Framskrivingsgrunnlag.Forbered(UtenRenter, new LocalDate(2025, 1, 1), maaneder, Rentetabell);
        g.Maaneder.Should().Be(maaneder);
        g.MaanedFra(maaneder - 1).Should().Be(new LocalDate(2025, 1, 1).PlusMonths(maaneder - 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1201)]
    [InlineData(-1)]
    public void A_horizon_outside_1_to_1200_months_is_refused_by_name(int maaneder)
    {
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(UtenRenter, new LocalDate(2025, 1, 1), maaneder, Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("maaneder", maaneder.ToString(System.Globalization.CultureInfo.InvariantCulture), "UGYLDIG_VERDI", "Antall måneder må være fra 1 til 1200."));
    }

    [Fact]
    public void A_horizon_may_end_with_year_9999_but_not_pass_it()
    {
        var fra = new LocalDate(9999, 1, 1);
        Framskrivingsgrunnlag.Forbered(UtenRenter, fra, 11, Rentetabell).MaanedFra(10).Should().Be(new LocalDate(9999, 11, 1));
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(UtenRenter, fra, 12, Rentetabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("maaneder", "12", "UGYLDIG_DATO", "Framskrivingen kan ikke gå forbi år 9999."));
    }

    [Fact]
    public void A_negative_gross_income_is_refused_word_for_word()
    {
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(UtenRenter, new LocalDate(2025, 1, 1), 3, Rentetabell, Beloep.FraKroner(-1)))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("bruttoinntekt", "-1.00", "UGYLDIG_BELOEP", "Bruttoinntekten kan ikke være negativ."));
    }

    [Fact]
    public void Interest_days_before_the_forsinkelsesrente_table_are_refused_on_the_first_such_day()
    {
        // Interest from the start itself, so nothing is stipulated before it: the horizon's own first day has no rate.
        var fra = Rentetabell.Tidsserie.Fra(0).PlusMonths(-2);
        var trekk = new Trekk { Krav = [Krav("X", Artsprioritet.F, fra, 1_000, rente: Rentevilkaar.MedForsinkelsesrente(fra))], Parter = Parter(1) };

        var mangel = FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(trekk, fra, 3, Rentetabell))
            .Should().Throw<SatserManglerException>().Which;
        (mangel.Tabell, mangel.Dato, mangel.Detalj).Should().Be(("forsinkelsesrente", fra, "ingen forsinkelsesrente for dagen"));
        Framskrivingsgrunnlag.Forbered(trekk with { Krav = [trekk.Krav[0] with { Rentevilkaar = default }] }, fra, 3, Rentetabell).Maaneder
            .Should().Be(3, "without forsinkelsesrente the table is not read");
    }

    [Fact]
    public void A_month_of_30_days_all_at_a_derived_rate_is_flagged()
    {
        // September 2025 lies wholly in the embedded table's derived row (2025-07-01 – 2025-12-31): every one of its 30
        // days is derived, and the month is flagged however many flagged days it has.
        var trekk = new Trekk { Krav = [Krav("X", Artsprioritet.F, new LocalDate(2025, 1, 1), 100_000, rente: Rentevilkaar.MedForsinkelsesrente(new LocalDate(2025, 9, 1)))], Parter = Parter(1) };
        var g = Framskrivingsgrunnlag.Forbered(trekk, new LocalDate(2025, 9, 1), 2, Rentetabell);
        var maaneder = new Framskrivingsmaaned[2];
        Framskriver.Framskriv(g, Beloep.Null, new Framskrivingsbuffer(g), new KravFramskriving[1], maaneder, []);

        maaneder.Should().OnlyContain(m => m.Avledet && !m.Antatt && m.Renter > Beloep.Null, "September has 30 days, October 31");
    }

    [Fact]
    public void A_loepende_bidrag_starts_and_ends_with_nothing_remaining_whatever_remaining_amount_it_was_given()
    {
        // Its need is its monthly amount while the trekk runs; a remaining amount on it is not a debt of the projection.
        var bidrag = LoependeBidrag("L", "B", 1_500, gjenstaaende: 9_000);
        var trekk = new Trekk { Krav = [bidrag, Krav("X", Artsprioritet.F, new LocalDate(2024, 1, 1), 2_000)], Parter = Parter(2) };
        var g = Framskrivingsgrunnlag.Forbered(trekk, new LocalDate(2025, 1, 1), 2, Rentetabell);
        var krav = new KravFramskriving[2];
        Framskriver.Framskriv(g, Beloep.FraKroner(3_000), new Framskrivingsbuffer(g), krav, new Framskrivingsmaaned[2], []);

        (krav[0].Start, krav[0].Gjenstaaende, krav[0].Mottatt).Should().Be((Beloep.Null, Beloep.Null, Beloep.FraKroner(3_000)));
        (krav[1].Start, krav[1].Gjenstaaende, krav[1].Mottatt).Should().Be((Beloep.FraKroner(2_000), Beloep.Null, Beloep.FraKroner(2_000)));
    }

    [Fact]
    public void The_trekk_and_the_rate_table_are_required_by_name_even_without_interest()
    {
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(UtenRenter, new LocalDate(2025, 1, 1), 3, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("renteTabell");
        FluentActions.Invoking(() => Framskrivingsgrunnlag.Forbered(null!, new LocalDate(2025, 1, 1), 3, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("trekk", "the trekk is checked first");
    }
}
