using System.Globalization;
using NodaTime;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Framskriving;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Grafikk;

/// <summary>One line of the chart: a krav's remaining balance at each date.</summary>
/// <param name="Navn">The legend text, e.g. <c>K1 (6 000 kr)</c>.</param>
/// <param name="Punkter">Date and remaining balance, in date order.</param>
public sealed record Saldoserie(string Navn, IReadOnlyList<(LocalDate Dato, Beloep Saldo)> Punkter);

/// <summary>
/// The chart of a projection: each krav's remaining balance (principal plus unpaid interest) by month, one line per
/// krav (and per what-if amount). Built with OxyPlot.Core and exported as SVG by its pure-managed exporter; no native
/// dependencies, so the CLI and the web page use the same code. Output is deterministic (invariant culture).
/// </summary>
public static class Saldodiagram
{
    // Axis labels as a Norwegian reader writes amounts (20 000), fixed whatever the machine's culture.
    private static readonly CultureInfo Tallformat = LagTallformat();

    private static CultureInfo LagTallformat()
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        c.NumberFormat.NumberGroupSeparator = " ";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>
    /// The lines of one projection: per krav that is not a løpende bidrag, its start and its balance at the end of each
    /// month (<paramref name="saldo"/> as written by <see cref="Framskriver.Framskriv(Framskrivingsgrunnlag, Beloep?, Framskrivingsbuffer, Span{KravFramskriving}, Span{Framskrivingsmaaned}, Span{Beloep})"/>, claims × months). The legend
    /// is the krav id, followed by <paramref name="etikett"/> in parentheses when given.
    /// </summary>
    public static IReadOnlyList<Saldoserie> Serier(Framskrivingsgrunnlag grunnlag, ReadOnlySpan<Beloep> saldo, string? etikett = null)
    {
        ArgumentNullException.ThrowIfNull(grunnlag);
        var m = grunnlag.Maaneder;
        if (saldo.Length != grunnlag.AntallKrav * m)
        {
            throw new ArgumentException("The balances need claims × months elements.", nameof(saldo));
        }

        var serier = new List<Saldoserie>();
        for (var i = 0; i < grunnlag.AntallKrav; i++)
        {
            var krav = grunnlag.Trekk.Krav[i];
            if (krav.Kravtype == Kravtype.LoependeBidrag)
            {
                continue;
            }

            var punkter = new List<(LocalDate, Beloep)>(m + 1) { (grunnlag.MaanedFra(0), grunnlag.Start(i)) };
            for (var j = 0; j < m; j++)
            {
                punkter.Add((grunnlag.MaanedFra(j + 1), saldo[(i * m) + j]));
            }

            serier.Add(new Saldoserie(etikett is null ? krav.Id : $"{krav.Id} ({etikett})", punkter));
        }

        return serier;
    }

    /// <summary>The plot model: a date axis by month, an amount axis in kroner, one line per series, a legend.</summary>
    public static PlotModel Lag(IReadOnlyList<Saldoserie> serier, string tittel)
    {
        ArgumentNullException.ThrowIfNull(serier);
        var modell = new PlotModel { Title = tittel, Culture = Tallformat, Background = OxyColors.White };
        modell.Axes.Add(new DateTimeAxis
        {
            Position = AxisPosition.Bottom,
            StringFormat = "yyyy-MM",
            Title = "Måned",
            MajorGridlineStyle = LineStyle.Dot,
        });
        modell.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Left,
            Title = "Gjenstående (kr)",
            // The exporter estimates text widths; keep the title clear of wide labels such as "20 000".
            AxisTitleDistance = 10,
            Minimum = 0,
            MajorGridlineStyle = LineStyle.Dot,
            StringFormat = "#,0",
        });
        modell.Legends.Add(new Legend { LegendPosition = LegendPosition.RightTop, LegendPlacement = LegendPlacement.Outside });
        foreach (var s in serier)
        {
            var linje = new LineSeries { Title = s.Navn, MarkerType = MarkerType.None, StrokeThickness = 2 };
            foreach (var (dato, saldo) in s.Punkter)
            {
                linje.Points.Add(new DataPoint(DateTimeAxis.ToDouble(dato.ToDateTimeUnspecified()), (double)saldo.Kroner));
            }

            modell.Series.Add(linje);
        }

        return modell;
    }

    /// <summary>The chart as an SVG document.</summary>
    public static string TilSvg(PlotModel modell, double bredde = 960, double hoeyde = 540)
    {
        ArgumentNullException.ThrowIfNull(modell);
        var gammel = CultureInfo.CurrentCulture;
        try
        {
            // The exporter formats coordinates with the current culture; fix it so a Norwegian machine writes the same file.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return SvgExporter.ExportToString(modell, bredde, hoeyde, isDocument: true);
        }
        finally
        {
            CultureInfo.CurrentCulture = gammel;
        }
    }
}
