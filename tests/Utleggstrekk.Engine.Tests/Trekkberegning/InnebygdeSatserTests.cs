using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Reference.Trekkberegning;
using Utleggstrekk.Satser.Csv;
using static Utleggstrekk.Tests.Trekkberegning.Saker;

namespace Utleggstrekk.Tests.Trekkberegning;

/// <summary>The trekk size on the embedded default satser (satser/*.csv), including the older periods.</summary>
public class InnebygdeSatserTests
{
    private static readonly Satsgrunnlag Innebygde = SatserLaster.LastInnebygde();

    [Fact]
    public void Spec_worked_example_on_the_embedded_satser()
    {
        var r = Trekkberegner.Beregn(SpecEksempel(), Innebygde);
        r.TrekkPerMaaned.Should().Be(Kr(11_276));
        r.Begrensning.Should().Be(Begrensning.Livsopphold);
        r.SatserVersjon.Should().Be(Innebygde.Versjon);
    }

    [Fact]
    public void Before_2023_07_01_children_of_11_and_older_share_one_band()
    {
        // 2022-07-01 period: enslig 9 758, barn_11_pluss 5 230 for both a 12- and a 16-year-old.
        // 9 758 + 5 230 + 5 230 = 20 218 (three persons: no cut).
        var sak = Enslig([new Engine.Trekkberegning.Barn(D("2010-06-01")), new Engine.Trekkberegning.Barn(D("2006-06-01"))], dato: D("2023-03-01"));
        Trekkberegner.Beregn(sak, Innebygde).Livsopphold.Should().Be(Kr(20_218));
    }

    [Fact]
    public void A_gap_in_the_samvaer_table_is_an_error_even_with_assumed_rates()
    {
        // The embedded samvær table has no rows for 2021-07-01 – 2023-06-30.
        var sak = Enslig(samvaersbarn: [new Engine.Trekkberegning.Samvaersbarn(D("2015-01-01"), 2)], dato: D("2022-03-01"));
        var feil = FluentActions.Invoking(() => Trekkberegner.Beregn(sak, Innebygde, new Beregningsvalg(true)))
            .Should().Throw<SatserManglerException>().Which;
        feil.Tabell.Should().Be("samvaer");
        feil.Mangel.Should().Be(Satsmangel.Hull);
        feil.Message.Should().Contain("hull").And.NotContainEquivalentOf("tillat antatte satser", "assumed rates never fill a gap");

        // Without samvær children the samvær table is not consulted.
        Trekkberegner.Beregn(Enslig(dato: D("2022-03-01")), Innebygde).Livsopphold.Should().Be(Kr(9_232));
    }

    [Fact]
    public void A_calculation_needs_the_trekkgrenser_so_dates_before_2020_12_16_are_refused()
    {
        // Livsopphold is known from 2019-07-01, but the ceilings only from 2020-12-16 (Retningslinje for utleggstrekk).
        var feil = FluentActions.Invoking(() => Trekkberegner.Beregn(Enslig(dato: D("2020-12-15")), Innebygde, new Beregningsvalg(true)))
            .Should().Throw<SatserManglerException>().Which;
        feil.Tabell.Should().Be("trekkgrenser");
        feil.Mangel.Should().Be(Satsmangel.FoerFoerstePeriode);
        feil.Message.Should().Contain("2020-12-16").And.NotContainEquivalentOf("tillat antatte satser");
        Trekkberegner.Beregn(Enslig(dato: D("2020-12-16")), Innebygde).Livsopphold.Should().Be(Kr(8_989));
    }

    /// <summary>
    /// Engine == reference on the embedded satser for beregningsdatoer 2020-12-16 – 2026-06-30, with and without
    /// assumed rates: the single 11+ band (until 2023-06-30), the split bands, the samvær gap (2021-07-01 – 2023-06-30),
    /// the derived livsopphold period (2025-07-01 – 2026-06-30, kildegrad avledet: both must flag it the same way) and
    /// the carry-forward after the last known day (2026-06-30). Where either refuses with
    /// <see cref="SatserManglerException"/>, both must, naming the same table and the same kind of gap.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Engine_agrees_with_the_reference_on_the_embedded_satser()
    {
        var fra = new LocalDate(2020, 12, 16);
        var dager = Period.Between(fra, new LocalDate(2027, 6, 30), PeriodUnits.Days).Days;
        var gen = from sak in Generatorer.Trekksak
                  from dag in Gen.Choose(0, dager)
                  from antatt in Gen.Elements(false, true)
                  select (Sak: Flytt(sak, fra.PlusDays(dag)), Valg: new Beregningsvalg(antatt));
        return Prop.ForAll(Arb.From(gen), x =>
        {
            var motor = Kjoer(() => Trekkberegner.Beregn(x.Sak, Innebygde, x.Valg));
            var referanse = Kjoer(() => ReferanseTrekkberegner.Beregn(x.Sak, Innebygde, x.Valg));
            return (motor == referanse).Label($"{x.Sak.Beregningsdato} {x.Valg}\nengine {motor}\nreference {referanse}");
        });
    }

    private static string Kjoer(Func<Trekkresultat> beregn)
    {
        try
        {
            return beregn().ToString();
        }
        catch (SatserManglerException e)
        {
            return $"mangler {e.Tabell} {e.Mangel}";
        }
    }

    /// <summary>Moves the case to another beregningsdato, keeping every person's age.</summary>
    private static Trekksak Flytt(Trekksak sak, LocalDate dato)
    {
        var skift = Period.Between(sak.Beregningsdato, dato, PeriodUnits.Days).Days;
        return sak with
        {
            Beregningsdato = dato,
            Barn = [.. sak.Barn.Select(b => b with { Foedselsdato = b.Foedselsdato.PlusDays(skift) })],
            Samvaersbarn = [.. sak.Samvaersbarn.Select(b => b with { Foedselsdato = b.Foedselsdato.PlusDays(skift) })],
        };
    }
}
