using System.Globalization;
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Innsyn;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Engine.Trekkperiode;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Cli.Tests;

/// <summary>
/// The public mapping seen from the command line: serializing an engine result in code with
/// <see cref="UtleggstrekkJson.Options"/> gives exactly what the command line's <c>--json</c> prints for the same input
/// (one test per result type). The mapping itself, without the command line, is tested in Utleggstrekk.Json.Tests.
/// </summary>
public class JsonLikBiblioteketTests
{
    private static readonly Engine.Satser.Satsgrunnlag Satser = SatserLaster.LastInnebygde();

    private static Trekk LesTrekk(string eksempel) => TrekkJson.LesTrekk(File.ReadAllText(CliKjoering.Eksempel(eksempel)));


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
        var svar = Trekkperiodeberegner.Beregn(new TrekkperiodeForespoersel(
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
    public void An_Innsynssvar_serializes_to_the_innsyn_json_of_the_cli()
    {
        var trekk = LesTrekk("trekk-innsyn.json");
        var dato = new LocalDate(2025, 3, 1);
        var svar = ForberedtTrekk.Forbered(trekk, dato, Satser.Forsinkelsesrente).Svar("F1", Organisasjonsnummer.Les("998870003"));

        var (kode, ut, feil) = CliKjoering.Kjoer("innsyn", CliKjoering.Eksempel("trekk-innsyn.json"), "--krav", "F1", "--dato", "2025-03-01", "--som", "998870003", "--json");

        kode.Should().Be(0, feil);
        (JsonSerializer.Serialize(svar, UtleggstrekkJson.Options) + "\n").Should().Be(ut);
    }

    [Fact]
    public void The_plain_projection_gives_payoff_months_as_dates_and_serializes_to_the_framskriv_krav_of_the_cli()
    {
        var trekk = LesTrekk("trekk-framskriv.json");
        var fra = new LocalDate(2025, 1, 1);
        var svar = Framskriver.Framskriv(trekk, fra, 4, Satser.Forsinkelsesrente);

        // The same figures as the span API.
        var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, fra, 4, Satser.Forsinkelsesrente);
        var krav = new KravFramskriving[grunnlag.AntallKrav];
        Framskriver.Framskriv(grunnlag, null, new Framskrivingsbuffer(grunnlag), krav, new Framskrivingsmaaned[4], []);
        svar.Select(s => (s.Start, s.Gjenstaaende, s.Renter, s.Mottatt)).Should().Equal(krav.Select(k => (k.Start, k.Gjenstaaende, k.Renter, k.Mottatt)));
        svar.Select(s => s.Id).Should().Equal(trekk.Krav.Select(k => k.Id));
        svar[0].Innfridd.Should().Be(new LocalDate(2025, 4, 1), "docs/eksempler/forventet.json: X is paid off in 2025-04");

        var (kode, ut, feil) = CliKjoering.Kjoer("framskriv", CliKjoering.Eksempel("trekk-framskriv.json"), "--fra", "2025-01-01", "--maaneder", "4", "--json");
        kode.Should().Be(0, feil);
        using var cli = JsonDocument.Parse(ut);
        JsonSerializer.Serialize(svar, UtleggstrekkJson.KompaktOptions).Should().Be(JsonSerializer.Serialize(cli.RootElement.GetProperty("krav")));
    }
}
