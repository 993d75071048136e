using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// How long a trekk may run and what happens to it over its life (SPEC §7): the maximum trekkperiode, tidsprioritet
/// on forlengelse and for accrued interest, gjeldsforhandling, konkurs and foreldelse. Every answer carries a stable
/// reason code, the legal source and an explanation in Norwegian (bokmål). Stateless and thread-safe; these are
/// decision-time questions, not a hot path, so the answers are ordinary objects.
/// </summary>
/// <remarks>
/// The public entry point only: each legal question is a class of its own in this folder, named as the question, with
/// its rules (<see cref="Regel"/>), legal sources and the date it applies from (<see cref="LengsteTrekkperiode"/>,
/// <see cref="Skattefrist"/>, <see cref="Forlengelsestidsprioritet"/>, <see cref="Rentetidsprioritet"/>,
/// <see cref="StansVedGjeldsforhandling"/>, <see cref="StansVedSkyldnersKonkurs"/>,
/// <see cref="SeparatistrettVedTrekkpliktigesKonkurs"/>, <see cref="ForeldelseEtterTrekk"/>).
/// </remarks>
/// <remarks>
/// Periods are half-open <c>[Fra, Til)</c>. "N years from day D" is <c>[D, D.PlusYears(N))</c>: D itself is the
/// first trekk day, so the last day is <c>D.PlusYears(N) − 1 day</c>. This is the counting the Retningslinje uses in
/// its own example (restskatt 2021: the 5 years start 1.1.2022 and end with 31.12.2026). NodaTime's
/// <c>PlusYears</c> moves 29 February to 28 February in a non-leap year, so 2 years from 2024-02-29 ends before
/// 2026-02-28 (last day 2026-02-27). See <c>docs/trekkperiode.md</c>.
/// </remarks>
public static class Trekkperiodeberegner
{
    /// <summary>The highest year of a beslutningsdato the arithmetic supports (NodaTime ends at year 9999).</summary>
    public const int HoeyesteAar = Trekkperiodefelles.HoeyesteAar;

    /// <summary>
    /// The longest period the trekk may run (tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2;
    /// LG-2019-124144 for a later start).
    /// </summary>
    /// <param name="f">The question.</param>
    /// <returns>The half-open period, the reason code, the source and an explanation.</returns>
    /// <exception cref="UgyldigInndataException">The input breaks one or more rules; every broken rule is listed.</exception>
    public static Trekkperiodesvar Beregn(TrekkperiodeForespoersel f) =>
        LengsteTrekkperiode.Beregn(f);

    /// <summary>
    /// The tidsprioritet of a claim when its trekk is extended (forlengelse) (sktbf. § 14-5-4 tredje ledd;
    /// Retningslinje pkt. 6.2).
    /// </summary>
    /// <param name="art">The kind of claim; only <see cref="Kravart.SkattOgAvgift"/> can keep its priority.</param>
    /// <param name="opprinnelig">The original tidsprioritet (date the first trekk was laid down).</param>
    /// <param name="nyBeslutningsdato">The date of the decision that extends (or lays down anew) the trekk.</param>
    /// <param name="varselSendtFoerUtloep">A valid tvangsl. § 4-19 varsel was sent before the trekkperiode ended.</param>
    /// <param name="stoerrelseVurdertPaaNytt">The size of the trekk was assessed anew.</param>
    /// <returns>The tidsprioritet after the forlengelse.</returns>
    /// <exception cref="UgyldigInndataException">The new decision is dated before the original, or <paramref name="art"/> is unknown.</exception>
    public static Tidsprioritetsvar TidsprioritetVedForlengelse(
        Kravart art,
        LocalDate opprinnelig,
        LocalDate nyBeslutningsdato,
        bool varselSendtFoerUtloep,
        bool stoerrelseVurdertPaaNytt) =>
        Forlengelsestidsprioritet.Beregn(art, opprinnelig, nyBeslutningsdato, varselSendtFoerUtloep, stoerrelseVurdertPaaNytt);

    /// <summary>
    /// The tidsprioritet of interest accrued in the trekkperiode (sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21;
    /// Retningslinje pkt. 6.2).
    /// </summary>
    /// <param name="art">The kind of claim the interest belongs to.</param>
    /// <param name="hovedstolensTidsprioritet">The principal's tidsprioritet.</param>
    /// <param name="restanseFerdigInnbetalt">Tax claims: the day the rest of the restanse was paid; <c>null</c> = not yet.</param>
    /// <param name="renteoppgaveFremsatt">Tax claims: the day the statement of accrued interest was made; <c>null</c> = not yet.</param>
    /// <returns>The interest's tidsprioritet, or <c>null</c> when a tax claim's statement came too late.</returns>
    /// <exception cref="UgyldigInndataException">A date lies before the principal's tidsprioritet, or <paramref name="art"/> is unknown.</exception>
    public static Rentetidsprioritetsvar TidsprioritetForRenter(
        Kravart art,
        LocalDate hovedstolensTidsprioritet,
        LocalDate? restanseFerdigInnbetalt = null,
        LocalDate? renteoppgaveFremsatt = null) =>
        Rentetidsprioritet.Beregn(art, hovedstolensTidsprioritet, restanseFerdigInnbetalt, renteoppgaveFremsatt);

    /// <summary>
    /// Whether the trekk for one claim stops when gjeldsforhandling is opened (gol. § 3-4 femte ledd; Retningslinje
    /// pkt. 8.6): 4 months from the opening, except for claims from a criminal act and bidrag.
    /// </summary>
    /// <param name="aapningsdato">The day gjeldsforhandling was opened.</param>
    /// <param name="art">The kind of claim the trekk is for.</param>
    /// <returns>Whether the trekk stops, and for which period.</returns>
    /// <exception cref="UgyldigInndataException">The date is out of range, or <paramref name="art"/> is unknown.</exception>
    public static Stanssvar VedGjeldsforhandling(LocalDate aapningsdato, Kravart art) =>
        StansVedGjeldsforhandling.Beregn(aapningsdato, art);

    /// <summary>
    /// Whether a running trekk yields when the debtor (skyldner) is bankrupt (deknl. § 2-11; bidragsinnkrevingsloven
    /// § 18 første ledd; LH-2012-83190; Retningslinje pkt. 8.5.2).
    /// </summary>
    /// <param name="art">The kind of claim the trekk is for.</param>
    /// <param name="beslagsdato">
    /// The day the court's order giving the konkursbo beslag in the wage under deknl. § 2-11 took effect;
    /// <c>null</c> when the bo has not taken beslag.
    /// </param>
    /// <returns>Whether the trekk stops (from the beslag, with no end stated by the source).</returns>
    /// <exception cref="UgyldigInndataException"><paramref name="art"/> is unknown.</exception>
    public static Stanssvar VedSkyldnersKonkurs(Kravart art, LocalDate? beslagsdato) =>
        StansVedSkyldnersKonkurs.Beregn(art, beslagsdato);

    /// <summary>
    /// Whether amounts already withheld stay outside the trekkpliktiges (employer's) konkursbo (sktbl. § 14-5;
    /// bidragsinnkrevingsloven § 18 annet ledd; tvangsl. § 7-22; Retningslinje pkt. 8.5.1).
    /// </summary>
    /// <param name="art">The kind of claim the amount was withheld for.</param>
    /// <param name="holdtAdskilt">The trekkpliktige in fact kept the withheld money apart from its own.</param>
    /// <returns>Whether there is separatistrett.</returns>
    /// <exception cref="UgyldigInndataException"><paramref name="art"/> is unknown.</exception>
    public static Separatistrettsvar VedTrekkpliktigesKonkurs(Kravart art, bool holdtAdskilt) =>
        SeparatistrettVedTrekkpliktigesKonkurs.Beregn(art, holdtAdskilt);

    /// <summary>
    /// The new limitation period after an utleggstrekk (fl. § 21 nr. 1 and nr. 3; fl. § 29 nr. 1; Retningslinje
    /// pkt. 9): no limitation runs while the trekk runs, and a new 10-year period runs from the day the trekkpliktige
    /// was notified of the trekk (not from the day the trekk ends).
    /// </summary>
    /// <param name="underretningsdato">The day the trekkpliktige was notified of the trekk.</param>
    /// <returns>The new period's last day and the first day the claim is time-barred.</returns>
    /// <exception cref="UgyldigInndataException">The date is out of range.</exception>
    public static Foreldelsessvar NyForeldelsesfrist(LocalDate underretningsdato) =>
        ForeldelseEtterTrekk.Beregn(underretningsdato);
}
