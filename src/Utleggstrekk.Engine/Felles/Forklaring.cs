using System.Collections.Immutable;

namespace Utleggstrekk.Engine.Felles;

/// <summary>One fact a rule used: a name and its value as text (e.g. <c>bruttoPerMaaned</c> = <c>40000.00</c>).</summary>
/// <param name="Navn">The fact's name.</param>
/// <param name="Verdi">The value as invariant text.</param>
public sealed record Faktum(string Navn, string Verdi);

/// <summary>
/// A node of the explanation trace: which rule (with its legal source) produced which result from which facts,
/// and the sub-steps it used. Built only when an explanation is asked for; the hot path never creates one.
/// </summary>
/// <param name="Steg">Short step name, e.g. <c>Livsopphold</c>.</param>
/// <param name="Regel">The rule applied, with its legal source.</param>
/// <param name="Resultat">The step's result as invariant text.</param>
/// <param name="Fakta">The facts the rule used.</param>
/// <param name="Deler">Sub-steps.</param>
public sealed record Forklaring(
    string Steg,
    Regel Regel,
    string Resultat,
    ImmutableArray<Faktum> Fakta,
    ImmutableArray<Forklaring> Deler);
