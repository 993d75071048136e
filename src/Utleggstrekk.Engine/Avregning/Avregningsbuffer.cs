using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>The work arrays of an avregning, made once per grunnlag and reused for every run (no allocation per run).</summary>
public sealed class Avregningsbuffer
{
    /// <summary>Makes the buffer for avregninger of <paramref name="grunnlag"/>.</summary>
    public Avregningsbuffer(Avregningsgrunnlag grunnlag)
    {
        ArgumentNullException.ThrowIfNull(grunnlag);
        var n = grunnlag.AntallKrav;
        Tilstand = new Kravtilstand[n];
        Fordeling = new Fordelingsbuffer(n);
    }

    /// <summary>Per claim: its running state.</summary>
    internal Kravtilstand[] Tilstand { get; }

    /// <summary>Per payment: the needs in and the shares out.</summary>
    internal readonly Fordelingsbuffer Fordeling;
}

/// <summary>One claim in one period of an avregning (see <see cref="Avregningsgrunnlag.Perioder"/>).</summary>
/// <param name="Teller">The period's interest numerator over the common denominator; 0 when no interest runs.</param>
/// <param name="Deltar">True when the claim takes part in the payment that ends the period.</param>
/// <param name="Antatt">True when the numerator used a rate carried past the table's end.</param>
/// <param name="Avledet">True when the period's forsinkelsesrente has a derived rate.</param>
internal readonly record struct Periodekrav(long Teller, bool Deltar, bool Antatt, bool Avledet);

/// <summary>What the payments never change about one claim.</summary>
/// <param name="BidragPerMaaned">A løpende bidrag's monthly amount (øre); 0 otherwise.</param>
/// <param name="ErBidrag">True for a løpende bidrag.</param>
/// <param name="HarRentedel">True when the claim's interest is a class-f part of its own (<see cref="Fordelingsplan.HarRentedel"/>).</param>
internal readonly record struct Kravfakta(long BidragPerMaaned, bool ErBidrag, bool HarRentedel);

/// <summary>One claim's running state in an avregning (øre).</summary>
internal struct Kravtilstand
{
    /// <summary>Remaining principal (0 for a løpende bidrag).</summary>
    public long Gjenstaaende;

    /// <summary>Accrued interest not yet covered.</summary>
    public long Renter;

    /// <summary>Interest accrued since the claim's stated figures.</summary>
    public long Opptjent;

    /// <summary>Principal covered so far (a løpende bidrag: what it got).</summary>
    public long DekketHovedstol;

    /// <summary>Interest covered so far.</summary>
    public long DekketRenter;

    /// <summary>What a løpende bidrag got in the current calendar month.</summary>
    public long BidragDenneMaaned;
}
