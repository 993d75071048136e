using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Tests.Renter;

/// <summary>
/// The forsinkelsesrente table for tests, built in test code from the figures of
/// /work/shared/reference/satser/forsinkelsesrente.csv (gyldig_fra, gyldig_til inclusive, sats_prosent_pa; the sources
/// are in that file). The engine's periods are half-open, so each period ends the day after gyldig_til.
/// </summary>
internal static class ForsinkelsesrenteTestdata
{
    private static readonly (string Fra, string TilInklusiv, decimal Sats)[] Rader =
    [
        ("2010-01-01", "2010-06-30", 8.75m),
        ("2010-07-01", "2010-12-31", 9.00m),
        ("2011-01-01", "2011-06-30", 9.00m),
        ("2011-07-01", "2011-12-31", 9.25m),
        ("2012-01-01", "2012-06-30", 8.75m),
        ("2012-07-01", "2012-12-31", 8.50m),
        ("2013-01-01", "2013-06-30", 8.50m),
        ("2013-07-01", "2013-12-31", 9.50m),
        ("2014-01-01", "2014-06-30", 9.50m),
        ("2014-07-01", "2014-12-31", 9.50m),
        ("2015-01-01", "2015-06-30", 9.25m),
        ("2015-07-01", "2015-12-31", 9.00m),
        ("2016-01-01", "2016-06-30", 8.75m),
        ("2016-07-01", "2016-12-31", 8.50m),
        ("2017-01-01", "2017-06-30", 8.50m),
        ("2017-07-01", "2017-12-31", 8.50m),
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

    /// <summary>The whole table, 2010-01-01 to 2025-12-31 (last known day).</summary>
    public static EnkelTabell<Prosentverdi> Tabell { get; } = Lag(Rader);

    /// <summary>A table of the given rows (fra, til inclusive, percent).</summary>
    public static EnkelTabell<Prosentverdi> Lag(IEnumerable<(string Fra, string TilInklusiv, decimal Sats)> rader) =>
        EnkelTabell<Prosentverdi>.Lag(
        [
            .. rader.Select(r => new Periodeverdi<Prosentverdi>(
                Dato(r.Fra),
                Dato(r.TilInklusiv).PlusDays(1),
                new Prosentverdi(Prosent.FraDesimal(r.Sats), "forsinkelsesrente.csv"))),
        ]);

    public static LocalDate Dato(string tekst) =>
        LocalDate.FromDateTime(DateTime.ParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
