using NodaTime;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// The longest period a trekk may run: the half-open period <c>[Fra, Til)</c>; <see cref="SisteDag"/> is the same
/// end shown as an inclusive last day (<c>Til − 1 day</c>). <c>Til</c> and <c>SisteDag</c> are <c>null</c> when
/// there is no limit (bidrag).
/// </summary>
/// <param name="Fra">First day the trekk may run (inclusive): the beslutningsdato, or a later start date.</param>
/// <param name="Til">First day the trekk may no longer run (exclusive); <c>null</c> = no limit.</param>
/// <param name="SisteDag">Last day the trekk may run (inclusive) = <c>Til − 1 day</c>; <c>null</c> = no limit.</param>
/// <param name="Grunn">Stable reason code, e.g. <c>ORDINAER_2_AAR</c> (see <see cref="Trekkperiodegrunn"/>).</param>
/// <param name="Kilde">The legal source, as a person cites it.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Trekkperiodesvar(
    LocalDate Fra, LocalDate? Til, LocalDate? SisteDag, string Grunn, string Kilde, string Forklaring);

/// <summary>The tidsprioritet a claim has after an event (forlengelse of the trekk).</summary>
/// <param name="Tidsprioritet">The date that ranks the claim within its artsprioritet.</param>
/// <param name="Grunn">Stable reason code.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Tidsprioritetsvar(LocalDate Tidsprioritet, string Grunn, string Kilde, string Forklaring);

/// <summary>
/// The tidsprioritet of interest accrued in the trekkperiode. <see cref="Tidsprioritet"/> is <c>null</c> when the
/// interest has lost the principal's tidsprioritet; the sources do not say what it gets instead.
/// </summary>
/// <param name="Tidsprioritet">The principal's tidsprioritet, or <c>null</c> when it is lost.</param>
/// <param name="FristForRenteoppgave">
/// Tax claims: the last day (inclusive) a statement of accrued interest keeps the principal's tidsprioritet (one
/// month after the rest of the restanse was paid); <c>null</c> when no such deadline applies or is known yet.
/// </param>
/// <param name="Grunn">Stable reason code.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Rentetidsprioritetsvar(
    LocalDate? Tidsprioritet, LocalDate? FristForRenteoppgave, string Grunn, string Kilde, string Forklaring);

/// <summary>
/// Whether the trekk for one claim stops because of an event (gjeldsforhandling, konkurs), and for which half-open
/// period <c>[Fra, Til)</c>. When <see cref="Stanset"/> is <c>false</c> the trekk keeps running and the dates are
/// <c>null</c>.
/// </summary>
/// <param name="Stanset"><c>true</c> when the trekk for this claim stops.</param>
/// <param name="Fra">First day without trekk (inclusive), or <c>null</c> when the trekk keeps running.</param>
/// <param name="Til">First day the stop no longer applies (exclusive); <c>null</c> = no end stated by the source.</param>
/// <param name="SisteDag">Last day of the stop (inclusive) = <c>Til − 1 day</c>, or <c>null</c>.</param>
/// <param name="Grunn">Stable reason code.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Stanssvar(
    bool Stanset, LocalDate? Fra, LocalDate? Til, LocalDate? SisteDag, string Grunn, string Kilde, string Forklaring);

/// <summary>Whether amounts already withheld stay outside the trekkpliktiges konkursbo (separatistrett).</summary>
/// <param name="Separatistrett"><c>true</c> when the withheld amount does not go into the trekkpliktiges bo.</param>
/// <param name="Grunn">Stable reason code.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Separatistrettsvar(bool Separatistrett, string Grunn, string Kilde, string Forklaring);

/// <summary>
/// The new limitation period after an utleggstrekk: 10 years counted from the day the trekkpliktige was notified.
/// </summary>
/// <param name="FristFra">The day the period is counted from (the notification date; not itself counted).</param>
/// <param name="SisteDag">The last day of the period (inclusive): the period runs out at the end of this day.</param>
/// <param name="ForeldetFra">The first day the claim is time-barred (= <c>SisteDag + 1 day</c>), unless interrupted again.</param>
/// <param name="Grunn">Stable reason code.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Forklaring">Explanation in Norwegian (bokmål).</param>
public sealed record Foreldelsessvar(
    LocalDate FristFra, LocalDate SisteDag, LocalDate ForeldetFra, string Grunn, string Kilde, string Forklaring);
