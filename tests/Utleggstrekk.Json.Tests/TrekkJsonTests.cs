using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Json.Tests;

public class TrekkJsonTests
{
    private static IReadOnlyList<Valideringsfeil> Feil(string json)
    {
        var handling = () => TrekkJson.Les(json);
        return handling.Should().Throw<UgyldigInndataException>().Which.Feil;
    }

    [Fact]
    public void Maps_every_field_in_input_order()
    {
        var krav = TrekkJson.Les("""
            { "krav": [
              { "id": "A", "artsprioritet": "a", "tidsprioritet": "2025-01-10", "sak": "S1", "prioritetISak": 1, "kravtype": "loependeBidrag", "maanedligBeloep": 3000 },
              { "id": "C", "artsprioritet": "E", "tidsprioritet": "2024-05-01", "sak": "S2", "prioritetISak": 3, "kravtype": "hovedstol",
                "gjenstaaende": 20000.50, "paaloeptRente": 12.25, "bevartTidsprioritet": true,
                "rentevilkaar": { "type": "avtalt", "avtaltSats": 8.5, "renteFra": "2024-05-01" } },
              { "id": "B", "artsprioritet": "f", "tidsprioritet": "2023-01-01", "sak": "S3", "kravtype": "gebyr", "gjenstaaende": 1277 }
            ] }
            """);
        krav.Select(k => k.Id).Should().Equal("A", "C", "B");
        krav[0].Kravtype.Should().Be(Kravtype.LoependeBidrag);
        krav[0].MaanedligBeloep.Should().Be(Beloep.FraKroner(3000));
        krav[1].Artsprioritet.Should().Be(Artsprioritet.E);
        krav[1].Tidsprioritet.Should().Be(new LocalDate(2024, 5, 1));
        krav[1].PrioritetISak.Should().Be(3);
        krav[1].Gjenstaaende.Oere.Should().Be(2_000_050);
        krav[1].PaaloeptRente.Oere.Should().Be(1225);
        krav[1].BevartTidsprioritet.Should().BeTrue();
        krav[1].Rentevilkaar.Should().Be(Rentevilkaar.MedAvtaltRente(Prosent.FraDesimal(8.5m), new LocalDate(2024, 5, 1)));
        krav[2].PrioritetISak.Should().Be(1, "the documented default");
        krav[2].Rentevilkaar.Should().Be(Rentevilkaar.Ingen);
    }

    [Fact]
    public void Collects_every_violation_with_its_path()
    {
        var feil = Feil("""
            { "krav": [
              { "id": "A", "artsprioritet": "x", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": -1 },
              { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-1-10", "sak": "S1", "kravtype": "laan" },
              { "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 1, "rentevilkaar": { "type": "fast" } },
              { "id": "D", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 1, "prioritetISak": 100 }
            ] }
            """);
        feil.Select(f => (f.Felt, f.Regel)).Should().BeEquivalentTo(new[]
        {
            ("krav[0].artsprioritet", "UKJENT_ARTSPRIORITET"),
            ("krav[0].gjenstaaende", "UGYLDIG_BELOEP"),
            ("krav[1].tidsprioritet", "UGYLDIG_DATO"),
            ("krav[1].kravtype", "UGYLDIG_VERDI"),
            ("krav[1].id", "KRAV_DUPLIKATE_REFERANSER"),
            ("krav[2].id", "PAAKREVD"),
            ("krav[2].rentevilkaar.type", "UGYLDIG_VERDI"),
            ("krav[3].prioritetISak", "UGYLDIG_PRIORITET_I_SAK"),
        });
        feil.Single(f => f.Felt == "krav[1].kravtype").Melding.Should().Contain("hovedstol, renter, kostnader, gebyr, loependeBidrag, bidragsgjeld");
    }

    [Fact]
    public void Root_must_hold_a_non_empty_krav_list()
    {
        Feil("{}").Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav" && f.Regel == "PAAKREVD");
        Feil("""{ "krav": [] }""").Should().ContainSingle().Which.Regel.Should().Be("MANGLER_KRAV");
        Feil("""{ "krav": {} }""").Should().ContainSingle().Which.Regel.Should().Be("UGYLDIG_TYPE");
        Feil("""{ "kravv": [] }""").Select(f => f.Regel).Should().BeEquivalentTo("UKJENT_FELT", "PAAKREVD");
    }

    [Fact]
    public void Typed_document_maps_the_same_way()
    {
        const string json = """{ "krav": [ { "id": "A", "artsprioritet": "f", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "hovedstol", "gjenstaaende": 100 } ] }""";
        var dok = System.Text.Json.JsonSerializer.Deserialize(json, UtleggstrekkJsonContext.Default.TrekkDokument)!;
        TrekkJson.TilKrav(dok).Should().Equal(TrekkJson.Les(json));
    }

    [Fact]
    public void What_a_claim_needs_must_be_stated_not_defaulted()
    {
        // Issue 3: a løpende bidrag needs maanedligBeloep, the others gjenstaaende. A missing gjenstaaende must not
        // become 0 (the whole payment would silently turn into surplus).
        Feil("""{ "krav": [ { "id": "C", "artsprioritet": "e", "tidsprioritet": "2024-05-01", "sak": "S2", "kravtype": "hovedstol" } ] }""")
            .Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].gjenstaaende" && f.Regel == "PAAKREVD");

        // An explicit 0 is a statement (a claim already paid) and is accepted.
        TrekkJson.Les("""{ "krav": [ { "id": "C", "artsprioritet": "e", "tidsprioritet": "2024-05-01", "sak": "S2", "kravtype": "hovedstol", "gjenstaaende": 0 } ] }""")
            .Single().Gjenstaaende.Should().Be(Beloep.Null);

        // A løpende bidrag's remaining amount is not used: 0 (as in the example) is fine, anything else is refused.
        Feil("""{ "krav": [ { "id": "A", "artsprioritet": "a", "tidsprioritet": "2025-01-10", "sak": "S1", "kravtype": "loependeBidrag", "maanedligBeloep": 3000, "gjenstaaende": 500 } ] }""")
            .Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].gjenstaaende" && f.Regel == "UGYLDIG_VERDI");
    }

    [Fact]
    public void An_agreed_rate_goes_with_type_avtalt_and_only_there()
    {
        Feil("""{ "krav": [ { "id": "C", "artsprioritet": "f", "tidsprioritet": "2024-05-01", "sak": "S2", "kravtype": "hovedstol", "gjenstaaende": 100, "rentevilkaar": { "type": "avtalt" } } ] }""")
            .Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].rentevilkaar.avtaltSats" && f.Regel == "PAAKREVD");
        Feil("""{ "krav": [ { "id": "C", "artsprioritet": "f", "tidsprioritet": "2024-05-01", "sak": "S2", "kravtype": "hovedstol", "gjenstaaende": 100, "rentevilkaar": { "avtaltSats": 21.99 } } ] }""")
            .Should().ContainSingle().Which.Should().Match<Valideringsfeil>(f => f.Felt == "krav[0].rentevilkaar.avtaltSats" && f.Regel == "UGYLDIG_RENTE");
    }

    [Fact]
    public void The_interest_parts_prioritetISak_is_read_from_rentevilkaar_and_places_it_in_its_sak()
    {
        // Class b "h" (prioritetISak 1) with 500 accrued interest placed at prioritetISak 3; class f "g" of the same sak
        // and date at 2 needs 400. Payment 1 200: h's principal 1 000 (class b), then class f: g (2) before h's interest
        // (3): 200 → g. So h 1 000, g 200.
        var krav = TrekkJson.Les("""
            { "krav": [
              { "id": "h", "artsprioritet": "b", "tidsprioritet": "2024-03-01", "sak": "S", "kravtype": "hovedstol", "gjenstaaende": 1000, "paaloeptRente": 500, "rentevilkaar": { "prioritetISak": 3 } },
              { "id": "g", "artsprioritet": "f", "tidsprioritet": "2024-03-01", "sak": "S", "prioritetISak": 2, "kravtype": "hovedstol", "gjenstaaende": 400 } ] }
            """);
        krav[0].RentePrioritetISak.Should().Be(3);
        Fordeler.Fordel(krav.AsSpan(), Beloep.FraKroner(1_200), Fordelingsregel.Tidsprioritet).Andeler.Select(a => a.Andel)
            .Should().Equal(Beloep.FraKroner(1_000), Beloep.FraKroner(200));
    }
}
