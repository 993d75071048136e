using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>
/// Everything an avregning needs that the payments do not change, computed once (<see cref="Forbered"/>, allocates):
/// the order of cover (the <see cref="Fordeler.Planlegg"/> plan fordeling uses), the payments in date order, which claims
/// take part in each payment, and each claim's interest numerator for each period between two payments.
/// Immutable; <see cref="Avregner.Avregn(Avregningsgrunnlag, Avregningsbuffer, Span{KravAvregning}, Span{BetalingAvregning}, Span{Plassering}, out Avregningssum)"/>
/// then places the payments without allocating.
/// </summary>
public sealed partial class Avregningsgrunnlag
{
    private Avregningsgrunnlag()
    {
    }

    /// <summary>The trekk.</summary>
    public Trekk Trekk { get; private init; } = null!;

    /// <summary>The avregning's date.</summary>
    public LocalDate Dato { get; private init; }

    /// <summary>Number of claims.</summary>
    public int AntallKrav => Trekk.Krav.Length;

    /// <summary>Number of payments.</summary>
    public int AntallBetalinger => Rekkefoelge.Length;

    internal Fordelingsplan Plan { get; private init; } = null!;

    /// <summary>The payments' indexes in <see cref="Trekk.Mottatt"/>, in the order placed (date, then index).</summary>
    internal int[] Rekkefoelge { get; private init; } = [];

    /// <summary>Per payment (order placed): its calendar month as <c>year · 12 + month</c>.</summary>
    internal int[] Maanedsnummer { get; private init; } = [];

    /// <summary>
    /// Per period and claim (<c>[k · n + i]</c>): the interest numerator over the common denominator and its flags, and
    /// whether the claim takes part in payment k. Period 0 runs from the claim's interest start to the first payment (or
    /// the date); period k from payment k−1 to payment k; the last, in which no claim takes part, from the last payment
    /// to the date. Numerator 0 when no interest runs. One element per claim and period, so the payment loop reads one
    /// array.
    /// </summary>
    internal Periodekrav[] Perioder { get; private init; } = [];

    /// <summary>Per claim: what the payments never change (løpende bidrag and its monthly amount, separate interest part).</summary>
    internal Kravfakta[] Fakta { get; private init; } = [];

    /// <summary>Per claim: the state before the first payment (remaining principal and accrued interest; the rest 0).</summary>
    internal Kravtilstand[] Start { get; private init; } = [];

    /// <summary>
    /// Prepares the avregning of <paramref name="trekk"/>'s <see cref="Trekk.Mottatt"/> on <paramref name="dato"/>.
    /// A claim takes part in a payment received on day <c>p</c> when its tidsprioritet is on or before <c>p</c> (the
    /// pålegg for it was given) and its own trekkperiode (<see cref="Trekk.TrekkperiodeSlutt"/>) has not ended by
    /// <c>p</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="trekk"/> or <paramref name="renteTabell"/> is null.</exception>
    /// <exception cref="UgyldigInndataException">The trekk breaks a rule (<see cref="Trekkvalidering"/>), the date lies
    /// outside years 1–9999 (field <c>dato</c>), or a payment is received after the date (<c>mottatt[i].dato</c>,
    /// <c>MOTTATT_ETTER_DATO</c>), or the payments add up to more than an amount can hold.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static Avregningsgrunnlag Forbered(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> renteTabell)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        ArgumentNullException.ThrowIfNull(renteTabell);
        SjekkInndata(trekk, dato);

        var krav = trekk.Krav.AsSpan();
        var plan = Fordeler.Planlegg(krav, trekk.Regel);
        var rekke = IDatoorden(trekk.Mottatt);
        var grenser = Periodegrenser(trekk.Mottatt, rekke, dato);
        var perioder = Deltakelse(trekk, grenser);
        Rentetellere(krav, grenser, renteTabell, perioder);
        var (fakta, start) = Utgangspunkt(krav, plan);
        SjekkRentestoerrelse(perioder, start);

        return new Avregningsgrunnlag
        {
            Perioder = perioder,
            Fakta = fakta,
            Start = start,
            Trekk = trekk,
            Dato = dato,
            Plan = plan,
            Rekkefoelge = rekke,
            Maanedsnummer = Maanedsnumre(grenser),
        };
    }

    /// <summary>The payment placed as number <paramref name="k"/> (0-based, date order): its index in <see cref="Trekk.Mottatt"/>.</summary>
    public int MottattIndeks(int k) => Rekkefoelge[k];

    /// <summary>True when claim <paramref name="krav"/> (input index) takes part in the payment placed as number <paramref name="betaling"/>.</summary>
    public bool KravDeltar(int betaling, int krav) => Perioder[(betaling * AntallKrav) + krav].Deltar;
}
