using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// One claim in a trekk, with what decides its place in the order of cover (deknl. § 2-8) and what it needs from a
/// payment.
/// </summary>
/// <remarks>
/// <para><b>What a claim needs</b> from one trekk payment (<see cref="Behov"/>): a løpende bidrag needs the amount due
/// this period (<see cref="MaanedligBeloep"/>); every other claim needs what remains of it
/// (<see cref="Gjenstaaende"/>) plus interest accrued on it and not yet included in it (<see cref="PaaloeptRente"/>,
/// default 0). No claim is ever given more than it needs.</para>
/// <para>Field names in validation errors are TREKK.json paths, e.g. <c>krav[3].artsprioritet</c>; see
/// <see cref="Kravvalidering"/>.</para>
/// </remarks>
public sealed record Krav
{
    /// <summary>The claim's reference, unique within the trekk (ELAN: <c>kravreferanse</c>). Compared ordinally.</summary>
    public required string Id { get; init; }

    /// <summary>The claim's class, deknl. § 2-8 first ledd (a–f, from 1.1.2023).</summary>
    public required Artsprioritet Artsprioritet { get; init; }

    /// <summary>The date the pålegg was given / the trekk was laid down (deknl. § 2-8 third ledd). Earlier is better.</summary>
    public required LocalDate Tidsprioritet { get; init; }

    /// <summary>The case the claim belongs to (orders claims of the same case and date by <see cref="PrioritetISak"/>).</summary>
    public required string Sak { get; init; }

    /// <summary>Order within the case, 1–99 (ELAN); lower is covered first among claims of the same case and date.</summary>
    public int PrioritetISak { get; init; } = 1;

    /// <summary>
    /// Where the claim's separate interest part (class a–d, not a løpende bidrag; see <see cref="Fordeler.HarRentedel"/>)
    /// stands within its case, 1–99, or null (default) for the claim's own <see cref="PrioritetISak"/>. From ELAN
    /// <c>prioritetISakFremtidigRentekrav</c> (TREKK.json <c>rentevilkaar.prioritetISak</c>). Ignored for a claim
    /// without a separate interest part (its interest is covered with its principal).
    /// </summary>
    public int? RentePrioritetISak { get; init; }

    /// <summary>What kind of claim this is.</summary>
    public required Kravtype Kravtype { get; init; }

    /// <summary>What remains of the claim (not negative).</summary>
    public Beloep Gjenstaaende { get; init; }

    /// <summary>For <see cref="Kravtype.LoependeBidrag"/> only: the amount due this period (not yet due bidrag).</summary>
    public Beloep MaanedligBeloep { get; init; }

    /// <summary>
    /// Interest accrued on the claim and not included in <see cref="Gjenstaaende"/> (default 0). Part of what the claim
    /// needs and of its dividendegrunnlag (the Samordnet pro-rata basis); not part of its class-a weight under
    /// <see cref="Fordelingsregel.Tidsprioritet"/>.
    /// </summary>
    public Beloep PaaloeptRente { get; init; }

    /// <summary>The interest the claim runs (default: none). Used for interest accrual, not by the distribution itself.</summary>
    public Rentevilkaar Rentevilkaar { get; init; }

    /// <summary>
    /// For <see cref="Fordelingsregel.Samordnet"/>: true when the claim keeps a time priority preserved from an earlier
    /// trekk; such claims come first within their class, in date order.
    /// </summary>
    public bool BevartTidsprioritet { get; init; }

    /// <summary>
    /// True when <see cref="Tidsprioritet"/> is assumed, not the date the pålegg was given: <c>elan sjekk --krav-ut</c>
    /// without <c>--tidsprioritet</c> uses the begjæringsdato / beslutningsdato (TREKK.json
    /// <c>tidsprioritetAntatt</c>). A mark for the caseworker, kept and written back; it changes no figure.
    /// </summary>
    public bool TidsprioritetAntatt { get; init; }

    /// <summary>
    /// What the claim needs from one payment: <see cref="MaanedligBeloep"/> for a løpende bidrag, otherwise
    /// <see cref="Gjenstaaende"/> + <see cref="PaaloeptRente"/>.
    /// </summary>
    public Beloep Behov => Kravtype == Kravtype.LoependeBidrag ? MaanedligBeloep : Gjenstaaende + PaaloeptRente;

    /// <summary>
    /// The claim's dividendegrunnlag: what it needs (<see cref="Behov"/>; remaining plus accrued interest, for a løpende
    /// bidrag the amount due). Its pro-rata weight under <see cref="Fordelingsregel.Samordnet"/>. Under
    /// <see cref="Fordelingsregel.Tidsprioritet"/> class a weighs by the size of each bidrag without interest; see
    /// <see cref="Fordeler.Vekt"/>.
    /// </summary>
    public Beloep Dividendegrunnlag => Behov;

    /// <summary>
    /// True when any of <paramref name="krav"/> runs forsinkelsesrente (a løpende bidrag runs none), so that a period's
    /// interest needs the forsinkelsesrente table; otherwise the table is not read (and may end before the dates).
    /// </summary>
    internal static bool TrengerForsinkelsesrentetabell(ReadOnlySpan<Krav> krav)
    {
        foreach (var k in krav)
        {
            if (k.Rentevilkaar.Type == Rentetype.Forsinkelsesrente && k.Kravtype != Kravtype.LoependeBidrag)
            {
                return true;
            }
        }

        return false;
    }
}
