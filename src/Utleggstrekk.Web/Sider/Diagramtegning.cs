using System.Text.RegularExpressions;
using Utleggstrekk.Applikasjon;
using Utleggstrekk.Grafikk;

namespace Utleggstrekk.Web;

/// <summary>
/// Draws a projection's balances with the same OxyPlot code as <c>framskriv --svg</c> (<see cref="Saldodiagram"/>) and
/// makes the SVG fit the page: ids unique per figure, a title reference for screen readers, and inline
/// <c>style</c> attributes turned into SVG presentation attributes, which the page's content security policy allows.
/// </summary>
public static partial class Diagramtegning
{
    /// <summary>The chart of the first run of <paramref name="kjoering"/>: the SVG and the series' names.</summary>
    public static (string Svg, string Navn) Lag(string id, Framskrivingskjoering kjoering)
    {
        ArgumentNullException.ThrowIfNull(kjoering);
        var serier = Saldodiagram.Serier(kjoering.Grunnlag, kjoering.Saldo[0]);
        var svg = Saldodiagram.TilSvg(Saldodiagram.Lag(serier, string.Empty), 560, 380);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];

        // Two charts on one page: OxyPlot numbers its clip paths from 1 in each, so make the ids unique per figure.
        svg = svg.Replace("id=\"clipPath", $"id=\"{id}-clipPath", StringComparison.Ordinal).Replace("url(#clipPath", $"url(#{id}-clipPath", StringComparison.Ordinal);
        svg = string.Concat("<svg role=\"img\" aria-labelledby=\"", id, "-tittel\" viewBox=\"0 0 560 380\"", svg.AsSpan(4));
        svg = Stil().Replace(svg, m => string.Join(' ', m.Groups[1].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(d => d.Length == 2 && Egenskap().IsMatch(d[0]))
            .Select(d => $"{d[0]}=\"{d[1].Replace("\"", string.Empty, StringComparison.Ordinal)}\"")));
        return (svg, string.Join(", ", serier.Select(x => x.Navn)));
    }

    [GeneratedRegex("style=\"([^\"]*)\"")]
    private static partial Regex Stil();

    [GeneratedRegex("^[a-z-]+$")]
    private static partial Regex Egenskap();
}
