using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Elan.Tests;

/// <summary>
/// Issue 18, through the library's entry point <see cref="ElanSjekk.Sjekk"/>: what ELAN JSON used to slip through or crash
/// on is refused naming its path — a lone surrogate, a duplicate key, a currency other than NOK and a year outside 1–9999
/// as read errors, an amount or rate with hidden decimals as the violation UGYLDIG_BELOEP / UGYLDIG_RENTE.
/// </summary>
public class LesekantTests
{
    private static readonly string V1 = File.ReadAllText(Felles.Data("begjaering-v1.json"));

    private static readonly string Kommune = File.ReadAllText(Felles.Data("beslutning-om-trekk-fra-kommune-v1.json"));

    private static string Bytt(string dok, string gammel, string ny)
    {
        dok.Should().Contain(gammel);
        var i = dok.IndexOf(gammel, StringComparison.Ordinal);
        return string.Concat(dok.AsSpan(0, i), ny, dok.AsSpan(i + gammel.Length));
    }

    private static Valideringsfeil Lesefeil(string json)
    {
        var handling = () => Felles.Sjekk(json);
        var feil = handling.Should().Throw<UgyldigInndataException>().Which.Feil;
        feil.Should().ContainSingle();
        return feil[0];
    }

    [Fact]
    public void The_unchanged_document_is_valid()
    {
        Felles.Sjekk(V1).ErGyldig.Should().BeTrue();
        Felles.Sjekk(Kommune).ErGyldig.Should().BeTrue();
    }

    [Theory]
    [InlineData("\"innsendersKravreferanse\": \"\\ud800\"", "kravTilInnkreving[0].innsendersKravreferanse")]
    [InlineData("\"innsendersKravreferanse\": \"A\\udfffB\"", "kravTilInnkreving[0].innsendersKravreferanse")]
    public void A_lone_surrogate_is_a_read_error_naming_its_path(string ny, string sti)
    {
        var f = Lesefeil(Bytt(V1, "\"innsendersKravreferanse\": \"00890772001\"", ny));
        (f.Felt, f.Regel).Should().Be((sti, "UGYLDIG_JSON"));
        f.Melding.Should().Contain("enslig surrogattegn");
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_a_read_error()
    {
        var f = Lesefeil(Bytt(V1, "\"innsendersKravreferanse\": \"00890772001\"", "\"innsendersKravreferanse\": \"00890772001\", \"\\udfff\": 1"));
        (f.Felt, f.Regel).Should().Be(("kravTilInnkreving[0]", "UGYLDIG_JSON"));
    }

    [Theory]
    [InlineData("1e-30", "1e-30")]
    [InlineData("12000.140000000000000000000000000001", "12000.140000000000000000000000000001")]
    [InlineData("1200014e-2", null)]
    [InlineData("12000.1400000", null)]
    public void An_amount_is_read_exactly_from_its_text(string tekst, string? avvistVerdi)
    {
        var r = Felles.Sjekk(Bytt(V1, "\"beloep\": 12000.14", "\"beloep\": " + tekst));
        if (avvistVerdi is null)
        {
            r.ErGyldig.Should().BeTrue("an exact two-decimal amount in any spelling is accepted");
            return;
        }

        r.ErGyldig.Should().BeFalse();
        r.Avvik.Should().ContainSingle(a => a.Kode == "UGYLDIG_BELOEP" && a.Sti == "kravTilInnkreving[0].gjenstaaendeBeloep.beloep" && a.Verdi == avvistVerdi);
    }

    [Fact]
    public void A_rate_is_read_exactly_from_its_text()
    {
        var r = Felles.Sjekk(Bytt(V1, "\"harForsinkelsesrente\": true", "\"harForsinkelsesrente\": false, \"avtaltRentesats\": 8.000000000000000000000000000001"));
        r.Avvik.Should().Contain(a => a.Kode == "UGYLDIG_RENTE" && a.Sti == "kravTilInnkreving[0].rentebaerendeKrav.avtaltRentesats" && a.Verdi == "8.000000000000000000000000000001");
    }

    [Fact]
    public void Year_zero_is_refused_for_a_date_and_for_a_date_time()
    {
        var f = Lesefeil(Bytt(V1, "\"begjaeringsdato\": \"2025-09-04\"", "\"begjaeringsdato\": \"0000-01-01\""));
        (f.Felt, f.Regel, f.Verdi).Should().Be(("begjaeringsdato", "UGYLDIG_DATO", "0000-01-01"));
        f.Melding.Should().Contain("1–9999");

        var k = Lesefeil(Bytt(Kommune, "\"beslutningsdato\": \"2025-09-04T12:34:56+02:00\"", "\"beslutningsdato\": \"0000-09-04T12:34:56+02:00\""));
        (k.Felt, k.Regel).Should().Be(("beslutningsdato", "UGYLDIG_DATO"));

        var forfall = Lesefeil(Bytt(V1, "\"forfallsdato\": \"2025-02-24\"", "\"forfallsdato\": \"0000-02-24\""));
        (forfall.Felt, forfall.Regel).Should().Be(("kravTilInnkreving[0].kravforfall.forfallsdato", "UGYLDIG_DATO"));
    }

    [Theory]
    [InlineData("SEK")]
    [InlineData("nok")]
    [InlineData("")]
    public void A_currency_other_than_nok_is_refused(string valuta)
    {
        var f = Lesefeil(Bytt(V1, "\"beloep\": 12000.14,\n        \"valuta\": \"NOK\"", "\"beloep\": 12000.14,\n        \"valuta\": \"" + valuta + "\""));
        (f.Felt, f.Regel, f.Verdi).Should().Be(("kravTilInnkreving[0].gjenstaaendeBeloep.valuta", "UGYLDIG_VALUTA", valuta));
        f.Melding.Should().Contain("NOK");
    }

    [Fact]
    public void A_duplicate_key_is_refused_instead_of_keeping_the_last_value()
    {
        var f = Lesefeil(Bytt(V1, "\"beloep\": 12000.14,", "\"beloep\": 12000.14, \"beloep\": 1,"));
        (f.Felt, f.Regel).Should().Be(("kravTilInnkreving[0].gjenstaaendeBeloep.beloep", "DUPLIKAT_FELT"));
        f.Melding.Should().Contain("mer enn én gang");
    }
}
