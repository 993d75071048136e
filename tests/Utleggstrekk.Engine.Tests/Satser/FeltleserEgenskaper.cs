using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Tests.Satser;

/// <summary>Properties of the field parsers on generated text, under a culture that writes decimals with a comma.</summary>
public partial class FeltleserEgenskaper
{
    private static readonly Arbitrary<string> Tallstrenger =
        Gen.Choose(0, 9)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements("00112233445566778899.-, e".ToCharArray()), n))
            .Select(tegn => new string(tegn))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property A_number_is_accepted_exactly_when_it_is_positive_digits_with_at_most_two_decimals() =>
        Prop.ForAll(Tallstrenger, tekst => MedNorskKultur(() =>
        {
            // Oracle: a plain regular expression plus decimal.TryParse with the invariant culture.
            var forventet = GyldigTall().IsMatch(tekst)
                && decimal.TryParse(tekst, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v > 0;
            var feil = new Feilsamler();
            var ok = new Feltleser("x.csv", feil).LesPositivtTall(new Rad(2, [tekst]), 1, "verdi", out var lest);
            return ok == forventet
                && feil.Antall == (ok ? 0 : 1)
                && (!ok || lest == decimal.Parse(tekst, CultureInfo.InvariantCulture));
        }));

    [Property(MaxTest = 1000)]
    public bool An_amount_written_invariantly_reads_back_to_the_same_oere(PositiveInt kroner, byte oere) => MedNorskKultur(() =>
    {
        var forventetOere = (kroner.Get * 100L) + (oere % 100);
        var tekst = (forventetOere / 100m).ToString("0.##", CultureInfo.InvariantCulture);
        var ok = new Feltleser("x.csv", new Feilsamler()).LesBeloep(new Rad(2, [tekst]), 1, "beloep", out var beloep);
        return ok && beloep.Oere == forventetOere;
    });

    [Property(MaxTest = 1000)]
    public bool Every_date_in_range_reads_back_from_iso_text(int dag)
    {
        var dato = new LocalDate(1, 1, 1).PlusDays(Math.Abs(dag % 3_652_000));
        var tekst = dato.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var ok = new Feltleser("x.csv", new Feilsamler()).LesDato(new Rad(2, [tekst]), 1, "gyldig_fra", out var lest);
        return ok && lest == dato;
    }

    [Theory]
    [InlineData("2024-7-01")]
    [InlineData("2024-07-1")]
    [InlineData("24-07-01")]
    [InlineData("2024-02-30")]
    [InlineData("2024/07/01")]
    [InlineData("01.07.2024")]
    [InlineData(" 2024-07-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("+2024-07-01")]
    public void Other_date_forms_are_refused(string tekst)
    {
        var feil = new Feilsamler();
        new Feltleser("x.csv", feil).LesDato(new Rad(7, [tekst]), 1, "gyldig_fra", out _).Should().BeFalse();
        feil.Sortert().Should().ContainSingle().Which.Should().Be(
            new SatserFeil("x.csv", 7, 1, Satserfeilkoder.UgyldigDato, $"gyldig_fra '{tekst}' er ikke en gyldig dato på formen åååå-MM-dd (år 0001–9998)."));
    }

    private static T MedNorskKultur<T>(Func<T> handling)
    {
        var foer = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
            return handling();
        }
        finally
        {
            CultureInfo.CurrentCulture = foer;
        }
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex GyldigTall();
}
