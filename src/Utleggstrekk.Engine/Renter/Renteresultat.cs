using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Renter;

/// <summary>The interest for one amount over one period <c>[fra, til)</c>.</summary>
/// <param name="Rente">The interest, rounded once to øre, half away from zero.</param>
/// <param name="Antatt">
/// True when at least one day lies after the rate table's last known day and the last known rate was carried forward.
/// </param>
/// <param name="Dager">The number of interest days: <c>til − fra</c> (start inclusive, end exclusive).</param>
public readonly record struct Renteresultat(Beloep Rente, bool Antatt, int Dager)
{
    /// <summary>
    /// True when at least one day's rate is a derived figure (<see cref="Satser.Kildegrad.Avledet"/>: not published,
    /// derived by the rule the table's <c>kilde</c> states, e.g. Norges Bank's policy rate + 8 pp).
    /// </summary>
    public bool Avledet { get; init; }
}

/// <summary>
/// One line of an interest calculation: a run of days with the same rate inside one calendar year.
/// Segments split at rate changes and at year ends.
/// </summary>
/// <param name="Fra">First day of the segment (inclusive).</param>
/// <param name="Til">End of the segment (exclusive). The last interest day is <c>Til − 1 day</c>.</param>
/// <param name="Dager">Days in the segment.</param>
/// <param name="Sats">The annual rate in force on these days.</param>
/// <param name="Aarsdager">Days in the segment's calendar year (365, or 366 in a leap year).</param>
/// <param name="Antatt">True when the rate was carried forward past the table's last known day.</param>
/// <param name="UavrundetRente">
/// The segment's exact share of the interest in kroner, not rounded (for display only; the result is rounded once, over
/// the exact sum of all segments, so the rounded segment shares need not add up to the result).
/// </param>
public readonly record struct Rentesegment(
    LocalDate Fra,
    LocalDate Til,
    int Dager,
    Prosent Sats,
    int Aarsdager,
    bool Antatt,
    decimal UavrundetRente)
{
    /// <summary>How the table's rate is known (<c>kildegrad</c>); <c>null</c> for an agreed rate (not from a table).</summary>
    public Satser.Kildegrad? Kildegrad { get; init; }
}

/// <summary>An interest calculation with its segments and its explanation trace (built only on request).</summary>
/// <param name="Resultat">The same result as the allocation-free calculation.</param>
/// <param name="Segmenter">The segments, in date order.</param>
/// <param name="Forklaring">The explanation trace: rules, sources and facts.</param>
public sealed record Renteforklaring(
    Renteresultat Resultat,
    ImmutableArray<Rentesegment> Segmenter,
    Forklaring Forklaring);
