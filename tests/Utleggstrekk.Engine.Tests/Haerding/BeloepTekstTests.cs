using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Haerding;

/// <summary>
/// The input policy for amounts and percentages (<see cref="Beloep.TryFraTekst"/>, <see cref="Prosent.TryFraTekst"/>):
/// exactly representable in hundredths or refused, never rounded.
/// </summary>
public class BeloepTekstTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("0.000000000000000000000000000000000000", 0L)]
    [InlineData("0e999999999999", 0L)]
    [InlineData("8000.01", 800001L)]
    [InlineData("8000.0100000000000000000000000000000000", 800001L)]
    [InlineData("1e-2", 1L)]
    [InlineData("100e-4", 1L)]
    [InlineData("1.5e3", 150000L)]
    [InlineData("1.5E+3", 150000L)]
    [InlineData("12e0", 1200L)]
    [InlineData("000123.4", 12340L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("9223372036854775807e-2", long.MaxValue)]
    public void Exact_amounts_are_read_exactly(string tekst, long oere)
    {
        Beloep.TryFraTekst(tekst, "felt", tillatEksponent: true, out var beloep, out var feil).Should().BeTrue(feil?.ToString());
        beloep.Oere.Should().Be(oere);
    }

    [Theory]
    [InlineData("8000.009999999999999999999999999999", "høyst to desimaler")]
    [InlineData("1e-30", "høyst to desimaler")]
    [InlineData("0.001", "høyst to desimaler")]
    [InlineData("1e-3", "høyst to desimaler")]
    [InlineData("123.4501", "høyst to desimaler")]
    [InlineData("1e28", "for stort")]
    [InlineData("1e999999999999999", "for stort")]
    [InlineData("79228162514264337593543950335", "for stort")]
    [InlineData("92233720368547758.08", "for stort")]
    [InlineData("100000000000000000000000000000000000000000", "for stort")]
    [InlineData("-1", "negativt")]
    [InlineData("-0.01", "negativt")]
    [InlineData("", "Forventet")]
    [InlineData(".", "Forventet")]
    [InlineData("1,5", "Forventet")]
    [InlineData("1e", "Forventet")]
    [InlineData("1.2.3", "Forventet")]
    [InlineData(" 1", "Forventet")]
    [InlineData("NaN", "Forventet")]
    public void Inexact_or_out_of_range_amounts_are_refused_naming_the_field_and_the_text(string tekst, string melding)
    {
        Beloep.TryFraTekst(tekst, "utgifter.boutgift", tillatEksponent: true, out _, out var feil).Should().BeFalse();
        feil!.Felt.Should().Be("utgifter.boutgift");
        feil.Regel.Should().Be("UGYLDIG_BELOEP");
        feil.Verdi.Should().Be(tekst.Length <= 60 ? tekst : tekst[..57] + "...");
        feil.Melding.Should().Contain(melding);
    }

    [Fact]
    public void Without_exponent_the_command_line_shape_is_kept()
    {
        Beloep.TryFraTekst("1e3", "--beloep", tillatEksponent: false, out _, out var feil).Should().BeFalse();
        feil!.Melding.Should().Contain("Forventet");
        Beloep.TryFraTekst("+10.5", "--beloep", tillatEksponent: false, out var b, out _).Should().BeTrue();
        b.Oere.Should().Be(1050);
    }

    [Theory]
    [InlineData("21.99", 2199)]
    [InlineData("2.199e1", 2199)]
    [InlineData("21474836.47", int.MaxValue)]
    public void Exact_percentages_are_read_exactly(string tekst, int hundredeler)
    {
        Prosent.TryFraTekst(tekst, "avtaltSats", tillatEksponent: true, out var p, out var feil).Should().BeTrue(feil?.ToString());
        p.Hundredeler.Should().Be(hundredeler);
    }

    [Theory]
    [InlineData("21.999999999999999999999999999999")]
    [InlineData("21474836.48")]
    [InlineData("1e28")]
    [InlineData("-1")]
    [InlineData("x")]
    public void Inexact_or_out_of_range_percentages_are_refused(string tekst)
    {
        Prosent.TryFraTekst(tekst, "--sats", tillatEksponent: true, out _, out var feil).Should().BeFalse();
        feil!.Regel.Should().Be("UGYLDIG_RENTE");
        feil.Felt.Should().Be("--sats");
    }

    private static Gen<long> Oere { get; } = Gen.OneOf(Gen.Elements(0L, 1L, 99L, 100L, long.MaxValue), ArbMap.Default.GeneratorFor<long>().Select(x => x == long.MinValue ? 0 : Math.Abs(x)));

    [Property(MaxTest = 500)]
    public Property Any_amount_written_with_padding_or_an_exponent_reads_back_exactly() =>
        Prop.ForAll(Oere.ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(-30, 30).ToArbitrary(), (oere, nuller, skift) =>
        {
            var kroner = (oere / 100).ToString(CultureInfo.InvariantCulture) + "." + (oere % 100).ToString("00", CultureInfo.InvariantCulture);
            var polstret = kroner + new string('0', nuller);

            // The digits of the øre with the decimal point moved by the exponent: digits × 10^(skift) × 10^(-2-skift).
            var siffer = oere.ToString(CultureInfo.InvariantCulture) + new string('0', Math.Max(skift, 0));
            var eksponent = siffer + "e" + (-2 - Math.Max(skift, 0)).ToString(CultureInfo.InvariantCulture);
            return Leser(polstret) == oere && Leser(eksponent) == oere && Leser("-" + kroner) == (oere == 0 ? 0 : null);
        });

    [Property(MaxTest = 500)]
    public Property A_non_zero_digit_after_the_second_decimal_is_refused_however_far_out() =>
        Prop.ForAll(Oere.ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (oere, nuller, siffer) =>
        {
            var tekst = (oere / 100).ToString(CultureInfo.InvariantCulture) + "." + (oere % 100).ToString("00", CultureInfo.InvariantCulture)
                + new string('0', nuller) + siffer.ToString(CultureInfo.InvariantCulture);
            return !Beloep.TryFraTekst(tekst, "f", tillatEksponent: true, out _, out var feil) && feil.Melding.Contains("desimaler", StringComparison.Ordinal);
        });

    private static long? Leser(string tekst) =>
        Beloep.TryFraTekst(tekst, "f", tillatEksponent: true, out var b, out _) ? b.Oere : null;
}
