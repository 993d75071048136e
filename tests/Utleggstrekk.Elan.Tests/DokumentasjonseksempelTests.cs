using System.Text.Json;

namespace Utleggstrekk.Elan.Tests;

/// <summary>docs/eksempler/elan/utleggsbegjaering-v1.json (the ELAN example of the docs) is checked without violations and feeds fordel.</summary>
public class DokumentasjonseksempelTests
{
    private static string Eksempel() => Repo.Eksempel(Path.Combine("elan", "utleggsbegjaering-v1.json"));

    [Fact]
    public void The_docs_example_is_valid_and_imports_every_krav_with_its_remaining_amount()
    {
        var json = File.ReadAllText(Eksempel());
        var r = Felles.Sjekk(json);
        r.ErGyldig.Should().BeTrue(string.Join("; ", r.Avvik.Select(a => a.Kode)));

        using var dok = JsonDocument.Parse(json);
        var krav = dok.RootElement.GetProperty("kravTilInnkreving").EnumerateArray().ToList();
        r.Krav.Select(k => k.Id).Should().Equal(krav.Select(k => k.GetProperty("innsendersKravreferanse").GetString()));
        r.Krav.Select(k => k.Gjenstaaende.Kroner).Should().Equal(krav.Select(k => k.GetProperty("gjenstaaendeBeloep").GetProperty("beloep").GetDecimal()));
    }

    [Fact]
    public void The_docs_example_runs_through_elan_sjekk_and_its_krav_through_fordel()
    {
        var ut = Path.Combine(Path.GetTempPath(), "elan-eksempel-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (kode, tekst, feil) = Felles.Kjoer("elan", "sjekk", Eksempel(), "--krav-ut", ut);
            kode.Should().Be(0, feil);
            tekst.Should().Contain("Ingen avvik.");
            var fordel = Felles.Kjoer("fordel", ut, "--beloep", "5000", "--json");
            fordel.Kode.Should().Be(0, fordel.Feil);
        }
        finally
        {
            File.Delete(ut);
        }
    }
}
