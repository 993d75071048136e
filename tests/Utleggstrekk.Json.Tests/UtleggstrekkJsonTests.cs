using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Json.Tests;

/// <summary>
/// The public mapping of <see cref="UtleggstrekkJson.Options"/>: codes, amounts, percentages and dates as documented. That
/// an engine result serializes to exactly what the command line's <c>--json</c> prints is tested in Utleggstrekk.Cli.Tests
/// (JsonLikBiblioteketTests).
/// </summary>
public class UtleggstrekkJsonTests
{
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
