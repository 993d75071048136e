using NodaTime;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Satser.Csv;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Satser;

/// <summary>
/// The compiled per-day index (<see cref="Dagsindeks"/>) must give, on every day, exactly what the tables' own lookups
/// give: the livsopphold and samvær periods with their status (with and without assumed rates), the period's rates and
/// every trekkgrense. Checked day by day over and around the whole range of the embedded satser (gaps, the older
/// single 11+ band, the carry-forward after the last known day) and of the test fixture.
/// </summary>
public class DagsindeksTests
{
    public static TheoryData<string> Grunnlag => ["innebygde", "test"];

    [Theory]
    [MemberData(nameof(Grunnlag))]
    public void Every_day_agrees_with_the_tables_own_lookups(string navn)
    {
        var satser = navn == "innebygde" ? SatserLaster.LastInnebygde() : TestSatser.Standard;
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
}
