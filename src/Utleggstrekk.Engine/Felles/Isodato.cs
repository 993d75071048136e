using NodaTime;
using NodaTime.Text;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// The one ISO date format of the engine and every layer above it (messages, traces, JSON, CSV, the command line and
/// the web): <c>uuuu-MM-dd</c>, invariant culture. A test in Cli.Tests fails on the pattern written anywhere else.
/// </summary>
public static class Isodato
{
    /// <summary>The pattern <c>uuuu-MM-dd</c> (strict: exactly this shape, invariant culture).</summary>
    public static LocalDatePattern Moenster { get; } = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>The date as <c>uuuu-MM-dd</c>, e.g. <c>2025-03-01</c>.</summary>
    public static string Tekst(LocalDate dato) => Moenster.Format(dato);

    /// <summary>The month as <c>uuuu-MM</c>, e.g. <c>2025-03</c> (invariant culture).</summary>
    internal static string Tekst(YearMonth maaned) => Maanedsmoenster.Format(maaned);

    private static YearMonthPattern Maanedsmoenster { get; } = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
}
