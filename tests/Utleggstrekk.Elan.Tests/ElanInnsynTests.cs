using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Utleggstrekk.Json;

namespace Utleggstrekk.Elan.Tests;

/// <summary>
/// ELAN → TREKK.json keeps what innsyn needs (issue 16 point 4): the document's saksøker and prosessfullmektig on
/// every krav, the assumed tidsprioritet, a kommune beslutningsdato as the date in Norway and
/// <c>prioritetISakFremtidigRentekrav</c> as <c>rentevilkaar.prioritetISak</c>.
/// </summary>
public class ElanInnsynTests
{
    /// <summary>A valid organisation number (MOD11) that is no party of any example.</summary>
    private const string Fremmed = "923609016";

    /// <summary>Every example with krav that <c>--krav-ut</c> writes (the v0.9 example has violations, so nothing is written).</summary>
    public static TheoryData<string> EksemplerMedKrav => new(Rundtur);

    private static readonly string[] Rundtur = ["begjaering-v1.json", "beslutning-om-trekk-fra-kommune-v1.json"];

    [Fact]
    public void The_examples_with_krav_and_no_violations_are_exactly_the_round_trip_ones()
    {
        var gyldigeMedKrav = Felles.Eksempler
            .Where(f => Felles.Sjekk(File.ReadAllText(f)) is { ErGyldig: true, Krav.Length: > 0 })
            .Select(Path.GetFileName);
        gyldigeMedKrav.Should().BeEquivalentTo(Rundtur);
    }

    [Theory]
    [MemberData(nameof(EksemplerMedKrav))]
    public void Innsyn_answers_the_documents_saksoeker_and_prosessfullmektig_and_refuses_anyone_else(string eksempel)
    {
        // The parties as the ELAN document states them, read here independently of the importer.
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data(eksempel)))!;
        var saksoeker = (string)dok["saksoeker"]![0]!["saksoeker"]!["virksomhet"]!["identifikator"]!["taxIdentificationNumber"]!;
        var part = dok["saksoeker"]![0]!;
        var fullmektig = (string)(part["saksoekersProsessfullmektig"] ?? part["innsender"]!["innsendersProsessfullmektig"])!["prosessfullmektig"]!["virksomhet"]!["identifikator"]!["taxIdentificationNumber"]!;

        var trekk = Path.Combine(Path.GetTempPath(), "elan-innsyn-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var sjekk = Felles.Kjoer("elan", "sjekk", Felles.Data(eksempel), "--krav-ut", trekk);
            sjekk.Kode.Should().Be(0, sjekk.Feil);
            var ider = JsonNode.Parse(File.ReadAllText(trekk))!["krav"]!.AsArray().Select(k => (string)k!["id"]!).ToList();
            ider.Should().NotBeEmpty();
            foreach (var id in ider)
            {
                foreach (var som in new[] { saksoeker, fullmektig })
                {
                    var svar = Felles.Kjoer("innsyn", trekk, "--som", som, "--krav", id, "--dato", "2025-10-01", "--json");
                    svar.Kode.Should().Be(0, som + " / " + id + ": " + svar.Feil);
                    using var json = JsonDocument.Parse(svar.Ut);
                    json.RootElement.TryGetProperty("kravMedSammePrioritet", out _).Should().BeTrue();
                }

                var avslag = Felles.Kjoer("innsyn", trekk, "--som", Fremmed, "--krav", id, "--dato", "2025-10-01");
                avslag.Kode.Should().Be(2);
                avslag.Ut.Should().BeEmpty();
                avslag.Feil.Should().Contain("INNSYN_IKKE_PART").And.Contain(Fremmed);
            }
        }
        finally
        {
            File.Delete(trekk);
        }
    }

    [Theory]
    [MemberData(nameof(EksemplerMedKrav))]
    public void The_assumed_tidsprioritet_is_marked_and_read_back_and_a_given_one_is_not(string eksempel)
    {
        var antatt = Path.Combine(Path.GetTempPath(), "elan-antatt-" + Guid.NewGuid().ToString("N") + ".json");
        var gitt = Path.Combine(Path.GetTempPath(), "elan-gitt-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            Felles.Kjoer("elan", "sjekk", Felles.Data(eksempel), "--krav-ut", antatt).Kode.Should().Be(0);
            Felles.Kjoer("elan", "sjekk", Felles.Data(eksempel), "--krav-ut", gitt, "--tidsprioritet", "2025-10-15").Kode.Should().Be(0);

            var les = TrekkJson.LesTrekk(File.ReadAllText(antatt));
            les.Krav.Should().OnlyContain(k => k.TidsprioritetAntatt);
            TrekkJson.LesTrekk(File.ReadAllText(gitt)).Krav.Should().OnlyContain(k => !k.TidsprioritetAntatt && k.Tidsprioritet == new LocalDate(2025, 10, 15));

            // Written back by the TREKK.json writer: the mark survives a read–write–read round trip.
            var tilbake = JsonSerializer.Serialize(TrekkDokument.Fra(les), UtleggstrekkJsonContext.Default.TrekkDokument);
            JsonNode.Parse(tilbake)!["krav"]!.AsArray().Should().OnlyContain(k => k!["tidsprioritetAntatt"]!.GetValue<bool>());
            TrekkJson.LesTrekk(tilbake).Krav.Should().OnlyContain(k => k.TidsprioritetAntatt);
        }
        finally
        {
            File.Delete(antatt);
            File.Delete(gitt);
        }
    }

    [Theory]
    [MemberData(nameof(EksemplerMedKrav))]
    public void The_krav_ut_file_reads_back_to_the_imported_krav_and_is_what_the_TREKK_json_writer_writes(string eksempel)
    {
        // Issue 21: TREKK.json has one writer (TrekkDokument); --krav-ut is that writer over Elanresultat.TilTrekk().
        var fil = Path.Combine(Path.GetTempPath(), "elan-kravut-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            Felles.Kjoer("elan", "sjekk", Felles.Data(eksempel), "--krav-ut", fil).Kode.Should().Be(0);
            var skrevet = File.ReadAllText(fil);
            var importert = Felles.Sjekk(File.ReadAllText(Felles.Data(eksempel)));

            var lest = TrekkJson.LesTrekk(skrevet);
            lest.Krav.Should().Equal(importert.Krav);
            lest.Parter.Should().HaveCount(importert.Krav.Length).And.OnlyContain(p =>
                p.Saksoeker.ToString() == importert.Saksoeker && p.Prosessfullmektig.ToString() == importert.Prosessfullmektig);
            JsonSkriver.Skriv(TrekkDokument.Fra(lest), UtleggstrekkJsonContext.Utdata.TrekkDokument).Should().Be(skrevet);
            JsonSkriver.Skriv(TrekkDokument.Fra(importert.TilTrekk()), UtleggstrekkJsonContext.Utdata.TrekkDokument).Should().Be(skrevet);
        }
        finally
        {
            File.Delete(fil);
        }
    }

    [Fact]
    public void A_saksoeker_that_is_no_valid_organisation_number_is_left_out_so_the_file_still_reads()
    {
        // Nine digits with a wrong MOD11 check digit: the copy that wrote TREKK.json before issue 21 wrote it, and the
        // TREKK.json reader then refused the whole file (UGYLDIG_ORGNR). The prosessfullmektig is still written.
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data("begjaering-v1.json")))!;
        dok["saksoeker"]![0]!["saksoeker"]!["virksomhet"]!["identifikator"]!["taxIdentificationNumber"] = "311758480";
        var r = Felles.Sjekk(dok);
        r.ErGyldig.Should().BeTrue();
        r.Saksoeker.Should().Be("311758480");

        var lest = TrekkJson.LesTrekk(JsonSkriver.Skriv(TrekkDokument.Fra(r.TilTrekk()), UtleggstrekkJsonContext.Utdata.TrekkDokument));
        lest.Parter.Should().OnlyContain(p => p.Saksoeker == null && p.Prosessfullmektig.ToString() == "310288837");
    }

    [Theory]
    [InlineData("2025-03-31T23:30:00Z", 2025, 4, 1)] // 01:30 CEST on 1 April: the offset's own date is 31 March.
    [InlineData("2025-01-31T23:30:00Z", 2025, 2, 1)] // winter (CET, +01:00): 00:30 on 1 February.
    [InlineData("2025-09-04T01:00:00+05:00", 2025, 9, 3)] // 22:00 CEST on 3 September: back across midnight.
    [InlineData("2025-09-04T12:34:56+02:00", 2025, 9, 4)] // given in Norwegian time already.
    [InlineData("2025-10-25T22:30:00Z", 2025, 10, 26)] // 00:30 CEST on the night summer time ends.
    [InlineData("2025-10-26T22:59:59Z", 2025, 10, 26)] // 23:59:59 CET after the change.
    public void A_kommune_beslutningsdato_with_an_offset_becomes_the_date_in_Oslo(string beslutningsdato, int aar, int maaned, int dag)
    {
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data("beslutning-om-trekk-fra-kommune-v1.json")))!;
        dok["beslutningsdato"] = beslutningsdato;
        var r = Felles.Sjekk(dok);
        var forventet = new LocalDate(aar, maaned, dag);
        r.Tidsprioritet.Should().Be(forventet);
        r.Krav.Should().OnlyContain(k => k.Tidsprioritet == forventet && k.TidsprioritetAntatt);
        r.Informasjon.Should().Contain(i => i.Kode == "TIDSPRIORITET_ANTATT" && i.Melding.Contains(forventet.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", 7)]
    [InlineData("beslutning-om-trekk-fra-kommune-v1.json", 1)]
    [InlineData("begjaering-v1.json", 99)]
    public void PrioritetISakFremtidigRentekrav_becomes_rentevilkaar_prioritetISak(string eksempel, int prioritet)
    {
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data(eksempel)))!;
        dok["kravTilInnkreving"]![0]!["rentebaerendeKrav"]!["prioritetISakFremtidigRentekrav"] = prioritet;
        var r = Felles.Sjekk(dok);
        r.ErGyldig.Should().BeTrue();
        r.Krav[0].RentePrioritetISak.Should().Be(prioritet);
        r.Krav.Skip(1).Should().OnlyContain(k => k.RentePrioritetISak == null, "only the interest-bearing principal has an interest part");

        var trekkJson = JsonSerializer.Serialize(TrekkDokument.Fra(r.TilTrekk()), UtleggstrekkJsonContext.Utdata.TrekkDokument);
        JsonNode.Parse(trekkJson)!["krav"]![0]!["rentevilkaar"]!["prioritetISak"]!.GetValue<int>().Should().Be(prioritet);
        TrekkJson.LesTrekk(trekkJson).Krav[0].RentePrioritetISak.Should().Be(prioritet);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void PrioritetISakFremtidigRentekrav_outside_1_to_99_is_refused_naming_the_field(int prioritet)
    {
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data("beslutning-om-trekk-fra-kommune-v1.json")))!;
        dok["kravTilInnkreving"]![0]!["rentebaerendeKrav"]!["prioritetISakFremtidigRentekrav"] = prioritet;
        var fil = Felles.Midlertidig(dok.ToJsonString());
        var (kode, _, feil) = Felles.Kjoer("elan", "sjekk", fil);
        kode.Should().Be(2);
        feil.Should().Contain("kravTilInnkreving[0].rentebaerendeKrav.prioritetISakFremtidigRentekrav").And.Contain("UGYLDIG_PRIORITET_I_SAK");
    }

    [Fact]
    public void The_saksoektes_prosessfullmektig_is_never_written_as_the_krav_prosessfullmektig()
    {
        var dok = JsonNode.Parse(File.ReadAllText(Felles.Data("beslutning-om-trekk-fra-kommune-v1.json")))!;
        dok["saksoeker"]![0]!.AsObject().Remove("innsender");
        dok["saksoekt"]!["saksoektesProsessfullmektig"] = JsonNode.Parse("""{"prosessfullmektig":{"virksomhet":{"navn":"X","identifikator":{"taxIdentificationNumber":"923609016","landkodeIdentifikator":"NO"}}}}""");
        var r = Felles.Sjekk(dok);
        r.Saksoeker.Should().Be("311758489");
        r.Prosessfullmektig.Should().BeNull();
        var trekkJson = JsonSerializer.Serialize(TrekkDokument.Fra(r.TilTrekk()), UtleggstrekkJsonContext.Utdata.TrekkDokument);
        trekkJson.Should().NotContain("923609016").And.NotContain("prosessfullmektig");
    }

    [Fact]
    public void The_worked_round_trip_in_docs_gives_the_hand_worked_figures()
    {
        // docs/eksempler/elan/rundtur.md: 12 000.14 x 12.25 % x 9/365 = 36.25 stipulated, so 12 036.39; (a) the
        // rentekrav 232.24 (prioritetISak 2 before 3); (b) the kostnader 1 400 (tied at prioritetISak 3).
        var eksempel = DocsEksempel();
        var trekk = Path.Combine(Path.GetTempPath(), "elan-rundtur-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            Felles.Kjoer("elan", "sjekk", eksempel, "--krav-ut", trekk).Kode.Should().Be(0);
            var svar = Felles.Kjoer("innsyn", trekk, "--som", "311758489", "--krav", "00890772001", "--dato", "2025-10-01", "--json");
            svar.Kode.Should().Be(0, svar.Feil);
            var rot = JsonDocument.Parse(svar.Ut).RootElement;
            rot.GetProperty("kravMedHoeyerePrioritet").GetProperty("sumGjenstaaendeBeloep").GetDecimal().Should().Be(232.24m);
            var b = rot.GetProperty("kravMedSammePrioritet");
            b.GetProperty("sumGjenstaaendeBeloep").GetDecimal().Should().Be(1400m);
            b.GetProperty("kravetsDividendegrunnlag").GetDecimal().Should().Be(12_000.14m + decimal.Round(12_000.14m * 0.1225m * 9m / 365m, 2));
            Felles.Kjoer("innsyn", trekk, "--som", "310288837", "--krav", "00890772001", "--dato", "2025-10-01", "--json").Ut.Should().Be(svar.Ut);
            Felles.Kjoer("innsyn", trekk, "--som", Fremmed, "--krav", "00890772001", "--dato", "2025-10-01").Feil.Should().Contain("INNSYN_IKKE_PART");
        }
        finally
        {
            File.Delete(trekk);
        }
    }

    private static string DocsEksempel() => Repo.Eksempel(Path.Combine("elan", "utleggsbegjaering-v1.json"));
}
