using System.Text;
using Utleggstrekk.Satser.Csv;
using Utleggstrekk.Tests.Satser;

namespace Utleggstrekk.Tests.Haerding;

/// <summary>
/// Bad CSV in a satser table is reported at its exact line and column (the field's number), alone (no follow-on
/// errors), quoting at most the offending field; the encoding policy is UTF-8 only (a UTF-8 byte order mark is
/// tolerated, UTF-16 is refused).
/// </summary>
public class SatserCsvPosisjonTests
{
    private const string R = "rettsgebyr.csv";

    private static SatserFeil EnesteFeil(Satskatalog k)
    {
        k.OppdaterManifest();
        var feil = SatserLaster.Valider(k.Sti);
        FluentActions.Invoking(() => SatserLaster.LastFraKatalog(k.Sti)).Should().Throw<SatserException>();
        return feil.Should().ContainSingle("one error, no follow-on errors: {0}", string.Join(" | ", feil)).Which;
    }

    [Fact]
    public void A_stray_quote_inside_a_field_is_reported_at_that_field()
    {
        using var k = new Satskatalog();
        k.ErstattLinje(R, 3, "2016-01-01,2016-12-31,10\"25,lov 18.12.2015 nr 125");
        var f = EnesteFeil(k);
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 3, 3, Satserfeilkoder.UgyldigCsv));
        f.Melding.Should().Contain("«10\"25»").And.NotContain("lov 18.12");
    }

    [Fact]
    public void A_long_field_is_quoted_cut_to_40_characters_with_the_common_mark()
    {
        // Issue 21: the CSV quote is cut by Inndatatekst.Kort, at 40 (docs/satser.md) instead of the others' 60.
        using var k = new Satskatalog();
        var felt = "10\"" + new string('7', 60);
        k.ErstattLinje(R, 3, "2016-01-01,2016-12-31," + felt + ",lov 18.12.2015 nr 125");
        var f = EnesteFeil(k);
        (f.Linje, f.Kolonne, f.Regel).Should().Be((3, 3, Satserfeilkoder.UgyldigCsv));
        f.Melding.Should().Contain("«" + felt[..37] + "...»");
    }

    [Fact]
    public void An_unterminated_quote_is_reported_where_it_opens_quoting_only_its_first_line()
    {
        using var k = new Satskatalog();
        k.ErstattLinje(R, 2, "2015-01-01,2015-12-31,860,\"rettsgebyrloven § 1");
        var f = EnesteFeil(k);
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 2, 4, Satserfeilkoder.UgyldigCsv));
        f.Melding.Should().Contain("«\"rettsgebyrloven § 1").And.NotContain("2016-01-01");
        f.Melding.Length.Should().BeLessThan(160);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_at_that_field()
    {
        using var k = new Satskatalog();
        k.ErstattLinje(R, 4, "2017-01-01,2017-12-31,1049,\"lovdata\" note");
        var f = EnesteFeil(k);
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 4, 4, Satserfeilkoder.UgyldigCsv));
    }

    [Fact]
    public void A_quoted_field_with_doubled_quotes_commas_and_line_breaks_is_valid()
    {
        using var k = new Satskatalog();
        k.ErstattLinje(R, 3, "2016-01-01,2016-12-31,1025,\"lov \"\"18.12.2015\"\", nr 125\nProp. 10 L\",kunngjort");
        k.OppdaterManifest();
        SatserLaster.Valider(k.Sti).Should().BeEmpty();
        SatserLaster.LastFraKatalog(k.Sti).Rettsgebyr.Perioder[1].Verdi.Kilde.Should().Be("lov \"18.12.2015\", nr 125\nProp. 10 L");
    }

    [Fact]
    public void A_utf16_file_is_refused_at_line_1()
    {
        using var k = new Satskatalog();
        var tekst = k.Les(R);
        File.WriteAllBytes(Path.Combine(k.Sti, R), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(tekst)]);
        var f = EnesteFeil(k);
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 1, 1, Satserfeilkoder.UgyldigCsv));
        f.Melding.Should().Contain("UTF-16");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_tolerated()
    {
        using var k = new Satskatalog();
        var tekst = k.Les(R);
        File.WriteAllBytes(Path.Combine(k.Sti, R), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(tekst)]);
        k.OppdaterManifest();
        SatserLaster.Valider(k.Sti).Should().BeEmpty();
    }

    [Fact]
    public void An_invalid_utf8_byte_is_reported_at_its_line_and_field()
    {
        using var k = new Satskatalog();
        var linjer = k.Linjer(R);
        var foer = Encoding.UTF8.GetBytes(string.Join('\n', linjer.Take(2)) + "\n2016-01-01,2016-12-31,1025,lov ");
        var etter = Encoding.UTF8.GetBytes("18.12.2015\n" + string.Join('\n', linjer.Skip(3)) + "\n");
        File.WriteAllBytes(Path.Combine(k.Sti, R), [.. foer, 0xFF, .. etter]);
        var f = EnesteFeil(k);
        (f.Fil, f.Linje, f.Kolonne, f.Regel).Should().Be((R, 3, 4, Satserfeilkoder.UgyldigCsv));
        f.Melding.Should().Contain("0xFF");
    }
}
