using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// The per-payment work arrays of a repeated fordeling (the avregning's payments, the projection's months): each
/// claim's current needs in, its shares out. Made once per grunnlag; a struct held in the caller's buffer, so reading
/// an array costs no extra indirection in the payment loop.
/// </summary>
internal readonly struct Fordelingsbuffer
{
    /// <summary>Makes the arrays for <paramref name="antallKrav"/> claims.</summary>
    public Fordelingsbuffer(int antallKrav)
    {
        HovedstolBehov = new Beloep[antallKrav];
        RenteBehov = new Beloep[antallKrav];
        Andeler = new Beloep[antallKrav];
        Renteandeler = new Beloep[antallKrav];
    }

    /// <summary>Per claim: what its principal part needs now (a løpende bidrag: what is due).</summary>
    public Beloep[] HovedstolBehov { get; }

    /// <summary>Per claim: its accrued interest now.</summary>
    public Beloep[] RenteBehov { get; }

    /// <summary>Out, per claim: what both its parts got.</summary>
    public Beloep[] Andeler { get; }

    /// <summary>Out, per claim: what its separate interest part got.</summary>
    public Beloep[] Renteandeler { get; }

    /// <summary>
    /// Shares <paramref name="betaling"/> over the needs in the arrays by <paramref name="plan"/>'s order of cover. The
    /// needs are the engine's own, non-negative by construction, so the per-claim argument check is not run
    /// (<see cref="Fordeler.FordelUtenKontroll"/>). The class-a weight is the bidrag size (deknl. § 2-8 third ledd last
    /// sentence: the amount due, or the remaining bidragsgjeld), which is the principal need itself, so the same array
    /// serves as the weights.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Fordel(Fordelingsplan plan, Beloep betaling, out Beloep overskudd) =>
        Fordeler.FordelUtenKontroll(plan, betaling, HovedstolBehov, RenteBehov, HovedstolBehov, Andeler, Renteandeler, out overskudd);
}
