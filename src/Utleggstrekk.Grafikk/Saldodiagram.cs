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
public sealed record Saldoserie(string Navn, IReadOnlyList<(LocalDate Dato, Beloep Saldo)> Punkter)
{
    /// <summary>The krav the line belongs to (same colour and marker for the same krav), or null to group by <see cref="Navn"/>.</summary>
    public string? Krav { get; init; }

    /// <summary>The what-if amount the line belongs to, e.g. <c>6 000 kr</c> (same line style per amount), or null for one amount.</summary>
    public string? Alternativ { get; init; }
}

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

            serier.Add(new Saldoserie(etikett is null ? krav.Id : $"{krav.Id} ({etikett})", punkter) { Krav = krav.Id, Alternativ = etikett });
        }

        return serier;
    }

    /// <summary>
    /// Colours told apart also in grey or by the colour-blind (Okabe–Ito, ordered so neighbours differ in lightness);
    /// each krav also gets its own marker, so the lines stay apart in a grey print.
    /// </summary>
    private static readonly OxyColor[] Farger =
    [
        OxyColor.FromRgb(0, 0, 0), OxyColor.FromRgb(230, 159, 0), OxyColor.FromRgb(0, 114, 178), OxyColor.FromRgb(86, 180, 233),
        OxyColor.FromRgb(213, 94, 0), OxyColor.FromRgb(0, 158, 115), OxyColor.FromRgb(204, 121, 167), OxyColor.FromRgb(120, 120, 120),
    ];

    private static readonly MarkerType[] Markoerer =
        [MarkerType.Circle, MarkerType.Square, MarkerType.Triangle, MarkerType.Diamond, MarkerType.Cross, MarkerType.Plus, MarkerType.Star];

    private static readonly LineStyle[] Linjestiler = [LineStyle.Solid, LineStyle.Dash, LineStyle.Dot, LineStyle.DashDot, LineStyle.LongDash];

    /// <summary>
    /// The plot model: a date axis by month, an amount axis in kroner, one line per series, the legend below the plot
    /// (inside the picture). Each krav has one colour and one marker; with several what-if amounts each amount has one line
    /// style, the legend lists each krav once and each amount once with its line style, so the series are grouped.
    /// </summary>
    public static PlotModel Lag(IReadOnlyList<Saldoserie> serier, string tittel)
    {
        ArgumentNullException.ThrowIfNull(serier);
        var modell = new PlotModel { Title = tittel, Culture = Tallformat, Background = OxyColors.White };
        LeggTilAkser(modell);
        LeggTilForklaring(modell);
        var kravene = serier.Select(s => s.Krav ?? s.Navn).Distinct(StringComparer.Ordinal).ToList();
        var alternativene = serier.Select(s => s.Alternativ).Distinct(StringComparer.Ordinal).ToList();
        var gruppert = alternativene.Count > 1;
        foreach (var s in serier)
        {
            modell.Series.Add(Linje(s, kravene.IndexOf(s.Krav ?? s.Navn), alternativene.IndexOf(s.Alternativ), gruppert));
        }

        if (gruppert)
        {
            // One legend entry per amount: its line style in grey, no data.
            for (var a = 0; a < alternativene.Count; a++)
            {
                modell.Series.Add(new LineSeries { Title = alternativene[a] ?? "besluttet", Color = OxyColor.FromRgb(90, 90, 90), LineStyle = Linjestiler[a % Linjestiler.Length], StrokeThickness = 1.5 });
            }
        }

        return modell;
    }

    /// <summary>A date axis by month at the bottom, an amount axis in kroner from 0 on the left.</summary>
    private static void LeggTilAkser(PlotModel modell)
    {
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
    }

    /// <summary>The legend, below the plot inside the picture, in one framed row.</summary>
    private static void LeggTilForklaring(PlotModel modell) =>
        modell.Legends.Add(new Legend
        {
            LegendPosition = LegendPosition.BottomCenter,
            LegendPlacement = LegendPlacement.Outside,
            LegendOrientation = LegendOrientation.Horizontal,
            LegendBorder = OxyColors.Black,
            LegendBackground = OxyColors.White,
            LegendSymbolLength = 36,
            // The exporter underestimates text widths; the padding keeps the last entry inside the frame.
            LegendPadding = 12,
            LegendItemSpacing = 16,
        });

    /// <summary>
    /// The line of one series: krav <paramref name="k"/>'s colour and marker, amount <paramref name="a"/>'s line style;
    /// grouped, the legend shows the krav once (on the first amount's line).
    /// </summary>
    private static LineSeries Linje(Saldoserie s, int k, int a, bool gruppert)
    {
        var linje = new LineSeries
        {
            Title = gruppert ? s.Krav ?? s.Navn : s.Navn,
            RenderInLegend = !gruppert || a == 0,
            Color = Farger[k % Farger.Length],
            LineStyle = Linjestiler[a % Linjestiler.Length],
            MarkerType = Markoerer[k % Markoerer.Length],
            MarkerSize = 3,
            MarkerStroke = Farger[k % Farger.Length],
            MarkerFill = Farger[k % Farger.Length],
            StrokeThickness = 2,
        };
        foreach (var (dato, saldo) in s.Punkter)
        {
            linje.Points.Add(new DataPoint(DateTimeAxis.ToDouble(dato.ToDateTimeUnspecified()), (double)saldo.Kroner));
        }

        return linje;
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
