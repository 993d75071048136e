using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Json.Tests;

/// <summary>
/// Issue 18: the public result types that threw <see cref="NotSupportedException"/> with <see cref="UtleggstrekkJson.Options"/>
/// (<see cref="Innsynssvar"/>, <see cref="Trekk"/>, <see cref="KravFramskriving"/>[]) now serialize; and the plain projection
/// call returns each claim's payoff month as a date. That each serializes to what the command line prints is tested in
/// Utleggstrekk.Cli.Tests (JsonLikBiblioteketTests).
/// </summary>
public class OffentligeTyperJsonTests
{
    private static readonly Engine.Satser.Satsgrunnlag Satser = SatserLaster.LastInnebygde();

    private static Trekk LesTrekk(string eksempel) => TrekkJson.LesTrekk(File.ReadAllText(Repo.Eksempel(eksempel)));

    public static TheoryData<string> TrekkFiler() =>
    [
        "trekk-blandet.json", "trekk-innsyn.json", "trekk-innsyn-samordnet.json", "trekk-innsyn-avsluttet.json", "trekk-framskriv.json",
        "trekk-framskriv-trekkperiode.json", "trekk-renter-klasse-b.json", "trekk-bidragsgjeld-renter.json", "trekk-samordnet-bidrag.json",
    ];

    [Theory]
    [MemberData(nameof(TrekkFiler))]
    public void A_Trekk_serializes_to_TREKK_json_that_reads_back_to_the_same_trekk(string eksempel)
    {
        var trekk = LesTrekk(eksempel);
        var json = JsonSerializer.Serialize(trekk, UtleggstrekkJson.Options);

        var tilbake = TrekkJson.LesTrekk(json);
        JsonSerializer.Serialize(tilbake, UtleggstrekkJson.Options).Should().Be(json, "the round trip is stable");
        tilbake.Krav.Should().Equal(trekk.Krav);
        tilbake.Parter.Should().Equal(trekk.Parter);
        tilbake.Trekkpaalegg.Should().Equal(trekk.Trekkpaalegg);
        tilbake.Mottatt.Should().Equal(trekk.Mottatt);
        tilbake.TrekkperiodeSlutt.Should().Equal(trekk.TrekkperiodeSlutt);
        (tilbake.Status, tilbake.Regel).Should().Be((trekk.Status, trekk.Regel));

        // The options read it back too, through the same validation.
        JsonSerializer.Deserialize<Trekk>(json, UtleggstrekkJson.Options)!.Krav.Should().Equal(trekk.Krav);
    }

    [Fact]
    public void A_Trekk_is_written_with_two_decimals_in_every_amount_and_percent()
    {
        // Issue 21: TrekkDokument is the one TREKK.json writer (also of elan sjekk --krav-ut), and amounts and percents
        // have two decimals as in every written document (docs/cli.md), whatever the input wrote.
        var trekk = TrekkJson.LesTrekk("""
            { "krav": [
              { "id": "A", "artsprioritet": "a", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "loependeBidrag", "maanedligBeloep": 3000 },
              { "id": "C", "artsprioritet": "e", "tidsprioritet": "2024-05-01", "sak": "S2", "kravtype": "hovedstol", "gjenstaaende": 1400,
                "paaloeptRente": 12.5, "rentevilkaar": { "type": "avtalt", "avtaltSats": 8.5, "renteFra": "2024-05-01" } } ],
              "trekkpaalegg": [ { "trekkpliktig": "923609016", "fra": "2025-01-01", "til": "2025-07-01", "beloep": 5000 },
                                { "trekkpliktig": "923609016", "fra": "2025-07-01", "prosent": 10 } ],
              "mottatt": [ { "dato": "2025-02-01", "beloep": 250.1 } ] }
            """);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(trekk, UtleggstrekkJson.Options));
        var rot = json.RootElement;
        var krav = rot.GetProperty("krav");
        krav[0].GetProperty("maanedligBeloep").GetRawText().Should().Be("3000.00");
        krav[1].GetProperty("gjenstaaende").GetRawText().Should().Be("1400.00");
        krav[1].GetProperty("paaloeptRente").GetRawText().Should().Be("12.50");
        krav[1].GetProperty("rentevilkaar").GetProperty("avtaltSats").GetRawText().Should().Be("8.50");
        rot.GetProperty("trekkpaalegg")[0].GetProperty("beloep").GetRawText().Should().Be("5000.00");
        rot.GetProperty("trekkpaalegg")[1].GetProperty("prosent").GetRawText().Should().Be("10.00");
        rot.GetProperty("mottatt")[0].GetProperty("beloep").GetRawText().Should().Be("250.10");
    }

    [Fact]
    public void Reading_a_bad_Trekk_through_the_options_names_the_field()
    {
        var handling = () => JsonSerializer.Deserialize<Trekk>("""{"krav": [{"id": "A", "artsprioritet": "x", "tidsprioritet": "2024-01-01", "sak": "S", "kravtype": "hovedstol"}]}""", UtleggstrekkJson.Options);
        handling.Should().Throw<UgyldigInndataException>().Which.Feil.Should().Contain(f => f.Felt == "krav[0].artsprioritet");
    }

    [Fact]
    public void KravFramskriving_and_month_arrays_serialize_field_by_field_with_amounts_in_kroner()
    {
        var trekk = LesTrekk("trekk-framskriv.json");
        var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, new LocalDate(2025, 1, 1), 4, Satser.Forsinkelsesrente);
        var krav = new KravFramskriving[grunnlag.AntallKrav];
        var maaneder = new Framskrivingsmaaned[4];
        Framskriver.Framskriv(grunnlag, null, new Framskrivingsbuffer(grunnlag), krav, maaneder, []);

        using var k = JsonDocument.Parse(JsonSerializer.Serialize(krav, UtleggstrekkJson.Options));
        k.RootElement.GetArrayLength().Should().Be(krav.Length);
        var x = k.RootElement[0];
        x.GetProperty("innfriddMaaned").GetInt32().Should().Be(krav[0].InnfriddMaaned);
        x.GetProperty("mottatt").GetDecimal().Should().Be(krav[0].Mottatt.Kroner);
        x.GetProperty("renter").GetRawText().Should().Be(krav[0].Renter.ToString(), "amounts are written with two decimals");

        using var m = JsonDocument.Parse(JsonSerializer.Serialize(maaneder, UtleggstrekkJson.Options));
        m.RootElement[3].GetProperty("fra").GetString().Should().Be("2025-04-01");
        m.RootElement[3].GetProperty("overskudd").GetDecimal().Should().Be(maaneder[3].Overskudd.Kroner);
    }

    [Fact]
    public void The_plain_projection_with_a_what_if_amount_and_a_short_horizon_leaves_the_date_empty()
    {
        var trekk = LesTrekk("trekk-framskriv.json");
        var svar = Framskriver.Framskriv(trekk, new LocalDate(2025, 1, 1), 2, Satser.Forsinkelsesrente, fastBeloep: Beloep.FraDesimal(100m));
        svar.Should().ContainSingle().Which.Innfridd.Should().BeNull();
        svar[0].Mottatt.Should().Be(Beloep.FraDesimal(200m));
        FluentActions.Invoking(() => Framskriver.Framskriv(trekk, new LocalDate(2025, 1, 1), 0, Satser.Forsinkelsesrente))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().Contain(f => f.Felt == "maaneder");
        JsonSerializer.Serialize(svar[0], UtleggstrekkJson.Options).Should().Contain("\"innfridd\": null");
        JsonSerializer.Serialize(ImmutableArray<Kravinnfrielse>.Empty, UtleggstrekkJson.Options).Should().Be("[]");
    }

    [Theory]
    [InlineData("2025-07-01", true)]
    [InlineData("2026-01-01", false)]
    public void A_start_figure_with_interest_stipulated_at_a_derived_rate_is_flagged_in_every_projection_document(string renteFra, bool avledet)
    {
        // Interest from renteFra stipulated to 2026-03-01: from 2025-07-01 it runs over the derived half-year (12.25 %,
        // kildegrad avledet); from 2026-01-01 only over the 12.00 % row. The months (March, April) are not derived.
        var trekk = TrekkJson.LesTrekk($$"""
            { "krav": [ { "id": "F", "artsprioritet": "f", "tidsprioritet": "2024-10-01", "sak": "S1", "kravtype": "hovedstol",
              "gjenstaaende": 10000, "rentevilkaar": { "type": "forsinkelsesrente", "renteFra": "{{renteFra}}" } } ] }
            """);
        var fra = new LocalDate(2026, 3, 1);
        var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, fra, 2, Satser.Forsinkelsesrente);
        var krav = new KravFramskriving[1];
        var maaneder = new Framskrivingsmaaned[2];
        Framskriver.Framskriv(grunnlag, Beloep.FraKroner(1_000), new Framskrivingsbuffer(grunnlag), krav, maaneder, []);

        var dokument = FramskrivUtdata.Fra(grunnlag, krav, maaneder, null);
        (dokument.NoeAvledet, dokument.NoeAntatt).Should().Be((avledet, false), "the start alone decides the note here");
        using var utdata = JsonDocument.Parse(JsonSerializer.Serialize(dokument, UtleggstrekkJson.Options));
        utdata.RootElement.TryGetProperty("noeAvledet", out _).Should().BeFalse("the summary is not written; its flags are");
        var k = utdata.RootElement.GetProperty("krav")[0];
        k.GetProperty("startAvledet").GetBoolean().Should().Be(avledet);
        k.GetProperty("start").GetDecimal().Should().Be(krav[0].Start.Kroner).And.BeGreaterThan(10_000m, "the figure the flag describes: 10 000 plus stipulated interest");
        k.GetProperty("startAntatt").GetBoolean().Should().BeFalse("false is written, as a month's antatt is");
        utdata.RootElement.GetProperty("maaneder").EnumerateArray().Should().OnlyContain(m => !m.GetProperty("avledet").GetBoolean());

        using var struktur = JsonDocument.Parse(JsonSerializer.Serialize(krav, UtleggstrekkJson.Options));
        struktur.RootElement[0].GetProperty("startAvledet").GetBoolean().Should().Be(avledet);

        var enkel = Framskriver.Framskriv(trekk, fra, 2, Satser.Forsinkelsesrente, fastBeloep: Beloep.FraKroner(1_000));
        using var innfrielse = JsonDocument.Parse(JsonSerializer.Serialize(enkel[0], UtleggstrekkJson.Options));
        innfrielse.RootElement.GetProperty("startAvledet").GetBoolean().Should().Be(avledet);
        innfrielse.RootElement.GetProperty("start").GetDecimal().Should().Be(enkel[0].Start.Kroner).And.Be(krav[0].Start.Kroner);
        innfrielse.RootElement.GetProperty("startAntatt").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Organisasjonsnummer_reads_without_a_field_name_and_names_a_default_field_when_refused()
    {
        Organisasjonsnummer.Les("998870003").ToString().Should().Be("998870003");
        FluentActions.Invoking(() => Organisasjonsnummer.Les("998870004"))
            .Should().Throw<UgyldigInndataException>().Which.Feil.Should().ContainSingle(f => f.Felt == "organisasjonsnummer" && f.Regel == "UGYLDIG_ORGNR" && f.Verdi == "998870004");
    }
}
