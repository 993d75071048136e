using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// The compiled per-day index (<see cref="Dagsindeks"/>) must give, on every day, exactly what the tables' own lookups
/// give: the livsopphold and samvær periods with their status (with and without assumed rates), the period's rates and
/// every trekkgrense. Checked day by day over and around the whole range of the embedded satser (gaps, the older
/// single 11+ band, the carry-forward after the last known day), of the test fixture, and of a fixture whose tables
/// change on different days (a gap in livsopphold, samvær ending before it, trekkgrenser of their own), built anew
/// for the test so that the index is compiled inside it.
/// </summary>
public class DagsindeksTests
{
    public static TheoryData<string> Grunnlag => ["innebygde", "test", "forskjoevet"];

    [Theory]
    [MemberData(nameof(Grunnlag))]
    public void Every_day_agrees_with_the_tables_own_lookups(string navn)
    {
        var satser = navn switch
        {
            "innebygde" => SatserLaster.LastInnebygde(),
            "test" => TestSatser.Standard,
            _ => Forskjoevet(),
        };
        var fra = Tidsserie.Dagnummer(new LocalDate(2019, 1, 1));
        var til = Tidsserie.Dagnummer(new LocalDate(2028, 1, 1));
        for (var dag = fra; dag < til; dag++)
        {
            ref readonly var segment = ref satser.Dagsindeks.Finn(dag);
            foreach (var tillatAntatt in new[] { false, true })
            {
                var livs = satser.Livsopphold.Tidsserie.Finn(dag, tillatAntatt, out var livsStatus);
                segment.Livsopphold(tillatAntatt, out var status).Should().Be(livs, "day {0}", dag);
                status.Should().Be(livsStatus);
                if (livs >= 0)
                {
                    segment.Livssatser.Should().Be(satser.Livsopphold.Satser(livs));
                }

                var samvaer = satser.Samvaer.Tidsserie.Finn(dag, tillatAntatt, out var samvaerStatus);
                segment.Samvaer(tillatAntatt, out status).Should().Be(samvaer, "day {0}", dag);
                status.Should().Be(samvaerStatus);
                for (var klasse = 1; samvaer >= 0 && klasse <= SamvaerTabell.AntallKlasser; klasse++)
                {
                    for (var band = 0; band < SamvaerTabell.AntallAldersband; band++)
                    {
                        segment.Samvaerssats(klasse, band).Should().Be(satser.Samvaer.Sats(samvaer, klasse, band));
                    }
                }
            }

            var dato = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));
            for (var g = 0; g < TrekkgrenserTabell.Parameternavn.Count; g++)
            {
                var kjent = satser.Trekkgrenser.TryFinn((Trekkgrense)g, dato, out var verdi);
                segment.TryGrense((Trekkgrense)g, out var prosent).Should().Be(kjent, "day {0}, {1}", dag, (Trekkgrense)g);
                if (kjent)
                {
                    prosent.Should().Be(verdi.Prosent);
                }
            }
        }
    }

    /// <summary>
    /// Tables whose boundaries all differ (not legal figures): livsopphold 2023-01-01–2023-04-30 and
    /// 2023-06-15–2024-01-31 (a gap between, assumed after), samvær 2023-03-01–2023-10-31 and 2023-11-01–2024-04-30,
    /// and trekkgrenser starting and ending on days of their own, one of them closed.
    /// </summary>
    private static Satsgrunnlag Forskjoevet()
    {
        static LocalDate D(int y, int m, int d) => new(y, m, d);
        var livsopphold = LivsoppholdTabell.Lag(
        [
            TestSatser.Livsperiode(D(2023, 1, 1), D(2023, 5, 1), 10_001, 8_001, 3_001, 4_001, 5_001, 6_001, "test a"),
            TestSatser.Livsperiode(D(2023, 6, 15), D(2024, 2, 1), 10_002, 8_002, 3_002, 4_002, 5_002, 6_002, "test b"),
        ]);
        var samvaer = SamvaerTabell.Lag(
        [
            TestSatser.Samvaerperiode(D(2023, 3, 1), D(2023, 11, 1), "test c", [101, 102, 103, 104], [111, 112, 113, 114], [121, 122, 123, 124], [131, 132, 133, 134]),
            TestSatser.Samvaerperiode(D(2023, 11, 1), D(2024, 5, 1), "test d", [201, 202, 203, 204], [211, 212, 213, 214], [221, 222, 223, 224], [231, 232, 233, 234]),
        ]);
        var trekkgrenser = TrekkgrenserTabell.Lag(new Dictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>>
        {
            [Trekkgrense.TakNormal] =
            [
                new(D(2022, 2, 1), D(2023, 8, 1), new Prosentverdi(Prosent.FraHeleProsent(60), "test e")),
                TestSatser.Grense(D(2023, 8, 1), 55, "test f"),
            ],
            [Trekkgrense.TakMaks] = [TestSatser.Grense(D(2022, 2, 1), 80, "test g")],
            [Trekkgrense.NaeringSkjematisk] = [TestSatser.Grense(D(2023, 10, 10), 20, "test h")],
            [Trekkgrense.ReduksjonFraFjerdePerson] = [TestSatser.Grense(D(2021, 5, 1), 20, "test i")],
            [Trekkgrense.ReduksjonSamvaerFraTredjeBarn] =
            [
                new(D(2024, 3, 1), D(2024, 9, 1), new Prosentverdi(Prosent.FraHeleProsent(20), "test j")),
            ],
        });
        var standard = TestSatser.Standard;
        return new Satsgrunnlag(
            "forskjoevet",
            standard.Tabellversjoner,
            livsopphold,
            samvaer,
            standard.Forsinkelsesrente,
            standard.Rettsgebyr,
            trekkgrenser);
    }
}
