using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Elan.Tests;

/// <summary>Fuzzed JSON never crashes the importer: it is refused as unreadable, and the command exits 2.</summary>
public class FuzzTests
{
    /// <summary>Places where a value of the wrong JSON type must stop the reading, and the wrong value.</summary>
    private static readonly (string Sti, Func<JsonNode> Verdi)[] Feiltyper =
    [
        ("kravTilInnkreving", () => JsonValue.Create("krav")),
        ("kravTilInnkreving[0]", () => JsonValue.Create(17)),
        ("kravTilInnkreving[0].gjenstaaendeBeloep", () => JsonValue.Create("100")),
        ("kravTilInnkreving[0].gjenstaaendeBeloep.beloep", () => JsonValue.Create("hundre")),
        ("kravTilInnkreving[0].innsendersKravreferanse", () => JsonValue.Create(5)),
        ("kravTilInnkreving[0].prioritetISak", () => JsonValue.Create(true)),
        ("kravTilInnkreving[0].kravforfall.forfallsdato", () => JsonValue.Create("2025-13-45")),
        ("kravTilInnkreving[0].rentebaerendeKrav.harForsinkelsesrente", () => JsonValue.Create("ja")),
        ("kravTilInnkreving[1].relatertKrav", () => JsonValue.Create("H0")),
        ("kravTilInnkreving[1].rentekrav.rentePeriode.startdato", () => JsonValue.Create(20250101)),
        ("begjaeringsdato", () => JsonValue.Create("i går")),
        ("saksoeker", () => new JsonObject()),
        ("begjaeringensTvangsgrunnlag[0].innsendersKravreferanse", () => new JsonObject()),
        ("betalingsinformasjon.kidnummer", () => new JsonArray()),
    ];

    private static JsonNode Node(JsonObject rot, string sti, out string navn, out int? indeks)
    {
        var deler = sti.Split('.');
        JsonNode n = rot;
        for (var i = 0; i < deler.Length - 1; i++)
        {
            n = Steg(n, deler[i]);
        }

        var siste = deler[^1];
        var k = siste.IndexOf('[', StringComparison.Ordinal);
        if (k >= 0)
        {
            n = n[siste[..k]]!;
            navn = string.Empty;
            indeks = int.Parse(siste[(k + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            navn = siste;
            indeks = null;
        }

        return n;
    }

    private static JsonNode Steg(JsonNode n, string del)
    {
        var k = del.IndexOf('[', StringComparison.Ordinal);
        return k < 0 ? n[del]! : n[del[..k]]![int.Parse(del[(k + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }

    private static void Sett(JsonObject rot, string sti, JsonNode verdi)
    {
        var forelder = Node(rot, sti, out var navn, out var indeks);
        if (indeks is { } i)
        {
            forelder[i] = verdi;
        }
        else
        {
            forelder[navn] = verdi;
        }
    }

    private static string Gyldig(int[] tall) => Dokumentbygger.Bygg(Dokumentbygger.Minimal with { Tall = tall }).ToJsonString();

    private static Gen<(string Hva, string Json)> Fuzz() =>
        from tall in Gen.ArrayOf(Gen.Choose(0, 9), 8)
        from valg in Gen.Choose(0, 3)
        from a in Gen.Choose(0, 100_000)
        from b in Gen.Choose(0, Feiltyper.Length - 1)
        from dybde in Gen.Choose(65, 400)
        select Lag(Gyldig(tall), valg, a, b, dybde);

    private static (string, string) Lag(string gyldig, int valg, int a, int b, int dybde)
    {
        switch (valg)
        {
            case 0:
                var kutt = a % gyldig.Length;
                return ("avkortet ved " + kutt, gyldig[..kutt]);
            case 1:
                var dok = JsonNode.Parse(gyldig)!.AsObject();
                Sett(dok, Feiltyper[b].Sti, Feiltyper[b].Verdi());
                return ("feil type i " + Feiltyper[b].Sti, dok.ToJsonString());
            case 2:
                var stor = JsonNode.Parse(gyldig)!.AsObject();
                var tall = (a % 3) switch { 0 => "1e400", 1 => "9" + new string('9', 30 + (a % 20)), _ => "123456789012345678901234567" };
                var json = System.Text.RegularExpressions.Regex.Replace(stor.ToJsonString(), "\"beloep\":[0-9.]+", "\"beloep\":" + tall);
                json.Should().Contain(tall);
                return ("stort tall " + tall, json);
            default:
                var dyp = JsonNode.Parse(gyldig)!.AsObject();
                var nøstet = new string('[', dybde) + new string(']', dybde);
                var tekst = dyp.ToJsonString();
                return ("nøstet " + dybde, (a % 2 == 0)
                    ? tekst.Replace("\"kravbeskrivelse\"", "\"x\"", StringComparison.Ordinal).Insert(1, "\"ukjent\":" + nøstet + ",")
                    : tekst.Insert(1, "\"kravTilInnkreving\":" + nøstet + ","));
        }
    }

    [Property(MaxTest = 200)]
    public Property Fuzzed_json_is_refused_as_unreadable_never_a_crash() =>
        Prop.ForAll(Fuzz().ToArbitrary(), f =>
        {
            var handling = () => Felles.Sjekk(f.Json);
            handling.Should().Throw<UgyldigInndataException>(f.Hva).Which.Feil.Should().NotBeEmpty();
        });

    [Property(MaxTest = 40)]
    public Property Fuzzed_json_always_exits_2() =>
        Prop.ForAll(Fuzz().ToArbitrary(), f =>
        {
            var fil = Felles.Midlertidig(f.Json);
            try
            {
                var (kode, ut, feil) = Felles.Kjoer("elan", "sjekk", fil);
                kode.Should().Be(2, f.Hva + ": " + feil);
                ut.Should().BeEmpty();
                feil.Should().StartWith("feil: ").And.NotContain("   at ").And.NotContain("Exception");
            }
            finally
            {
                File.Delete(fil);
            }
        });

    [Theory]
    [InlineData("kravTilInnkreving[0].gjenstaaendeBeloep.beloep", "hundre", "UGYLDIG_TYPE")]
    [InlineData("kravTilInnkreving[0].kravforfall.forfallsdato", "2025-13-45", "UGYLDIG_DATO")]
    [InlineData("begjaeringsdato", "i går", "UGYLDIG_DATO")]
    [InlineData("kravTilInnkreving[0].prioritetISak", "true", "UGYLDIG_TYPE")]
    public void A_wrong_type_or_malformed_date_is_named_by_its_json_path_and_value(string sti, string verdi, string regel)
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        Sett(dok, sti, Feiltyper.Single(f => f.Sti == sti).Verdi());
        var f = FluentActions.Invoking(() => Felles.Sjekk(dok)).Should().Throw<UgyldigInndataException>().Which.Feil.Single();
        f.Felt.Should().Be(sti);
        f.Verdi.Should().Be(verdi);
        f.Regel.Should().Be(regel);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var dok = Dokumentbygger.Bygg(Dokumentbygger.Minimal);
        dok["nyttFelt"] = new JsonObject { ["a"] = 1 };
        dok["kravTilInnkreving"]![0]!["ukjent"] = new JsonArray(1, 2, 3);
        Felles.Sjekk(dok).Avvik.Should().BeEmpty();
    }

    [Theory]
    [InlineData("[]", "UGYLDIG_TYPE")]
    [InlineData("null", "UGYLDIG_TYPE")]
    [InlineData("{}", "UKJENT_DOKUMENT")]
    [InlineData("{\"kravTilInnkreving\":[{\"innsendersKravreferanse\":\"A\",\"kravdetaljer\":\"Bot\",\"gjenstaaendeBeloep\":{\"beloep\":1}}]}", "UKJENT_KRAVDETALJER")]
    [InlineData("{\"kravTilInnkreving\":[{\"kravdetaljer\":\"Hovedkrav\",\"gjenstaaendeBeloep\":{\"beloep\":1}}]}", "PAAKREVD")]
    [InlineData("{\"kravTilInnkreving\":[{\"innsendersKravreferanse\":\"A\",\"kravdetaljer\":\"Hovedkrav\"}]}", "PAAKREVD")]
    [InlineData("{\"kravTilInnkreving\":[{\"innsendersKravreferanse\":\"A\",\"kravdetaljer\":\"Hovedkrav\",\"prioritetISak\":\"100\",\"gjenstaaendeBeloep\":{\"beloep\":1}}]}", "UGYLDIG_PRIORITET_I_SAK")]
    [InlineData("{\"kravTilInnkreving\":[{\"innsendersKravreferanse\":\"A\",\"kravdetaljer\":\"Hovedkrav\",\"gjenstaaendeBeloep\":{\"beloep\":1e20}}]}", "UTENFOR_OMRAADE")]
    [InlineData("{\"kravTilInnkreving\":[{\"innsendersKravreferanse\":\"A\",\"kravdetaljer\":\"Hovedkrav\",\"gjenstaaendeBeloep\":{\"beloep\":1}}]}", "PAAKREVD")]
    public void Documents_that_cannot_be_read_as_elan_are_refused_with_a_rule(string json, string regel) =>
        FluentActions.Invoking(() => Felles.Sjekk(json)).Should().Throw<UgyldigInndataException>().Which.Feil.Should().Contain(f => f.Regel == regel);
}
