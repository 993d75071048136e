using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

public class BeloepTests
{
    [Theory]
    [InlineData("40000", 4_000_000)]
    [InlineData("0.01", 1)]
    [InlineData("12.5", 1250)]
    public void FraEkstern_reads_kroner_exactly(string kroner, long oere) =>
        Beloep.FraEkstern(decimal.Parse(kroner, System.Globalization.CultureInfo.InvariantCulture), "f").Oere.Should().Be(oere);

    [Fact]
    public void FraEkstern_refuses_three_decimals_naming_field_value_and_rule()
    {
        var act = () => Beloep.FraEkstern(10.005m, "skyldner.bruttoPerMaaned");
        var feil = act.Should().Throw<UgyldigInndataException>().Which.Feil.Single();
        feil.Should().Be(new Valideringsfeil("skyldner.bruttoPerMaaned", "10.005", "UGYLDIG_BELOEP", "Beløpet kan ha høyst to desimaler (det avrundes ikke)."));
    }

    [Fact]
    public void FraEkstern_refuses_negative() =>
        FluentActions.Invoking(() => Beloep.FraEkstern(-1m, "x")).Should().Throw<UgyldigInndataException>()
            .Which.Feil.Single().Regel.Should().Be("UGYLDIG_BELOEP");

    [Fact]
    public void Arithmetic_is_checked_and_never_wraps()
    {
        var stor = Beloep.FraOere(long.MaxValue);
        FluentActions.Invoking(() => stor + Beloep.FraOere(1)).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => stor * 2).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => -Beloep.FraOere(long.MinValue)).Should().Throw<OverflowException>();
    }

    [Theory]
    [InlineData(1_127_699, 1_127_600)]
    [InlineData(1_127_600, 1_127_600)]
    [InlineData(-1, -100)]
    [InlineData(0, 0)]
    public void NedTilHeleKroner_rounds_towards_minus_infinity(long oere, long forventet) =>
        Beloep.FraOere(oere).NedTilHeleKroner().Oere.Should().Be(forventet);

    [Fact]
    public void Equality_and_ordering_follow_oere()
    {
        var a = Beloep.FraKroner(10);
        var b = Beloep.FraOere(1000);
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        (a < Beloep.FraOere(1001)).Should().BeTrue();
        default(Beloep).Should().Be(Beloep.Null);
        a.ToString().Should().Be("10.00");
    }
}
