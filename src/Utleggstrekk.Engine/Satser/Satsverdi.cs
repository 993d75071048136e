using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>One figure from a rate table together with its source (the table's <c>kilde</c> column).</summary>
/// <param name="Beloep">The figure.</param>
/// <param name="Kilde">Where the figure comes from, as written in the table.</param>
/// <param name="Kildegrad">How the figure is known (the table's <c>kildegrad</c> column); a table built in code without it vouches for a published figure.</param>
public readonly record struct Satsverdi(Beloep Beloep, string Kilde, Kildegrad Kildegrad = Kildegrad.Kunngjort);

/// <summary>One percentage from a rate table together with its source.</summary>
/// <param name="Prosent">The percentage.</param>
/// <param name="Kilde">Where the figure comes from, as written in the table.</param>
/// <param name="Kildegrad">How the figure is known (the table's <c>kildegrad</c> column); a table built in code without it vouches for a published figure.</param>
public readonly record struct Prosentverdi(Prosent Prosent, string Kilde, Kildegrad Kildegrad = Kildegrad.Kunngjort);
