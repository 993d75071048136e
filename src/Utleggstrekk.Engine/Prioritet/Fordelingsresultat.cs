using System.Collections.Immutable;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>One claim's part of a distributed payment (both its parts together).</summary>
/// <param name="Id">The claim's id, <see cref="Krav.Id"/> (JSON <c>fordeling[].id</c>, as <c>krav[].id</c> on input).</param>
/// <param name="Artsprioritet">The claim's class (that of its principal part).</param>
/// <param name="Rang">The rank of the claim's principal part in the order of cover (0 = first).</param>
/// <param name="ProRata">True when the principal part shared pro rata with others of its group.</param>
/// <param name="Behov">What the claim needed from this payment (principal plus accrued interest; løpende bidrag: the amount due).</param>
/// <param name="Andel">What it got, both parts together.</param>
/// <param name="Renteandel">What its separate interest part (class f) got; 0 when it has none (see <see cref="Kravdel.Renter"/>).</param>
public readonly record struct Kravandel(
    string Id,
    Artsprioritet Artsprioritet,
    int Rang,
    bool ProRata,
    Beloep Behov,
    Beloep Andel,
    Beloep Renteandel = default)
{
    /// <summary>What the claim still needs after this payment.</summary>
    public Beloep Udekket => Behov - Andel;
}

/// <summary>One part's share of a distributed payment, in the order of cover.</summary>
/// <param name="KravIndeks">The claim's input index.</param>
/// <param name="KravId">The claim's id.</param>
/// <param name="Del">Principal or interest part.</param>
/// <param name="Artsprioritet">The class the part was covered in.</param>
/// <param name="Tidsprioritet">The claim's tidsprioritet (the part keeps it, pkt. 6.2).</param>
/// <param name="Sak">The claim's case.</param>
/// <param name="Gruppe">Index of the part's group in the plan.</param>
/// <param name="Deling">How the part's group was covered.</param>
/// <param name="Behov">What the part needed.</param>
/// <param name="Andel">What it got.</param>
public readonly record struct Delandel(
    int KravIndeks,
    string KravId,
    Kravdel Del,
    Artsprioritet Artsprioritet,
    NodaTime.LocalDate Tidsprioritet,
    string Sak,
    int Gruppe,
    Delingsmaate Deling,
    Beloep Behov,
    Beloep Andel);

/// <summary>A distributed payment: each claim's share in input order, each part's share in order of cover, and the surplus.</summary>
/// <param name="Regel">The distribution rule used.</param>
/// <param name="Betaling">The payment distributed.</param>
/// <param name="Andeler">One entry per claim, in the caller's input order.</param>
/// <param name="Overskudd">Money left when every claim is covered (never dropped).</param>
public sealed record Fordelingsresultat(
    Fordelingsregel Regel,
    Beloep Betaling,
    ImmutableArray<Kravandel> Andeler,
    Beloep Overskudd)
{
    /// <summary>Every part (principal, and the class-f interest part of a class a–d claim) in the order of cover.</summary>
    public ImmutableArray<Delandel> Deler { get; init; } = [];
}
