using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Benchmarks;

/// <summary>Deterministic inputs for the Renter and Prioritet benchmarks.</summary>
internal static class Benchmarkdata
{
    /// <summary>
    /// Forsinkelsesrente periods 2018-01-01 … 2025-12-31 (gyldig_fra, gyldig_til inclusive, percent), the figures of
    /// satser/forsinkelsesrente.csv (sources in that file).
    /// </summary>
    private static readonly (string Fra, string TilInklusiv, decimal Sats)[] Renterader =
    [
        ("2018-01-01", "2018-06-30", 8.50m),
        ("2018-07-01", "2018-12-31", 8.50m),
        ("2019-01-01", "2019-06-30", 8.75m),
        ("2019-07-01", "2019-12-31", 9.25m),
        ("2020-01-01", "2020-06-30", 9.50m),
        ("2020-07-01", "2020-12-31", 8.00m),
        ("2021-01-01", "2021-06-30", 8.00m),
        ("2021-07-01", "2021-12-31", 8.00m),
        ("2022-01-01", "2022-06-30", 8.50m),
        ("2022-07-01", "2022-12-31", 9.25m),
        ("2023-01-01", "2023-06-30", 10.75m),
        ("2023-07-01", "2023-12-31", 11.75m),
        ("2024-01-01", "2024-06-30", 12.50m),
        ("2024-07-01", "2024-12-31", 12.50m),
        ("2025-01-01", "2025-06-30", 12.50m),
        ("2025-07-01", "2025-12-31", 12.25m),
    ];

    public static EnkelTabell<Prosentverdi> Forsinkelsesrente() =>
        EnkelTabell<Prosentverdi>.Lag(
        [
            .. Renterader.Select(r => new Periodeverdi<Prosentverdi>(
                Dato(r.Fra),
                Dato(r.TilInklusiv).PlusDays(1),
                new Prosentverdi(Prosent.FraDesimal(r.Sats), "forsinkelsesrente.csv"))),
        ]);

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
                    Kravtype = (Kravtype)(1 + (i % 4)),
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

    private static LocalDate Dato(string tekst) =>
        LocalDate.FromDateTime(DateTime.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
