using NodaTime;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// A named rule with its legal source and the date it applies from. Every rule the engine applies is one of
/// these, so an explanation can always say which rule used which fact, and where the rule comes from.
/// </summary>
/// <param name="Navn">Stable rule name, e.g. <c>Livsopphold.FjerdePersonReduksjon</c>.</param>
/// <param name="Kilde">The legal source as a person cites it, e.g. <c>deknl. § 2-7 første ledd; Retningslinje pkt. 5.3</c>.</param>
/// <param name="GyldigFra">The date the rule applies from, as the source states it.</param>
/// <param name="Beskrivelse">One sentence saying what the rule does.</param>
public sealed record Regel(string Navn, string Kilde, LocalDate GyldigFra, string Beskrivelse);
