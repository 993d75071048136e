using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// The edges of the shared value types and helpers that the Stryker run of 2026-12-01 found untested: the bounds of
/// an amount and a percentage read from outside, the rounding helpers on negative and exact quotients, the quoting of
/// long input in errors, and how a violation and an exception read.
/// </summary>
public class FellesKantTests
{
    [Fact]
    public void An_external_amount_of_zero_and_of_exactly_the_largest_oere_is_accepted_one_oere_more_is_refused()
    {
        Beloep.TryFraEkstern(0m, "x", out var null_, out var feil).Should().BeTrue();
        (null_, feil).Should().Be((Beloep.Null, (Valideringsfeil?)null));

        Beloep.TryFraEkstern(92_233_720_368_547_758.07m, "x", out var stoerst, out _).Should().BeTrue();
        stoerst.Oere.Should().Be(long.MaxValue);

        Beloep.TryFraEkstern(92_233_720_368_547_758.08m, "skyldner.boutgift", out var ingen, out var forStort).Should().BeFalse();
        ingen.Should().Be(Beloep.Null);
        forStort.Should().Be(new Valideringsfeil("skyldner.boutgift", "92233720368547758.08", "UGYLDIG_BELOEP", "Beløpet er for stort."));
    }

    [Fact]
    public void A_negative_external_amount_names_field_value_and_rule()
    {
        Beloep.TryFraEkstern(-0.01m, "krav[0].gjenstaaende", out _, out var feil).Should().BeFalse();
        feil.Should().Be(new Valideringsfeil("krav[0].gjenstaaende", "-0.01", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt."));
    }

    [Theory]
    [InlineData("92233720368547758.07", true)] // long.MaxValue øre: 19 significant digits
    [InlineData("92233720368547758.08", false)] // one øre more: 19 digits, too large
    [InlineData("999999999999999999.99", false)] // 20 significant digits: refused before any arithmetic
    [InlineData("1e17", false)]
    [InlineData("9.2233720368547758e16", true)]
    public void Amount_text_at_the_top_of_the_range_is_read_exactly_or_refused_as_too_large(string tekst, bool ok)
    {
        var lest = Beloep.TryFraTekst(tekst, "x", tillatEksponent: true, out var beloep, out var feil);
        lest.Should().Be(ok);
        if (ok)
        {
            beloep.Oere.Should().Be(Hundredeler(tekst));
        }
        else
        {
            feil!.Regel.Should().Be("UGYLDIG_BELOEP");
            feil.Melding.Should().Be("Beløpet er for stort.");
        }
    }

    [Fact]
    public void A_quoted_input_value_is_cut_to_60_characters_ending_in_three_dots()
    {
        var seksti = new string('1', 59) + "x";
        Beloep.TryFraTekst(seksti, "x", false, out _, out var feil).Should().BeFalse();
        feil!.Verdi.Should().Be(seksti, "60 characters are quoted whole");

        var sekstien = new string('2', 60) + "y";
        Prosent.TryFraTekst(sekstien, "rente", false, out _, out feil).Should().BeFalse();
        feil!.Verdi.Should().Be(new string('2', 57) + "...");
        feil.Verdi!.Length.Should().Be(Inndatatekst.MaksLengde);
    }

    [Theory]
    [InlineData(0, 60, "")]
    [InlineData(60, 60, null)] // exactly the limit: whole
    [InlineData(61, 60, "...")]
    [InlineData(40, 40, null)]
    [InlineData(41, 40, "...")]
    [InlineData(5, 3, "...")] // the shortest limit: only the mark
    public void Inndatatekst_cuts_to_the_limit_with_the_mark_as_the_last_three_characters(int lengde, int maks, string? slutt)
    {
        // Issue 21: the one shortener for quoted input in every layer (engine, JSON, ELAN, CSV, command line, web).
        var tekst = string.Concat(Enumerable.Range(0, lengde).Select(i => (char)('a' + (i % 26))));
        var kort = Inndatatekst.Kort(tekst, maks);
        if (slutt is null)
        {
            kort.Should().Be(tekst);
        }
        else
        {
            kort.Should().HaveLength(Math.Min(lengde, maks)).And.EndWith(slutt).And.StartWith(tekst[..(kort.Length - slutt.Length)]);
        }
    }

    [Fact]
    public void Inndatatekst_uses_60_by_default_and_refuses_a_limit_shorter_than_its_mark()
    {
        Inndatatekst.Kort(new string('z', 61)).Should().Be(new string('z', 57) + "...");
        Inndatatekst.Kort(new string('z', 60)).Should().Be(new string('z', 60));
        FluentActions.Invoking(() => Inndatatekst.Kort("abcdef", 2)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("maks");
    }

    [Fact]
    public void FraDesimal_refuses_a_third_decimal_with_an_argument_exception()
    {
        FluentActions.Invoking(() => Beloep.FraDesimal(1.001m)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "kroner" && e.Message.Contains("1.001"));
        Beloep.FraDesimal(-1.25m).Oere.Should().Be(-125, "negative amounts are allowed in code");
    }

    [Fact]
    public void Min_picks_the_smaller_either_way_and_a_factor_multiplies_from_both_sides()
    {
        var lite = Beloep.FraOere(3);
        var stort = Beloep.FraOere(7);
        (Beloep.Min(lite, stort), Beloep.Min(stort, lite)).Should().Be((lite, lite));
        (Beloep.Max(lite, stort), Beloep.Max(stort, lite)).Should().Be((stort, stort));
        (4 * stort).Should().Be(Beloep.FraOere(28));
        (stort * 4).Should().Be(Beloep.FraOere(28));
    }

    [Fact]
    public void CompareTo_an_object_of_another_type_is_refused()
    {
        FluentActions.Invoking(() => Beloep.FraOere(1).CompareTo("1")).Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("obj");
        FluentActions.Invoking(() => Prosent.FraHundredeler(1).CompareTo(1)).Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("obj");
        Beloep.FraOere(1).CompareTo(null).Should().BePositive();
    }

    [Theory]
    [InlineData(7, 1, 2, 3, 4)]
    [InlineData(6, 1, 2, 3, 3)]
    [InlineData(-7, 1, 2, -4, -3)]
    [InlineData(-6, 1, 2, -3, -3)]
    [InlineData(0, 5, 3, 0, 0)]
    [InlineData(3, -5, 4, -4, -3)]
    public void MulDiv_rounds_down_and_up_for_either_sign(long a, long b, long c, long ned, long opp)
    {
        Heltallsregning.MulDivNed(a, b, c).Should().Be(ned);
        Heltallsregning.MulDivOpp(a, b, c).Should().Be(opp);
    }

    [Theory]
    [InlineData(5, 2, 3)]
    [InlineData(-5, 2, -3)]
    [InlineData(-4, 2, -2)]
    [InlineData(-7, 3, -2)]
    [InlineData(-8, 3, -3)]
    [InlineData(8, 3, 3)]
    [InlineData(0, 3, 0)]
    public void DivHalvtBortFraNull_rounds_halves_away_from_zero_on_both_sides(long a, long c, long forventet) =>
        ((long)Heltallsregning.DivHalvtBortFraNull(a, c)).Should().Be(forventet);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_divisor_that_is_not_positive_is_refused(long c)
    {
        FluentActions.Invoking(() => Heltallsregning.MulDivNed(1, 1, c)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "c" && e.Message.StartsWith("Divisor must be positive.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Heltallsregning.MulDivOpp(1, 1, c)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "c" && e.Message.StartsWith("Divisor must be positive.", StringComparison.Ordinal));
        FluentActions.Invoking(() => Heltallsregning.DivHalvtBortFraNull(1, c)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "c" && e.Message.StartsWith("Divisor must be positive.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_percentage_is_built_from_non_negative_values_within_its_range()
    {
        FluentActions.Invoking(() => Prosent.FraHundredeler(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "hundredeler" && e.Message.Contains("[0-2147483647]"));
        FluentActions.Invoking(() => Prosent.FraHeleProsent(-1)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("prosent");
        FluentActions.Invoking(() => Prosent.FraHeleProsent((int.MaxValue / 100) + 1)).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("prosent");
        Prosent.FraHeleProsent(int.MaxValue / 100).Hundredeler.Should().Be(int.MaxValue / 100 * 100);
        Prosent.FraHundredeler(int.MaxValue).Hundredeler.Should().Be(int.MaxValue);
    }

    [Fact]
    public void A_decimal_percentage_is_accepted_up_to_int_max_hundredths_and_refused_above()
    {
        Prosent.FraDesimal(21_474_836.47m).Hundredeler.Should().Be(int.MaxValue);
        FluentActions.Invoking(() => Prosent.FraDesimal(21_474_836.48m)).Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("prosent");
        FluentActions.Invoking(() => Prosent.FraDesimal(2_147_483_648m)).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("2147483648");
        FluentActions.Invoking(() => Prosent.FraEkstern(-0.5m, "sats")).Should().Throw<UgyldigInndataException>()
            .Which.Feil.Should().Equal(new Valideringsfeil("sats", "-0.5", "UGYLDIG_RENTE", "Prosentsatsen må være ikke-negativ og ha høyst to desimaler."));
    }

    [Theory]
    [InlineData("21474836.48", "Prosentsatsen er for stor.")]
    [InlineData("-1", "Prosentsatsen kan ikke være negativ.")]
    [InlineData("1.001", "Prosentsatsen kan ha høyst to desimaler (den avrundes ikke).")]
    [InlineData("1e30", "Prosentsatsen er for stor.")]
    [InlineData("12,5", "Forventet en prosentsats med punktum som desimalskille, f.eks. 21.99.")]
    public void A_percentage_text_is_refused_with_the_reason(string tekst, string melding)
    {
        Prosent.TryFraTekst(tekst, "sats", true, out _, out var feil).Should().BeFalse();
        feil.Should().Be(new Valideringsfeil("sats", tekst, "UGYLDIG_RENTE", melding));
    }

    [Fact]
    public void Percentages_compare_with_every_operator_and_print_with_two_decimals()
    {
        var lav = Prosent.FraHundredeler(1_225);
        var hoey = Prosent.FraHundredeler(6_000);
        var likLav = Prosent.FraHundredeler(1_225);
        (lav <= hoey, hoey <= lav, lav <= likLav).Should().Be((true, false, true));
        (lav >= hoey, hoey >= lav, lav >= likLav).Should().Be((false, true, true));
        lav.ToString().Should().Be("12.25");
        Prosent.FraHundredeler(5).ToString().Should().Be("0.05");
    }

    [Fact]
    public void Datogrense_needs_a_list_to_record_in_even_for_a_valid_date() =>
        FluentActions.Invoking(() => Datogrense.Sjekk(new NodaTime.LocalDate(2025, 1, 1), "dato", null!))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("feil");

    [Fact]
    public void A_violation_reads_field_value_message_and_rule_and_a_missing_value_is_left_out()
    {
        new Valideringsfeil("skyldner.boutgift", "-1", "UGYLDIG_BELOEP", "Beløpet kan ikke være negativt.").ToString()
            .Should().Be("skyldner.boutgift = '-1': Beløpet kan ikke være negativt. [UGYLDIG_BELOEP]");
        new Valideringsfeil("beregningsdato", null, "PAAKREVD", "Feltet mangler.").ToString()
            .Should().Be("beregningsdato: Feltet mangler. [PAAKREVD]");
    }

    [Fact]
    public void An_exception_with_several_violations_lists_each_on_its_own_line_and_keeps_them_all()
    {
        var en = new Valideringsfeil("a", "1", "R1", "Første.");
        var to = new Valideringsfeil("b", null, "R2", "Andre.");
        var unntak = new UgyldigInndataException([en, to]);
        unntak.Message.Should().Be(en + Environment.NewLine + to);
        unntak.Feil.Should().Equal(en, to);
        unntak.Valideringsfeil.Should().Equal(en, to);
        new UgyldigInndataException(en).Message.Should().Be(en.ToString());
        new UtenFeilliste().Valideringsfeil.Should().BeEmpty("a null list is read as no violations");
    }

    private static long Hundredeler(string tekst) =>
        (long)(decimal.Parse(tekst, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) * 100m);

    private sealed class UtenFeilliste() : UtleggstrekkException("ingen liste", null!);
}
