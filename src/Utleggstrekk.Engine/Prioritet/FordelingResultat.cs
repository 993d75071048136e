using System.Collections.Immutable;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>One claim's part of a distributed payment.</summary>
/// <param name="KravId">The claim's id.</param>
/// <param name="Artsprioritet">The claim's class.</param>
/// <param name="Rang">The claim's place in the order of cover (0 = first).</param>
/// <param name="ProRata">True when the claim shared pro rata with others of its group.</param>
/// <param name="Behov">What the claim needed from this payment.</param>
/// <param name="Andel">What it got.</param>
public readonly record struct Kravandel(
    string KravId,
    Artsprioritet Artsprioritet,
    int Rang,
    bool ProRata,
    Beloep Behov,
    Beloep Andel)
{
    /// <summary>What the claim still needs after this payment.</summary>
    public Beloep Udekket => Behov - Andel;
}

/// <summary>A distributed payment: each claim's share in input order, and the surplus.</summary>
/// <param name="Regel">The distribution rule used.</param>
/// <param name="Betaling">The payment distributed.</param>
/// <param name="Andeler">One entry per claim, in the caller's input order.</param>
/// <param name="Overskudd">Money left when every claim is covered (never dropped).</param>
public sealed record FordelingResultat(
    Fordelingsregel Regel,
    Beloep Betaling,
    ImmutableArray<Kravandel> Andeler,
    Beloep Overskudd);
