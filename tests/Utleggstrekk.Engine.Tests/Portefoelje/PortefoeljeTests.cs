using FsCheck.Fluent;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Trekkberegning;

namespace Utleggstrekk.Tests.Portefoelje;

public class PortefoeljeTests
{
    private static readonly Satsgrunnlag Satser = TestSatser.Standard;

    private static readonly Lazy<Trekksak[]> StorPortefoelje = new(() => Portefoeljegeneratorer.Sak.Sample(20_000).ToArray());

    [Fact]
    public void A_generated_portfolio_of_20_000_rows_equals_one_call_per_row_single_threaded_and_in_parallel()
    {
        var saker = StorPortefoelje.Value;
        var p = Portefoeljegeneratorer.Bygg(saker);
        var forventet = saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)).ToArray();

        var enTraad = new Portefoeljeresultat[saker.Length];
        Portefoeljeberegner.Beregn(p, Satser, enTraad);
        enTraad.Should().Equal(forventet);

        foreach (int? deler in new int?[] { null, 1, 2, 3, 8 })
        {
            var parallelt = new Portefoeljeresultat[saker.Length];
            Portefoeljeberegner.BeregnParallelt(p, Satser, parallelt, deler: deler);
            parallelt.Should().Equal(forventet, $"deler = {deler}");
        }

        // The generated mix reaches every outcome but the one a valid rate table rules out (pkt. 5.4), and every
        // binding constraint.
        enTraad.Select(r => r.Status).Distinct().Order().Should().Equal(Radstatus.Beregnet, Radstatus.UgyldigInndata, Radstatus.SatserMangler);
        enTraad.Where(r => r.ErBeregnet).Select(r => r.Begrensning).Distinct().Order().Should().Equal(Enum.GetValues<Begrensning>());
    }

    [Fact]
    public void Assumed_rates_allowed_turn_the_missing_rates_after_the_last_known_day_into_results_flagged_antatt()
    {
        var saker = StorPortefoelje.Value;
        var p = Portefoeljegeneratorer.Bygg(saker);
        var valg = new Beregningsvalg(TillatAntatteSatser: true);
        var resultater = new Portefoeljeresultat[saker.Length];
        Portefoeljeberegner.Beregn(p, Satser, resultater, valg);

        resultater.Should().Equal(saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser, valg)));
        resultater.Should().Contain(r => r.ErBeregnet && r.Antatt.HasFlag(AntattSats.Livsopphold));
        resultater.Should().Contain(r => r.ErBeregnet && r.Antatt.HasFlag(AntattSats.Samvaer));
    }

    [Fact]
    public void More_distinct_dates_than_fit_on_the_stack_give_the_same_results()
    {
        // 300 consecutive days: more than the 256 resolved on the stack, so the pooled array is used.
        var grunnlag = Saker.SpecEksempel();
        var saker = Enumerable.Range(0, 600)
            .Select(i => Portefoeljegeneratorer.MedDato(grunnlag, TestSatser.SisteKjenteDag.PlusDays(150 - (i % 300))))
            .ToArray();
        var p = Portefoeljegeneratorer.Bygg(saker);
        p.AntallDatoer.Should().Be(300);

        var resultater = new Portefoeljeresultat[saker.Length];
        Portefoeljeberegner.Beregn(p, Satser, resultater);

        resultater.Should().Equal(saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)));
        resultater.Count(r => r.Status == Radstatus.SatserMangler).Should().Be(2 * 150);
    }

    [Fact]
    public void A_refused_row_gets_its_status_and_its_errors_come_from_the_normal_path()
    {
        var gyldig = Saker.SpecEksempel();
        var ugyldig = Generatorer.Med(gyldig, boutgift: Beloep.FraOere(-1));
        var foerTabellen = Portefoeljegeneratorer.MedDato(gyldig, TestSatser.FoersteDag.PlusDays(-1));
        var p = Portefoeljegeneratorer.Bygg([gyldig, ugyldig, foerTabellen]);
        var resultater = new Portefoeljeresultat[3];

        Portefoeljeberegner.Beregn(p, Satser, resultater);

        resultater[0].Should().Be(new Portefoeljeresultat(Radstatus.Beregnet, Beloep.FraKroner(11_276), Trekkberegner.Beregn(gyldig, Satser).Trekkprosent, Begrensning.Livsopphold, AntattSats.Ingen));
        resultater[1].Should().Be(new Portefoeljeresultat(Radstatus.UgyldigInndata, Beloep.Null, Prosent.Null, default, default));
        resultater[2].Status.Should().Be(Radstatus.SatserMangler);
        resultater[1].ErBeregnet.Should().BeFalse();

        Trekkberegner.Valider(p.Sak(1)).Should().ContainSingle().Which.Felt.Should().Be(Trekksakfelt.Boutgift);
        var mangler = FluentActions.Invoking(() => Trekkberegner.Beregn(p.Sak(2), Satser)).Should().Throw<SatserManglerException>().Which;
        mangler.Tabell.Should().Be("livsopphold");
        mangler.Mangel.Should().Be(Satsmangel.FoerFoerstePeriode);
    }

    [Fact]
    public void A_row_read_back_is_the_case_field_for_field()
    {
        var sak = Saker.Spec12Husstand();
        var p = Portefoeljegeneratorer.Bygg([Saker.SpecEksempel(), sak]);
        var tilbake = p.Sak(1);

        tilbake.Should().BeEquivalentTo(sak);
        p.Antall.Should().Be(2);
        p.AntallDatoer.Should().Be(1);
    }

    [Fact]
    public void The_single_threaded_run_allocates_nothing_on_a_prepared_portfolio()
    {
        var p = Portefoeljegeneratorer.Bygg(StorPortefoelje.Value.Take(2_000));
        var resultater = new Portefoeljeresultat[p.Antall];
        Portefoeljeberegner.Beregn(p, Satser, resultater);
        Portefoeljeberegner.Beregn(p, Satser, resultater);

        var foer = GC.GetAllocatedBytesForCurrentThread();
        Portefoeljeberegner.Beregn(p, Satser, resultater);
        Portefoeljeberegner.Beregn(p, Satser, 10, 500, resultater);
        var etter = GC.GetAllocatedBytesForCurrentThread();

        (etter - foer).Should().Be(0);
        resultater.Should().Contain(r => r.TrekkPerMaaned > Beloep.Null);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_argument_named()
    {
        var p = Portefoeljegeneratorer.Bygg([Saker.SpecEksempel(), Saker.SpecEksempel()]);
        var for_kort = new Portefoeljeresultat[1];

        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, for_kort)).Should().Throw<ArgumentException>().WithParameterName("resultater");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(p, Satser, for_kort)).Should().Throw<ArgumentException>().WithParameterName("resultater");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(p, Satser, new Portefoeljeresultat[2], deler: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("deler");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, -1, 1, new Portefoeljeresultat[2])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fra");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, 0, -1, new Portefoeljeresultat[2])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("antall");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, 1, 2, new Portefoeljeresultat[2])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("antall");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, 0, 2, new Portefoeljeresultat[1])).Should().Throw<ArgumentException>().WithParameterName("resultater");
        FluentActions.Invoking(() => p.Sak(2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rad");
        FluentActions.Invoking(() => p.Beregningsdato(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rad");
    }

    [Fact]
    public void A_missing_argument_is_named_and_a_short_result_table_is_explained_in_norwegian()
    {
        var p = Portefoeljegeneratorer.Bygg([Saker.SpecEksempel(), Saker.SpecEksempel()]);
        var r = new Portefoeljeresultat[2];

        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(null!, Satser, r)).Should().Throw<ArgumentNullException>().WithParameterName("portefoelje");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(null!, Satser, 0, 0, r)).Should().Throw<ArgumentNullException>().WithParameterName("portefoelje");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, null!, 0, 0, r)).Should().Throw<ArgumentNullException>().WithParameterName("satser");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(null!, Satser, r)).Should().Throw<ArgumentNullException>().WithParameterName("portefoelje");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(p, null!, r)).Should().Throw<ArgumentNullException>().WithParameterName("satser");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(p, Satser, null!)).Should().Throw<ArgumentNullException>().WithParameterName("resultater");
        FluentActions.Invoking(() => Portefoeljeberegner.Beregn(p, Satser, 0, 2, new Portefoeljeresultat[1])).Should().Throw<ArgumentException>()
            .WithMessage("Resultattabellen har plass til 1 rader, men 2 skal beregnes.*");
        FluentActions.Invoking(() => Portefoeljeberegner.BeregnParallelt(p, Satser, new Portefoeljeresultat[1])).Should().Throw<ArgumentException>()
            .WithMessage("Resultattabellen har plass til 1 rader, men porteføljen har 2.*");
    }

    [Fact]
    public void A_date_without_a_day_number_is_refused_as_input_and_nothing_of_the_row_is_stored()
    {
        var bygger = new Trekkportefoeljebygger();
        FluentActions.Invoking(() => bygger.LeggTil(Portefoeljegeneratorer.MedDato(Saker.SpecEksempel(), new LocalDate(0, 12, 31))))
            .Should().Throw<UgyldigInndataException>()
            .Which.Feil.Should().ContainSingle().Which.Should().Be(new Valideringsfeil("beregningsdato", "0000-12-31", "UGYLDIG_DATO", "Datoen må ligge i år 1–9999."));
        FluentActions.Invoking(() => bygger.LeggTil(Saker.SpecEksempel() with { Barn = [new Barn(new LocalDate(-5, 1, 1))] }))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be("husstand.barn[0].foedselsdato");
        FluentActions.Invoking(() => bygger.LeggTil(Saker.SpecEksempel() with { Samvaersbarn = [new Samvaersbarn(new LocalDate(0, 1, 1), 2)] }))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Single().Felt.Should().Be(Trekksakfelt.SamvaersbarnFelt(0, "foedselsdato"));
        FluentActions.Invoking(() => bygger.LeggTil(null!)).Should().Throw<ArgumentNullException>().WithParameterName("sak");
        FluentActions.Invoking(() => new Trekkportefoeljebygger(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kapasitet");
        bygger.LeggTil(Saker.SpecEksempel()).Should().Be(0, "the refused rows left nothing behind");
    }

    [Fact]
    public void An_empty_portfolio_runs_and_the_builder_goes_on_after_building()
    {
        var bygger = new Trekkportefoeljebygger(4);
        var tom = bygger.Bygg();
        Portefoeljeberegner.Beregn(tom, Satser, []);
        Portefoeljeberegner.BeregnParallelt(tom, Satser, []);
        tom.Antall.Should().Be(0);

        bygger.LeggTil(Saker.SpecEksempel()).Should().Be(0);
        bygger.LeggTil(Saker.Spec12Husstand()).Should().Be(1);
        bygger.Bygg().Antall.Should().Be(2);
        tom.Antall.Should().Be(0);
    }
}
