// The README's "From code" example, compiled and run by ReadmeTests: the README shows this file from the line after
// "// README-START" to the line before "// README-SLUTT", byte for byte.
// README-START
using System.Text.Json;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Json;
using Utleggstrekk.Satser.Csv;

namespace Utleggstrekk.Eksempel;

public static class FraKode
{
    public static void Kjoer(TextWriter ut)
    {
        // 1. Satser: the embedded, versioned tables (or SatserLaster.LastFraKatalog("sti/til/satser")).
        var satser = SatserLaster.LastInnebygde();

        // 2. Trekk size (deknl. § 2-7): a single debtor, 40 000 gross, 10 000 forskuddstrekk, housing 8 000.
        var sak = new Trekksak
        {
            Beregningsdato = new LocalDate(2025, 3, 1),
            BruttoPerMaaned = Beloep.FraKroner(40_000),
            ForskuddstrekkPerMaaned = Beloep.FraKroner(10_000),
            Sivilstand = Sivilstand.Enslig,
            Boutgift = Beloep.FraKroner(8_000),
        };
        var trekk = Trekkberegner.Beregn(sak, satser);
        ut.WriteLine($"Trekk: {trekk.TrekkPerMaaned} kr per måned ({trekk.Begrensning}, satser {trekk.SatserVersjon})");

        // What if the housing cost were 11 000? Trekksak is a record.
        var hvaOm = Trekkberegner.Beregn(sak with { Boutgift = Beloep.FraKroner(11_000) }, satser);
        ut.WriteLine($"Med boutgift 11 000: {hvaOm.TrekkPerMaaned} kr");

        // The same JSON as 'utleggstrekk beregn --json', and the explanation trace with rules and legal sources.
        ut.WriteLine(JsonSerializer.Serialize(trekk, UtleggstrekkJson.Options));
        var (_, forklaring) = Trekkberegner.Forklar(sak, satser);
        ut.WriteLine($"{forklaring.Regel.Navn}: {forklaring.Regel.Kilde}");

        // 3. Fordeling of one payment over the claims (deknl. § 2-8): bidrag (a) before ordinary claims (f).
        Krav[] krav =
        [
            new() { Id = "B1", Artsprioritet = Artsprioritet.A, Tidsprioritet = new LocalDate(2024, 11, 1), Sak = "S1", Kravtype = Kravtype.LoependeBidrag, MaanedligBeloep = Beloep.FraKroner(3_000) },
            new() { Id = "K1", Artsprioritet = Artsprioritet.F, Tidsprioritet = new LocalDate(2023, 1, 1), Sak = "S2", Kravtype = Kravtype.Hovedstol, Gjenstaaende = Beloep.FraKroner(20_000) },
        ];
        var fordeling = Fordeler.Fordel(krav, trekk.TrekkPerMaaned, Fordelingsregel.Tidsprioritet);
        foreach (var andel in fordeling.Andeler)
        {
            ut.WriteLine($"{andel.Id}: {andel.Andel} kr");
        }

        // 4. Forsinkelsesrente on 20 000 for 2024, day by day over the rate changes, rounded once.
        var rente = Renteberegner.Forsinkelsesrente(Beloep.FraKroner(20_000), new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), satser.Forsinkelsesrente);
        ut.WriteLine($"Rente 2024: {rente.Rente} kr over {rente.Dager} dager");

        // Bad data throws one exception type with field, value, rule and a Norwegian message.
        try
        {
            Trekkberegner.Beregn(sak with { BruttoPerMaaned = Beloep.FraKroner(-1) }, satser);
        }
        catch (UtleggstrekkException e)
        {
            ut.WriteLine(string.Join("; ", e.Valideringsfeil.Select(f => $"{f.Felt}: {f.Regel}")));
        }
    }
}
// README-SLUTT
