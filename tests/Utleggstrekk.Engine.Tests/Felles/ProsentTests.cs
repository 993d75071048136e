using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

public class ProsentTests
{
    [Fact]
    public void Keeps_hundredths_of_a_percent_exactly()
    {
        Prosent.FraDesimal(12.25m).Hundredeler.Should().Be(1225);
        Prosent.FraDesimal(21.99m).ToString().Should().Be("21.99");
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("12.255")]
    public void FraEkstern_refuses_with_rule_UGYLDIG_RENTE(string verdi)
    {
        var act = () => Prosent.FraEkstern(decimal.Parse(verdi, System.Globalization.CultureInfo.InvariantCulture), "avtaltRentesats");
        var feil = act.Should().Throw<UgyldigInndataException>().Which.Feil.Single();
        feil.Regel.Should().Be("UGYLDIG_RENTE");
        feil.Felt.Should().Be("avtaltRentesats");
        feil.Verdi.Should().Be(verdi);
    }

    [Fact]
    public void AndelNed_is_exact_in_oere_then_rounds_down()
    {
        // 60 % of 12 345.67 kr = 7 407.402 kr -> 7 407.40 kr
        Prosent.FraHeleProsent(60).AndelNed(Beloep.FraOere(1_234_567)).Oere.Should().Be(740_740);
    }
}
