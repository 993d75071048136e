using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>One claim after every payment is placed, as it stands on the avregning's date.</summary>
/// <param name="DekketHovedstol">What the payments covered of the principal (a løpende bidrag: the monthly amounts covered).</param>
/// <param name="DekketRenter">What the payments covered of interest.</param>
/// <param name="Renter">Interest accrued over the avregning: from <c>renteFra</c> (or the first day it runs) to the
/// date, without the <c>paaloeptRente</c> given in the input.</param>
/// <param name="GjenstaaendeHovedstol">Principal remaining on the date (0 for a løpende bidrag).</param>
/// <param name="GjenstaaendeRenter">Interest accrued and unpaid on the date.</param>
public readonly record struct KravAvregning(
    Beloep DekketHovedstol,
    Beloep DekketRenter,
    Beloep Renter,
    Beloep GjenstaaendeHovedstol,
    Beloep GjenstaaendeRenter)
{
    /// <summary>Everything the payments covered of the claim.</summary>
    public Beloep Dekket => DekketHovedstol + DekketRenter;

    /// <summary>What remains on the date: principal plus unpaid interest.</summary>
    public Beloep Gjenstaaende => GjenstaaendeHovedstol + GjenstaaendeRenter;
}

/// <summary>One payment as it was placed.</summary>
/// <param name="Indeks">Its index in <c>Trekk.Mottatt</c>.</param>
/// <param name="Dato">The day it was received.</param>
/// <param name="Beloep">The amount received.</param>
/// <param name="Plassert">What it covered of the claims.</param>
/// <param name="Tilbakebetales">What was left when every claim taking part was covered: to be paid back to the debtor
/// (Retningslinje pkt. 8.7).</param>
public readonly record struct BetalingAvregning(int Indeks, LocalDate Dato, Beloep Beloep, Beloep Plassert, Beloep Tilbakebetales);

/// <summary>The totals of an avregning.</summary>
/// <param name="Mottatt">Every payment together.</param>
/// <param name="Plassert">What the payments covered together.</param>
/// <param name="Tilbakebetales">What must be paid back to the debtor together.</param>
/// <param name="DekketHovedstol">Principal covered (løpende bidrag included).</param>
/// <param name="DekketRenter">Interest covered.</param>
/// <param name="TilLoependeBidrag">Of the principal covered, what went to løpende bidrag (not a debt that decreases).</param>
/// <param name="Gjenstaaende">What remains of every claim on the date.</param>
/// <param name="Antatt">True when some interest used a forsinkelsesrente carried forward past the rate table's end.</param>
public readonly record struct Avregningssum(
    Beloep Mottatt,
    Beloep Plassert,
    Beloep Tilbakebetales,
    Beloep DekketHovedstol,
    Beloep DekketRenter,
    Beloep TilLoependeBidrag,
    Beloep Gjenstaaende,
    bool Antatt)
{
    /// <summary>
    /// True when some interest used a derived forsinkelsesrente (kildegrad <c>avledet</c>: not published, derived by the rule
    /// the table's <c>kilde</c> states, e.g. Norges Bank's policy rate + 8 pp).
    /// </summary>
    public bool Avledet { get; init; }
}

/// <summary>What one payment gave one claim.</summary>
/// <param name="Hovedstol">Principal covered (a løpende bidrag: the amount due covered).</param>
/// <param name="Renter">Interest covered.</param>
public readonly record struct Plassering(Beloep Hovedstol, Beloep Renter)
{
    /// <summary>Both parts.</summary>
    public Beloep Sum => Hovedstol + Renter;
}

/// <summary>
/// The whole avregning of a trekk on a date: per claim (input order), per payment (date order) with each claim's part of
/// it, and the totals. Built by <see cref="Avregner.Avregn(Trekkdata.Trekk, LocalDate, Satser.EnkelTabell{Satser.Prosentverdi})"/>.
/// </summary>
public sealed record Avregningsresultat
{
    /// <summary>The avregning's date: what remains is stated on this day.</summary>
    public required LocalDate Dato { get; init; }

    /// <summary>The distribution rule used.</summary>
    public required Fordelingsregel Regel { get; init; }

    /// <summary>The claims' ids, in input order.</summary>
    public required ImmutableArray<string> KravId { get; init; }

    /// <summary>Per claim, in input order.</summary>
    public required ImmutableArray<KravAvregning> Krav { get; init; }

    /// <summary>Per payment, in the order placed (date, then input order).</summary>
    public required ImmutableArray<BetalingAvregning> Betalinger { get; init; }

    /// <summary>Per payment (order of <see cref="Betalinger"/>) and claim (input order): <c>[betaling · krav + i]</c>.</summary>
    public required ImmutableArray<Plassering> Plasseringer { get; init; }

    /// <summary>The totals.</summary>
    public required Avregningssum Sum { get; init; }

    /// <summary>What payment <paramref name="betaling"/> (order placed) gave claim <paramref name="krav"/> (input index).</summary>
    public Plassering PlasseringFor(int betaling, int krav) => Plasseringer[(betaling * Krav.Length) + krav];
}
