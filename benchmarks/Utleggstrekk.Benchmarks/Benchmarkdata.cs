using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Benchmarks;

/// <summary>Deterministic inputs for the Prioritet benchmarks.</summary>
internal static class Benchmarkdata
{
    /// <summary>
    /// <paramref name="antall"/> claims of mixed classes: every sixth is class a (løpende bidrag or bidragsgjeld), the
    /// rest b–f over several cases, some with accrued interest and some with a preserved time priority.
    /// </summary>
    public static Krav[] BlandedeKrav(int antall)
    {
        var tilfeldig = new Random(20_240_615);
        var krav = new Krav[antall];
        for (var i = 0; i < antall; i++)
        {
            var id = "K" + ((i * 37) % antall).ToString("D3", CultureInfo.InvariantCulture);
            var dato = new LocalDate(2020, 1, 1).PlusDays(tilfeldig.Next(0, 6 * 365));
            var art = (Artsprioritet)(1 + (i % 6));
            var sak = (art == Artsprioritet.A ? "B" : "S") + (i % 7).ToString(CultureInfo.InvariantCulture);
            krav[i] = art != Artsprioritet.A
                ? new Krav
                {
                    Id = id,
                    Artsprioritet = art,
                    Tidsprioritet = dato,
                    Sak = sak,
                    PrioritetISak = 1 + (i % 3),
                    Kravtype = TillattKravtype(art, i),
                    Gjenstaaende = Beloep.FraOere(tilfeldig.Next(10_000, 10_000_000)),
                    PaaloeptRente = Beloep.FraOere(tilfeldig.Next(0, 50_000)),
                    BevartTidsprioritet = i % 4 == 0,
                }
                : i % 12 == 0
                    ? new Krav
                    {
                        Id = id,
                        Artsprioritet = art,
                        Tidsprioritet = dato,
                        Sak = sak,
                        Kravtype = Kravtype.LoependeBidrag,
                        MaanedligBeloep = Beloep.FraOere(tilfeldig.Next(100_000, 500_000)),
                    }
                    : new Krav
                    {
                        Id = id,
                        Artsprioritet = art,
                        Tidsprioritet = dato,
                        Sak = sak,
                        Kravtype = Kravtype.Bidragsgjeld,
                        Gjenstaaende = Beloep.FraOere(tilfeldig.Next(500_000, 5_000_000)),
                        PaaloeptRente = Beloep.FraOere(tilfeldig.Next(0, 100_000)),
                    };
        }

        return krav;
    }

    /// <summary>
    /// A trekk of <paramref name="antall"/> mixed claims (<see cref="BlandedeKrav"/>) where every third hovedstol or bidragsgjeld runs
    /// forsinkelsesrente from 2024-07-01 and every third an agreed 15 % from 2025-01-15, each sak with one saksøker (five
    /// creditors), and one open trekkpålegg of 8 000 kr.
    /// </summary>
    public static Engine.Trekkdata.Trekk Trekk(int antall, Fordelingsregel regel = Fordelingsregel.Tidsprioritet)
    {
        string[] orgnr = ["974080001", "987650001", "912340007", "923450009", "934560000"];
        var krav = BlandedeKrav(antall)
            .Select((k, i) => k.Kravtype is not (Kravtype.Hovedstol or Kravtype.Bidragsgjeld) ? k : k with
            {
                Rentevilkaar = (i % 3) switch
                {
                    0 => Engine.Renter.Rentevilkaar.MedForsinkelsesrente(new LocalDate(2024, 7, 1)),
                    1 => Engine.Renter.Rentevilkaar.MedAvtaltRente(Prosent.FraHeleProsent(15), new LocalDate(2025, 1, 15)),
                    _ => Engine.Renter.Rentevilkaar.Ingen,
                },
            })
            .ToImmutableArray();
        return new Engine.Trekkdata.Trekk
        {
            Krav = krav,
            // One saksøker per sak (every claim of a sak has the same parties, SPEC §8).
            Parter = [.. krav.Select(k => new Engine.Trekkdata.Kravparter(Engine.Trekkdata.Organisasjonsnummer.Les(orgnr[SakNummer(k.Sak) % orgnr.Length], "orgnr"), null))],
            Regel = regel,
            Trekkpaalegg = [new Engine.Trekkdata.Trekkpaalegg(Engine.Trekkdata.Organisasjonsnummer.Les("812340018", "trekkpliktig"), new LocalDate(2024, 6, 1), null, Beloep.FraKroner(8_000), null)],
        };
    }

    /// <summary>The number of a generated sak ("S3" → 3, "B3" → 10), so that each sak gets one saksøker.</summary>
    private static int SakNummer(string sak) => (sak[0] == 'B' ? 7 : 0) + int.Parse(sak.AsSpan(1), CultureInfo.InvariantCulture);

    /// <summary>A kravtype the law allows in the class (Retningslinje pkt. 6.1): renter/gebyr only e or f, kostnader only f.</summary>
    private static Kravtype TillattKravtype(Artsprioritet art, int i) => art switch
    {
        Artsprioritet.F => (Kravtype)(1 + (i % 4)),
        Artsprioritet.E => i % 3 == 1 ? Kravtype.Renter : i % 3 == 2 ? Kravtype.Gebyr : Kravtype.Hovedstol,
        _ => Kravtype.Hovedstol,
    };

    private static LocalDate Dato(string tekst) =>
        LocalDate.FromDateTime(DateTime.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
