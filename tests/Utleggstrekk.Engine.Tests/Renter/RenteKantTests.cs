using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Tests.Renter;

/// <summary>
/// Edges the mutation run of 2026-12-01 left untested (docs/kvalitet.md): the refusals' fields and codes, an empty
/// period with a bad amount, the missing-rate exception's detail and the names in the explanation's trace.
/// </summary>
public class RenteKantTests
{
    private static readonly LocalDate D = new(2024, 1, 1);

    [Fact]
    public void A_null_table_is_api_misuse()
    {
        FluentActions.Invoking(() => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1), D, D.PlusDays(1), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("tabell");
        FluentActions.Invoking(() => Renteberegner.ForklarForsinkelsesrente(Beloep.FraKroner(1), D, D.PlusDays(1), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("tabell");
    }

    [Fact]
    public void An_empty_period_with_a_negative_amount_names_only_the_amount()
    {
        // til == fra is a valid (empty) period: only the amount is wrong.
        FluentActions.Invoking(() => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(-5), D, D, ForsinkelsesrenteTestdata.Tabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("hovedstol", "-5.00", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."));
        FluentActions.Invoking(() => Renteberegner.AvtaltRente(Beloep.FraKroner(-5), D, D.PlusDays(-1), Prosent.FraHeleProsent(5)))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Select(f => (f.Felt, f.Regel)).Should().Equal(
                ("hovedstol", "UGYLDIG_BELOEP"), ("til", "UGYLDIG_PERIODE"));
    }

    [Fact]
    public void Interest_terms_without_a_start_date_are_refused_on_renteFra()
    {
        var vilkaar = new Rentevilkaar(Rentetype.Forsinkelsesrente, Prosent.Null, null);
        FluentActions.Invoking(() => Renteberegner.Rente(Beloep.FraKroner(1_000), D, D.PlusDays(30), vilkaar, ForsinkelsesrenteTestdata.Tabell))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Equal(
                new Valideringsfeil("rentevilkaar.renteFra", null, "PAAKREVD", "Renter må ha en fra-dato."));
    }

    [Fact]
    public void A_day_before_the_table_names_the_table_the_column_and_the_day()
    {
        var foer = new LocalDate(1900, 1, 1);
        var e = FluentActions.Invoking(() => Renteberegner.Forsinkelsesrente(Beloep.FraKroner(1_000), foer, foer.PlusDays(10), ForsinkelsesrenteTestdata.Tabell))
            .Should().Throw<SatserManglerException>().Which;
        e.Tabell.Should().Be("forsinkelsesrente");
        e.Detalj.Should().Be("sats_prosent_pa");
        e.Dato.Should().Be(foer);
    }

    [Fact]
    public void The_trace_names_its_steps_and_the_rounding_rule()
    {
        var f = Renteberegner.ForklarAvtaltRente(Beloep.FraKroner(10_000), new LocalDate(2023, 12, 1), new LocalDate(2024, 2, 1), Prosent.FraHeleProsent(10)).Forklaring;
        f.Steg.Should().Be("Rente");
        f.Fakta.Should().ContainSingle(x => x.Navn == "avrunding").Which.Verdi.Should().Be(Renteregler.Avrunding.Beskrivelse);
        f.Deler.Should().HaveCount(2, "the period crosses a year end").And.OnlyContain(d => d.Steg == "Delperiode" && d.Regel == Renteregler.Dagberegning);
    }
}
