using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Tests.Prioritet;

/// <summary>A deterministic mixed set of claims (all classes, both bidrag kinds, several cases, some preserved priority).</summary>
internal static class Testkrav
{
    public static Krav[] Blandet(int antall)
    {
        var tilfeldig = new Random(20_240_615);
        var krav = new Krav[antall];
        for (var i = 0; i < antall; i++)
        {
            var id = "K" + ((i * 37) % antall).ToString("D3", CultureInfo.InvariantCulture);
            var dato = new LocalDate(2020, 1, 1).PlusDays(tilfeldig.Next(0, 6 * 365));
            var art = (Artsprioritet)(1 + (i % 6));
            krav[i] = art == Artsprioritet.A
                ? (i % 12 == 0
                    ? new Krav
                    {
                        Id = id,
                        Artsprioritet = art,
                        Tidsprioritet = dato,
                        Sak = "B" + (i % 5).ToString(CultureInfo.InvariantCulture),
                        Kravtype = Kravtype.LoependeBidrag,
                        MaanedligBeloep = Beloep.FraOere(tilfeldig.Next(100_000, 500_000)),
                    }
                    : new Krav
                    {
                        Id = id,
                        Artsprioritet = art,
                        Tidsprioritet = dato,
                        Sak = "B" + (i % 5).ToString(CultureInfo.InvariantCulture),
                        Kravtype = Kravtype.Bidragsgjeld,
                        Gjenstaaende = Beloep.FraOere(tilfeldig.Next(500_000, 5_000_000)),
                        PaaloeptRente = Beloep.FraOere(tilfeldig.Next(0, 100_000)),
                    })
                : new Krav
                {
                    Id = id,
                    Artsprioritet = art,
                    Tidsprioritet = dato,
                    Sak = "S" + (i % 7).ToString(CultureInfo.InvariantCulture),
                    PrioritetISak = 1 + (i % 3),
                    Kravtype = TillattKravtype(art, i),
                    Gjenstaaende = Beloep.FraOere(tilfeldig.Next(10_000, 10_000_000)),
                    PaaloeptRente = Beloep.FraOere(tilfeldig.Next(0, 50_000)),
                    BevartTidsprioritet = i % 4 == 0,
                };
        }

        return krav;
    }

    /// <summary>A kravtype the law allows in the class (Retningslinje pkt. 6.1): renter/gebyr only e or f, kostnader only f.</summary>
    private static Kravtype TillattKravtype(Artsprioritet art, int i) => art switch
    {
        Artsprioritet.F => (Kravtype)(1 + (i % 4)),
        Artsprioritet.E => i % 3 == 1 ? Kravtype.Renter : i % 3 == 2 ? Kravtype.Gebyr : Kravtype.Hovedstol,
        _ => Kravtype.Hovedstol,
    };
}
