using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Tests.Trekkperiode;

/// <summary>
/// What a caseworker reads: every answer of <see cref="Trekkperiodeberegner"/> — its reason code, its source and its
/// Norwegian explanation word for word — and every refusal (field, value, rule, message), from the data file
/// <c>Begrunnelser/begrunnelser.json</c>. The file holds one case per branch of each rule, with the dates worked out by
/// hand; a changed wording is changed there first, where a reviewer reads it next to the rule.
/// </summary>
public class BegrunnelseTests
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    public static TheoryData<string> Tilfeller()
    {
        var data = new TheoryData<string>();
        foreach (var tilfelle in LesTilfeller())
        {
            data.Add(tilfelle.GetProperty("navn").GetString()!);
        }

        return data;
    }

    [Fact]
    public void The_file_covers_every_reason_code_and_every_question()
    {
        var tilfeller = LesTilfeller().ToList();
        var grunner = tilfeller
            .Where(t => t.TryGetProperty("svar", out _))
            .Select(t => t.GetProperty("svar").GetProperty("grunn").GetString())
            .ToHashSet();
        var alleGrunner = typeof(Trekkperiodegrunn)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        grunner.Should().BeEquivalentTo(alleGrunner, "every reason code has its wording pinned by at least one case");

        var metoder = tilfeller.Select(t => t.GetProperty("metode").GetString()).ToHashSet();
        var offentlige = typeof(Trekkperiodeberegner)
            .GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(m => m.Name);
        metoder.Should().BeEquivalentTo(offentlige);
        tilfeller.Select(t => t.GetProperty("navn").GetString()).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Tilfeller))]
    public void The_answer_reads_as_the_file_says(string navn)
    {
        var tilfelle = LesTilfeller().Single(t => t.GetProperty("navn").GetString() == navn);
        var inndata = tilfelle.GetProperty("inndata");
        Func<object> spoersmaal = () => Spoer(tilfelle.GetProperty("metode").GetString()!, inndata);

        if (tilfelle.TryGetProperty("feil", out var forventedeFeil))
        {
            var feil = spoersmaal.Should().Throw<UgyldigInndataException>().Which.Feil;
            feil.Select(f => ((string?)f.Felt, f.Verdi, (string?)f.Regel, (string?)f.Melding)).Should().Equal(
                forventedeFeil.EnumerateArray().Select(f => (
                    f.GetProperty("felt").GetString(),
                    f.GetProperty("verdi").GetString(),
                    f.GetProperty("regel").GetString(),
                    f.GetProperty("melding").GetString())));
            return;
        }

        var svar = spoersmaal();
        var forventet = tilfelle.GetProperty("svar");
        foreach (var felt in new[] { "grunn", "kilde", "forklaring" })
        {
            forventet.TryGetProperty(felt, out _).Should().BeTrue($"every case states the answer's {felt}");
        }

        foreach (var egenskap in forventet.EnumerateObject())
        {
            var property = svar.GetType().GetProperties()
                .SingleOrDefault(p => string.Equals(p.Name, egenskap.Name, StringComparison.OrdinalIgnoreCase));
            property.Should().NotBeNull($"{svar.GetType().Name} has a property {egenskap.Name}");
            var faktisk = Tekst(property!.GetValue(svar));
            var venter = egenskap.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => egenskap.Value.GetString(),
            };
            faktisk.Should().Be(venter, $"{egenskap.Name} of the answer");
        }
    }

    private static object Spoer(string metode, JsonElement i) => metode switch
    {
        "Beregn" => Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(
            Enum.Parse<Kravkategori>(i.GetProperty("kategori").GetString()!),
            Dato(i, "beslutningsdato")!.Value,
            Heltall(i, "inntektsaar"),
            Heltall(i, "endringsvedtakaar"),
            i.TryGetProperty("forlengelse", out var f) && f.GetBoolean(),
            Dato(i, "start"))),
        "TidsprioritetVedForlengelse" => Trekkperiodeberegner.TidsprioritetVedForlengelse(
            Art(i),
            Dato(i, "opprinnelig")!.Value,
            Dato(i, "nyBeslutningsdato")!.Value,
            i.GetProperty("varselSendtFoerUtloep").GetBoolean(),
            i.GetProperty("stoerrelseVurdertPaaNytt").GetBoolean()),
        "TidsprioritetForRenter" => Trekkperiodeberegner.TidsprioritetForRenter(
            Art(i),
            Dato(i, "hovedstolensTidsprioritet")!.Value,
            Dato(i, "restanseFerdigInnbetalt"),
            Dato(i, "renteoppgaveFremsatt")),
        "VedGjeldsforhandling" => Trekkperiodeberegner.VedGjeldsforhandling(Dato(i, "aapningsdato")!.Value, Art(i)),
        "VedSkyldnersKonkurs" => Trekkperiodeberegner.VedSkyldnersKonkurs(Art(i), Dato(i, "beslagsdato")),
        "VedTrekkpliktigesKonkurs" =>
            Trekkperiodeberegner.VedTrekkpliktigesKonkurs(Art(i), i.GetProperty("holdtAdskilt").GetBoolean()),
        "NyForeldelsesfrist" => Trekkperiodeberegner.NyForeldelsesfrist(Dato(i, "underretningsdato")!.Value),
        _ => throw new InvalidOperationException($"ukjent metode i datafila: {metode}"),
    };

    private static Kravart Art(JsonElement i) => Enum.Parse<Kravart>(i.GetProperty("art").GetString()!);

    private static LocalDate? Dato(JsonElement i, string navn) =>
        i.TryGetProperty(navn, out var d) ? Iso.Parse(d.GetString()!).Value : null;

    private static int? Heltall(JsonElement i, string navn) => i.TryGetProperty(navn, out var d) ? d.GetInt32() : null;

    private static string? Tekst(object? verdi) => verdi switch
    {
        null => null,
        LocalDate d => Iso.Format(d),
        bool b => b ? "true" : "false",
        string s => s,
        _ => Convert.ToString(verdi, CultureInfo.InvariantCulture),
    };

    private static IEnumerable<JsonElement> LesTilfeller()
    {
        var sti = Path.Combine(AppContext.BaseDirectory, "Trekkperiode", "Begrunnelser", "begrunnelser.json");
        using var dokument = JsonDocument.Parse(File.ReadAllBytes(sti));
        return dokument.RootElement.GetProperty("tilfeller").EnumerateArray().Select(t => t.Clone()).ToList();
    }
}
