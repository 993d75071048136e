using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// A group of claims that are covered the same way: one after another in full (<see cref="ProRata"/> false), or pro
/// rata by weight with water-filling (<see cref="ProRata"/> true). Groups are covered in order; a later group gets nothing
/// while an earlier one is short.
/// </summary>
/// <param name="Artsprioritet">The class of every claim in the group.</param>
/// <param name="Start">First rank of the group in <see cref="Fordelingsplan.Rekkefoelge"/>.</param>
/// <param name="Lengde">Number of claims in the group.</param>
/// <param name="ProRata">True when the claims share pro rata; false when each is covered in full before the next.</param>
public readonly record struct Fordelingsgruppe(Artsprioritet Artsprioritet, int Start, int Lengde, bool ProRata);

/// <summary>
/// The claims of one trekk sorted once into priority order (<see cref="Fordeler.Planlegg"/>), ready to distribute
/// any number of payments without allocating. Immutable; safe to share between threads.
/// </summary>
/// <remarks>
/// The order depends only on class, dates, cases, prioritetISak, ids and preserved time priority, never on amounts, so
/// one plan serves a whole projection: pass each month's needs to
/// <see cref="Fordeler.Fordel(Fordelingsplan, Beloep, ReadOnlySpan{Beloep}, Span{Beloep}, out Beloep)"/>.
/// </remarks>
public sealed class Fordelingsplan
{
    private readonly int[] _rekkefoelge;
    private readonly Beloep[] _behov;
    private readonly Beloep[] _vekter;
    private readonly string[] _ider;
    private readonly Fordelingsgruppe[] _grupper;

    internal Fordelingsplan(Fordelingsregel regel, int[] rekkefoelge, Beloep[] behov, Beloep[] vekter, string[] ider, Fordelingsgruppe[] grupper)
    {
        _vekter = vekter;
        Regel = regel;
        _rekkefoelge = rekkefoelge;
        _behov = behov;
        _ider = ider;
        _grupper = grupper;
    }

    /// <summary>The distribution rule the plan was made for.</summary>
    public Fordelingsregel Regel { get; }

    /// <summary>Number of claims.</summary>
    public int Antall => _behov.Length;

    /// <summary>The claims' input indices in priority order (rank 0 first).</summary>
    public ReadOnlySpan<int> Rekkefoelge => _rekkefoelge;

    /// <summary>What each claim needs, in input order, as the claims stated it when the plan was made.</summary>
    public ReadOnlySpan<Beloep> Behov => _behov;

    /// <summary>Each claim's pro-rata weight (<see cref="Fordeler.Vekt"/>), in input order, as stated when the plan was made.</summary>
    public ReadOnlySpan<Beloep> Vekter => _vekter;

    /// <summary>The groups, in the order they are covered.</summary>
    public ReadOnlySpan<Fordelingsgruppe> Grupper => _grupper;

    /// <summary>The id of the claim at input index <paramref name="indeks"/>.</summary>
    public string KravId(int indeks) => _ider[indeks];
}
