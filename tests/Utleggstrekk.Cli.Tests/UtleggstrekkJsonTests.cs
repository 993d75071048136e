using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// The public mapping: serializing an engine result in code with <see cref="UtleggstrekkJson.Options"/> gives exactly
/// what the command line's <c>--json</c> prints for the same input (one test per result type).
/// </summary>
public class UtleggstrekkJsonTests
{
    private static readonly Engine.Satser.Satsgrunnlag Satser = SatserLaster.LastInnebygde();

    public static TheoryData<string> Saker() =>
    [
        "enslig-spec-eksempel.json", "ingen-trekkevne.json", "naering-skjematisk.json", "par-partner-lav-inntekt.json",
        "par-tre-barn-to-samvaersbarn.json", "tak60.json", "tak80-utvidet.json",
    ];

    [Theory]
    [MemberData(nameof(Saker))]
    public void A_Trekkresultat_serializes_to_the_beregn_json_of_the_cli(string fil)
    {
        var sti = CliKjoering.Eksempel(fil);
        var inndata = SakJson.Les(File.ReadAllText(sti));
        var resultat = Trekkberegner.Beregn(inndata.Sak, Satser, inndata.Valg);

        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", sti, "--json");

        kode.Should().Be(0, feil);
        (JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options) + "\n").Should().Be(ut);
    }

    [Fact]
    public void A_Trekkresultat_with_trace_and_pay_period_matches_the_cli_through_the_public_document()
    {
        var sti = CliKjoering.Eksempel("par-tre-barn-to-samvaersbarn.json");
        var inndata = SakJson.Les(File.ReadAllText(sti));
        var (resultat, forklaring) = Trekkberegner.Forklar(inndata.Sak, Satser, inndata.Valg);

        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", sti, "--json", "--forklar", "--loennsperiode", "uke");

        kode.Should().Be(0, feil);
        JsonSkriver.Skriv(BeregnUtdata.Av(resultat, Loennsperiode.Uke, forklaring)).Should().Be(ut);
        ut.Should().Contain("\"forklaring\"").And.Contain("\"loennsperiode\"");
    }

    [Theory]
    [InlineData("tidsprioritet", "7000")]
    [InlineData("samordnet", "7000")]
    [InlineData("tidsprioritet", "60000")]
    public void A_Fordelingsresultat_serializes_to_the_fordel_json_of_the_cli(string regel, string beloep)
    {
        var sti = CliKjoering.Eksempel("trekk-blandet.json");
        var krav = TrekkJson.Les(File.ReadAllText(sti));
        var resultat = Fordeler.Fordel(krav.AsSpan(), Beloep.FraDesimal(decimal.Parse(beloep, CultureInfo.InvariantCulture)), Koder.Fordelingsregler.TryFinn(regel, out var r) ? r : throw new InvalidOperationException());

        var (kode, ut, feil) = CliKjoering.Kjoer("fordel", sti, "--beloep", beloep, "--regel", regel, "--json");

        kode.Should().Be(0, feil);
        (JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options) + "\n").Should().Be(ut);
    }

    [Theory]
    [InlineData("ordinaer", "2025-03-01", null)]
    [InlineData("bidrag", "2025-03-01", null)]
    [InlineData("skatt", "2025-03-01", "2023")]
    public void A_Trekkperiodesvar_serializes_to_the_trekkperiode_json_of_the_cli(string kategori, string dato, string? inntektsaar)
    {
        Koder.Kravkategorier.TryFinn(kategori, out var k).Should().BeTrue();
        var svar = TrekkperiodeBeregner.Beregn(new TrekkperiodeForespoersel(
            k, Datoformat.Iso.Parse(dato).Value, inntektsaar is null ? null : int.Parse(inntektsaar, CultureInfo.InvariantCulture), null, false, null));
        string[] args = ["trekkperiode", "--kravtype", kategori, "--beslutningsdato", dato, "--json"];
        if (inntektsaar is not null)
        {
            args = [.. args, "--inntektsaar", inntektsaar];
        }

        var (kode, ut, feil) = CliKjoering.Kjoer(args);

        kode.Should().Be(0, feil);
        (JsonSerializer.Serialize(svar, UtleggstrekkJson.Options) + "\n").Should().Be(ut);
    }

    [Fact]
    public void A_Renteresultat_serializes_to_the_first_four_properties_of_the_rente_json_and_the_document_to_all_of_it()
    {
        var fra = new LocalDate(2020, 1, 1);
        var til = new LocalDate(2025, 1, 1);
        var hovedstol = Beloep.FraDesimal(10000m);
        var resultat = Renteberegner.Forsinkelsesrente(hovedstol, fra, til, Satser.Forsinkelsesrente);

        var (kode, ut, feil) = CliKjoering.Kjoer("rente", "--beloep", "10000", "--fra", "2020-01-01", "--til", "2025-01-01", "--json");

        kode.Should().Be(0, feil);
        JsonSkriver.Skriv(RenteUtdata.Av(resultat, hovedstol, fra, til, null, Satser.Versjon)).Should().Be(ut);
        using var cli = JsonDocument.Parse(ut);
        using var motor = JsonDocument.Parse(JsonSerializer.Serialize(resultat, UtleggstrekkJson.Options));
        motor.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText()))
            .Should().Equal(cli.RootElement.EnumerateObject().Take(4).Select(p => (p.Name, p.Value.GetRawText())));
    }

    [Fact]
    public void A_trace_serializes_to_the_forklaring_object_of_the_cli()
    {
        var sti = CliKjoering.Eksempel("enslig-spec-eksempel.json");
        var inndata = SakJson.Les(File.ReadAllText(sti));
        var (_, forklaring) = Trekkberegner.Forklar(inndata.Sak, Satser, inndata.Valg);

        var (kode, ut, feil) = CliKjoering.Kjoer("beregn", sti, "--json", "--forklar");

        kode.Should().Be(0, feil);
        using var cli = JsonDocument.Parse(ut);
        using var motor = JsonDocument.Parse(JsonSerializer.Serialize(forklaring, UtleggstrekkJson.Options));
        motor.RootElement.GetRawText().Should().Be(cli.RootElement.GetProperty("forklaring").GetRawText().Replace("\n  ", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Enumerations_are_written_and_read_as_their_documented_codes()
    {
        JsonSerializer.Serialize(Begrensning.Tak60, UtleggstrekkJson.Options).Should().Be("\"Tak60\"");
        JsonSerializer.Serialize(Fordelingsregel.Samordnet, UtleggstrekkJson.Options).Should().Be("\"samordnet\"");
        JsonSerializer.Serialize(Loennsperiode.FjortenDager, UtleggstrekkJson.Options).Should().Be("\"fjortendager\"");
        JsonSerializer.Serialize(Kravtype.LoependeBidrag, UtleggstrekkJson.Options).Should().Be("\"loependeBidrag\"");
        JsonSerializer.Serialize(Sivilstand.Samboer, UtleggstrekkJson.Options).Should().Be("\"samboer\"");
        JsonSerializer.Deserialize<Kostnadsdeling>("\"forholdsmessig\"", UtleggstrekkJson.Options).Should().Be(Kostnadsdeling.Forholdsmessig);
        var ukjent = () => JsonSerializer.Deserialize<Takregel>("\"ekstra\"", UtleggstrekkJson.Options);
        ukjent.Should().Throw<JsonException>().WithMessage("*normal, utvidet*");
    }

    [Fact]
    public void Amounts_are_numbers_in_kroner_and_dates_iso_text()
    {
        JsonSerializer.Serialize(Beloep.FraDesimal(11276m), UtleggstrekkJson.Options).Should().Be("11276.00");
        JsonSerializer.Serialize(new LocalDate(2025, 3, 1), UtleggstrekkJson.Options).Should().Be("\"2025-03-01\"");
        UtleggstrekkJson.Options.IsReadOnly.Should().BeTrue("the shared options cannot be changed by one embedder for all");
    }

    [Fact]
    public void A_result_is_not_read_back()
    {
        var les = () => JsonSerializer.Deserialize<Trekkresultat>("{}", UtleggstrekkJson.Options);
        les.Should().Throw<NotSupportedException>();
    }

    [Theory]
    [InlineData("8000.01", 800_001L)]
    [InlineData("8000.010000000000000000000000000000000", 800_001L)]
    [InlineData("8.00001e3", 800_001L)]
    [InlineData("0", 0L)]
    [InlineData("1E2", 10_000L)]
    public void Amounts_are_read_exactly_from_the_numbers_text(string json, long oere) =>
        JsonSerializer.Deserialize<Beloep>(json, UtleggstrekkJson.Options).Should().Be(Beloep.FraOere(oere));

    [Theory]
    [InlineData("8000.009999999999999999999999999999")] // decimal would round this to 8000.01
    [InlineData("1e-30")]                                // decimal would make this 0
    [InlineData("-1")]
    [InlineData("1e28")]
    [InlineData("\"8000\"")]
    public void Amounts_that_are_not_exact_in_oere_are_refused_never_rounded(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Beloep>(json, UtleggstrekkJson.Options)).Should().Throw<JsonException>();

    [Theory]
    [InlineData("12.25", 1225)]
    [InlineData("12.250000000000000000000000000000", 1225)]
    [InlineData("1.225e1", 1225)]
    public void Percentages_are_read_exactly(string json, int hundredeler) =>
        JsonSerializer.Deserialize<Prosent>(json, UtleggstrekkJson.Options).Should().Be(Prosent.FraHundredeler(hundredeler));

    [Theory]
    [InlineData("12.250000000000000000000000000001")]
    [InlineData("12.251")]
    [InlineData("-0.01")]
    public void Percentages_with_more_than_two_decimals_are_refused(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Prosent>(json, UtleggstrekkJson.Options)).Should().Throw<JsonException>();
}
