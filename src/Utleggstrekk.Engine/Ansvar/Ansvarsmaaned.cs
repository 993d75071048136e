using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Ansvar;

/// <summary>
/// One month of a trekk as the trekkpliktig carried it out: what the pålegg said, what was deducted, what was paid over,
/// and the caseworker's findings.
/// </summary>
/// <param name="Maaned">The calendar month.</param>
/// <param name="PaalagtTrekk">What the pålegg said to deduct this month.</param>
/// <param name="GjennomfoertTrekk">What was actually deducted from the debtor's pay.</param>
/// <param name="Innbetalt">What the trekkpliktig paid over for this month.</param>
/// <param name="Unnskyldt">The caseworker found that the failure to deduct was not negligent (tvangsl. § 7-22 (3),
/// sktbl. § 16-20 (1): the trekkpliktig's burden of proof). Excuses only what was not deducted, never what was deducted
/// and not paid.</param>
/// <param name="IkkeMeldt">Skatte- og avgiftskrav only: the employer did not give the required report of the employment
/// (sktbl. § 16-20 (2)); needs <paramref name="BruttoTrekkgrunnlag"/>.</param>
/// <param name="BruttoTrekkgrunnlag">The gross basis paid out that month; only with <paramref name="IkkeMeldt"/>.</param>
public readonly record struct Ansvarsmaaned(
    YearMonth Maaned,
    Beloep PaalagtTrekk,
    Beloep GjennomfoertTrekk,
    Beloep Innbetalt,
    bool Unnskyldt = false,
    bool IkkeMeldt = false,
    Beloep? BruttoTrekkgrunnlag = null);

/// <summary>One month's result.</summary>
/// <param name="Maaned">The month.</param>
/// <param name="IkkeTrukket">Pålagt minus gjennomført trekk (0 when excused, when nothing is missing, or when
/// <paramref name="Stipulert"/> replaces it).</param>
/// <param name="TrukketIkkeInnbetalt">Gjennomført minus innbetalt (0 when all was paid): objective.</param>
/// <param name="Stipulert">sktbl. § 16-20 (2): 10 % of the gross basis less what was deducted, when the employment was
/// not reported (0 otherwise, and when excused).</param>
/// <param name="Ansvar">The month's liability: <paramref name="IkkeTrukket"/> + <paramref name="Stipulert"/> +
/// <paramref name="TrukketIkkeInnbetalt"/>.</param>
/// <param name="GodskrivesSkyldner">The trekk deducted this month, credited to the debtor (pkt. 8.3).</param>
/// <param name="InnbetaltUtoverTrukket">Paid over beyond what was deducted this month (reduces the period's liability).</param>
/// <param name="TrukketUtoverPaalegg">Deducted beyond the pålegg: not a liability; the caseworker decides whether it
/// must be paid back to the debtor (pkt. 8.7).</param>
/// <param name="Unnskyldt">The failure to deduct was excused.</param>
public readonly record struct Ansvarsmaanedsresultat(
    YearMonth Maaned,
    Beloep IkkeTrukket,
    Beloep TrukketIkkeInnbetalt,
    Beloep Stipulert,
    Beloep Ansvar,
    Beloep GodskrivesSkyldner,
    Beloep InnbetaltUtoverTrukket,
    Beloep TrukketUtoverPaalegg,
    bool Unnskyldt);

/// <summary>The liability and credit over the months given.</summary>
/// <param name="KravGjelder">Whose claim.</param>
/// <param name="Maaneder">Each month, in calendar order.</param>
/// <param name="Ansvar">The trekkpliktig's liability: the months' liabilities less what was paid over beyond what was
/// deducted, never below 0.</param>
/// <param name="GodskrivesSkyldner">The trekk deducted in all months, credited to the debtor (pkt. 8.3).</param>
/// <param name="InnbetaltUtoverTrukket">Paid over beyond what was deducted, summed over the months.</param>
public sealed record Ansvarsresultat(
    KravGjelder KravGjelder,
    System.Collections.Immutable.ImmutableArray<Ansvarsmaanedsresultat> Maaneder,
    Beloep Ansvar,
    Beloep GodskrivesSkyldner,
    Beloep InnbetaltUtoverTrukket)
{
    /// <summary>The months' sum of <see cref="Ansvarsmaanedsresultat.IkkeTrukket"/>.</summary>
    public Beloep IkkeTrukket => Sum(m => m.IkkeTrukket);

    /// <summary>The months' sum of <see cref="Ansvarsmaanedsresultat.TrukketIkkeInnbetalt"/>.</summary>
    public Beloep TrukketIkkeInnbetalt => Sum(m => m.TrukketIkkeInnbetalt);

    /// <summary>The months' sum of <see cref="Ansvarsmaanedsresultat.Stipulert"/>.</summary>
    public Beloep Stipulert => Sum(m => m.Stipulert);

    private Beloep Sum(Func<Ansvarsmaanedsresultat, Beloep> felt)
    {
        var sum = Beloep.Null;
        foreach (var m in Maaneder)
        {
            sum += felt(m);
        }

        return sum;
    }
}
