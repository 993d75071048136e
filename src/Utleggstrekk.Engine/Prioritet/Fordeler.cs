using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// Distributes one trekk payment over the claims in the trekk (deknl. § 2-8; Retningslinje pkt. 6).
/// </summary>
/// <remarks>
/// <para>Two steps: <see cref="Planlegg"/> validates the claims and sorts their parts once into the order of cover
/// (allocates); <see cref="Fordel(Fordelingsplan, Beloep, Span{Beloep}, out Beloep)"/> then distributes a payment in
/// O(n) (plus at most one O(k) water-filling round per block of a shared group of k blocks) without allocating.</para>
/// <para>Parts: every claim has a principal part in its own class. The accrued interest of a claim of class a–d (not a
/// løpende bidrag) is a part of its own in class f at the claim's tidsprioritet, case and prioritetISak (Retningslinje
/// pkt. 6.1: interest follows the principal's class only for tax, class e; pkt. 6.2: it keeps the principal's time
/// priority). A class e or f claim's interest stays in its single part.</para>
/// <para>Order of cover: class a before b … before f. Class a (both rules): one group, each part a block, pro rata by
/// the size of each bidrag (<see cref="Vekt"/>). Classes b–f under <see cref="Fordelingsregel.Tidsprioritet"/>: one
/// group per tidsprioritet, earliest first; a group with one case is covered in turn (prioritetISak, then id); a group
/// with several cases shares pro rata by need between the cases (<see cref="Delingsmaate.SammeDag"/>), each case
/// passing its share through its parts in turn. Under <see cref="Fordelingsregel.Samordnet"/> the parts with a
/// preserved time priority are grouped that way first; the rest of the class is one group sharing pro rata by need
/// (dividendegrunnlag).</para>
/// <para>Water-filling over the blocks of a shared group: the money is shared by weight; every block whose exact share
/// would reach its need gets exactly its need and leaves, and the rest is shared again. Blocks with weight 0 but a
/// need get nothing while a weighted block is short; then they share what is left by need. The last round's exact
/// shares are rounded down to øre and the remaining øre (fewer than the blocks still sharing) go one each to the
/// largest remainders; equal remainders go to the block first in plan order (class a: earlier tidsprioritet, then
/// lower id; same day: lower case reference, ordinal; Samordnet: date, case, prioritetISak, id). So renaming cases or
/// ids can move at most that one øre.</para>
/// <para>Files: this one holds the entry points and the order of cover (<see cref="Planlegg"/> and its steps);
/// <c>Fordeler.Deling.cs</c> the per-payment path (covering in turn, sharing pro rata, water-filling);
/// <c>Fordeler.Forklaring.cs</c> the trace. The generic algorithms they use live in <c>Felles</c>: the 128-bit
/// products and divisions in <see cref="Heltallsregning"/>, the selection of the largest remainders in
/// <c>Utvalg</c>, the stack-or-pool scratch memory in <c>Kladd</c>.</para>
/// </remarks>
public static partial class Fordeler
{
    /// <summary>
    /// Validates <paramref name="krav"/> (all violations at once, see <see cref="Kravvalidering"/>) and sorts the
    /// claims' parts into the order of cover for <paramref name="regel"/>. The plan keeps each claim's needs as stated now.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The claims break one or more rules.</exception>
    public static Fordelingsplan Planlegg(ReadOnlySpan<Krav> krav, Fordelingsregel regel)
    {
        if (!Enum.IsDefined(regel))
        {
            throw new ArgumentOutOfRangeException(nameof(regel), regel, "Unknown Fordelingsregel.");
        }

        Kravvalidering.SjekkGyldig(krav);
        var alle = krav.ToArray();
        var ordnet = Delene(alle, out var hovedstol, out var renter, out var vekt, out var ider);
        Array.Sort(ordnet, (x, y) => Sammenlign(alle, x.Krav, x.Del, x.Klasse, y.Krav, y.Del, y.Klasse, regel));

        var grupper = new List<Fordelingsgruppe>();
        var blokker = new List<Fordelingsblokk>();
        var resultat = new Fordelingsdel[ordnet.Length];
        var start = 0;
        while (start < ordnet.Length)
        {
            start = LeggTilGruppe(alle, ordnet, start, regel, grupper, blokker, resultat);
        }

        for (var b = 0; b < blokker.Count; b++)
        {
            for (var r = blokker[b].Start; r < blokker[b].Start + blokker[b].Lengde; r++)
            {
                resultat[r] = resultat[r] with { Blokk = b };
            }
        }

        var trinnLengde = Trinnlengder(alle, ordnet, blokker);
        return new Fordelingsplan(regel, resultat, [.. blokker], [.. grupper], hovedstol, renter, vekt, ider, trinnLengde);
    }

    /// <summary>A part before it has a group: its claim's input index, principal or interest, and the class it is covered in.</summary>
    private readonly record struct Delnoekkel(int Krav, Kravdel Del, Artsprioritet Klasse);

    /// <summary>
    /// Every claim's parts in input order (a principal part in its own class; a class-f interest part when
    /// <see cref="HarRentedel"/>), and per claim its principal need, interest need, class-a weight and id.
    /// </summary>
    private static Delnoekkel[] Delene(Krav[] alle, out Beloep[] hovedstol, out Beloep[] renter, out Beloep[] vekt, out string[] ider)
    {
        var n = alle.Length;
        hovedstol = new Beloep[n];
        renter = new Beloep[n];
        vekt = new Beloep[n];
        ider = new string[n];
        var deler = new List<Delnoekkel>(n * 2);
        for (var i = 0; i < n; i++)
        {
            var k = alle[i];
            hovedstol[i] = HovedstolBehov(k);
            renter[i] = k.PaaloeptRente;
            vekt[i] = Vekt(k);
            ider[i] = k.Id;
            deler.Add(new(i, Kravdel.Hovedstol, k.Artsprioritet));
            if (HarRentedel(k))
            {
                deler.Add(new(i, Kravdel.Renter, Artsprioritet.F));
            }
        }

        return [.. deler];
    }

    /// <summary>
    /// Adds the group that starts at rank <paramref name="start"/> of the sorted parts, with its blocks: class a and the
    /// Samordnet pro-rata group one block per part; otherwise one block per case, covered in turn when there is one case
    /// and shared by need (same day) when there are several. Returns the rank after the group.
    /// </summary>
    private static int LeggTilGruppe(
        Krav[] alle,
        Delnoekkel[] ordnet,
        int start,
        Fordelingsregel regel,
        List<Fordelingsgruppe> grupper,
        List<Fordelingsblokk> blokker,
        Fordelingsdel[] resultat)
    {
        var foerste = ordnet[start];
        var slutt = start + 1;
        while (slutt < ordnet.Length && SammeGruppe(alle, foerste, ordnet[slutt], regel))
        {
            slutt++;
        }

        var klasse = foerste.Klasse;
        var blokkStart = blokker.Count;
        Delingsmaate deling;
        if (klasse == Artsprioritet.A || ErSamordnetDelt(alle[foerste.Krav], regel))
        {
            deling = klasse == Artsprioritet.A ? Delingsmaate.ForholdsmessigBidrag : Delingsmaate.Samordnet;
            for (var r = start; r < slutt; r++)
            {
                blokker.Add(new Fordelingsblokk(r, 1));
            }
        }
        else
        {
            OrdneSakerEtterLavesteId(alle, ordnet, start, slutt);
            LeggTilSaksblokker(alle, ordnet, start, slutt, blokker);
            deling = blokker.Count - blokkStart > 1 ? Delingsmaate.SammeDag : Delingsmaate.EtterTur;
        }

        for (var r = start; r < slutt; r++)
        {
            resultat[r] = new Fordelingsdel(ordnet[r].Krav, ordnet[r].Del, ordnet[r].Klasse, grupper.Count, 0);
        }

        grupper.Add(new Fordelingsgruppe(klasse, start, slutt - start, deling, blokkStart, blokker.Count - blokkStart));
        return slutt;
    }

    /// <summary>One block per case among ranks <c>[start, slutt)</c> (the parts of a case are adjacent).</summary>
    private static void LeggTilSaksblokker(Krav[] alle, Delnoekkel[] ordnet, int start, int slutt, List<Fordelingsblokk> blokker)
    {
        var b = start;
        for (var r = start + 1; r <= slutt; r++)
        {
            if (r == slutt || !string.Equals(alle[ordnet[r].Krav].Sak, alle[ordnet[b].Krav].Sak, StringComparison.Ordinal))
            {
                blokker.Add(new Fordelingsblokk(b, r - b));
                b = r;
            }
        }
    }

    /// <summary>
    /// Steps: inside a block, the parts of one case with the same date and the same prioritetISak share pro rata by
    /// need (SPEC §6: no tie is broken by the spelling of a reference). Blocks of class a and Samordnet hold one part.
    /// Per rank the length of the step that starts there, 0 inside a step.
    /// </summary>
    private static int[] Trinnlengder(Krav[] alle, Delnoekkel[] ordnet, List<Fordelingsblokk> blokker)
    {
        var trinnLengde = new int[ordnet.Length];
        foreach (var blokk in blokker)
        {
            var t = blokk.Start;
            for (var r = blokk.Start + 1; r <= blokk.Start + blokk.Lengde; r++)
            {
                if (r == blokk.Start + blokk.Lengde || !SammeTrinn(alle, ordnet[t], ordnet[r]))
                {
                    for (var q = t; q < r; q++)
                    {
                        trinnLengde[q] = q == t ? r - t : 0;
                    }

                    t = r;
                }
            }
        }

        return trinnLengde;
    }

    /// <summary>
    /// Orders the cases of a group of one class and date (ranks <c>[start, slutt)</c>, sorted by case) by their lowest
    /// claim id (ordinal), keeping each case's parts in order. The case order decides only which case an øre left by
    /// the pro-rata rounding goes to: SPEC §2, the same tidsprioritet, then the lower claim id.
    /// </summary>
    private static void OrdneSakerEtterLavesteId(Krav[] alle, Delnoekkel[] ordnet, int start, int slutt)
    {
        var saker = new List<(int Start, int Lengde, string LavesteId)>();
        var b = start;
        for (var r = start + 1; r <= slutt; r++)
        {
            if (r == slutt || !string.Equals(alle[ordnet[r].Krav].Sak, alle[ordnet[b].Krav].Sak, StringComparison.Ordinal))
            {
                var lavest = alle[ordnet[b].Krav].Id;
                for (var q = b + 1; q < r; q++)
                {
                    if (string.CompareOrdinal(alle[ordnet[q].Krav].Id, lavest) < 0)
                    {
                        lavest = alle[ordnet[q].Krav].Id;
                    }
                }

                saker.Add((b, r - b, lavest));
                b = r;
            }
        }

        if (saker.Count < 2)
        {
            return;
        }

        // Case references are distinct within a group and ids are unique, so the lowest ids are distinct: a total order.
        saker.Sort((x, y) => string.CompareOrdinal(x.LavesteId, y.LavesteId));
        var kopi = ordnet.AsSpan(start, slutt - start).ToArray();
        var til = start;
        foreach (var sak in saker)
        {
            kopi.AsSpan(sak.Start - start, sak.Lengde).CopyTo(ordnet.AsSpan(til));
            til += sak.Lengde;
        }
    }

    /// <summary>Two parts of one case and date tie when they have the same prioritetISak (the order is otherwise by id).</summary>
    private static bool SammeTrinn(Krav[] alle, Delnoekkel a, Delnoekkel b)
    {
        var ka = alle[a.Krav];
        var kb = alle[b.Krav];
        return string.Equals(ka.Sak, kb.Sak, StringComparison.Ordinal)
            && ka.Tidsprioritet == kb.Tidsprioritet
            && PrioritetISak(ka, a.Del) == PrioritetISak(kb, b.Del);
    }

    /// <summary>
    /// The part's order within its case: the claim's <see cref="Krav.PrioritetISak"/>; for a separate interest part
    /// <see cref="Krav.RentePrioritetISak"/> when given (ELAN <c>prioritetISakFremtidigRentekrav</c>).
    /// </summary>
    private static int PrioritetISak(Krav k, Kravdel del) =>
        del == Kravdel.Renter && k.RentePrioritetISak is { } p ? p : k.PrioritetISak;

    /// <summary>
    /// Distributes <paramref name="betaling"/> over the planned claims with the needs stored in the plan. Writes each
    /// claim's share (both parts) into <paramref name="andeler"/> (input order, length <see cref="Fordelingsplan.Antall"/>)
    /// and returns what is left when every claim is covered in <paramref name="overskudd"/>. Allocation-free.
    /// </summary>
    /// <exception cref="UgyldigInndataException"><paramref name="betaling"/> is negative (field <c>betaling</c>).</exception>
    public static void Fordel(Fordelingsplan plan, Beloep betaling, Span<Beloep> andeler, out Beloep overskudd)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        FordelKjerne(plan, betaling, plan.HovedstolBehov, plan.RenteBehov, plan.Vekter, egneBehov: true, andeler, [], out overskudd);
    }

    /// <summary>
    /// As <see cref="Fordel(Fordelingsplan, Beloep, Span{Beloep}, out Beloep)"/> with each claim's current needs and
    /// class-a weight given in input order (e.g. month by month in a projection, without making a new plan), reporting
    /// the interest parts' shares separately. Allocation-free.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="betaling">The payment.</param>
    /// <param name="hovedstolBehov">Per claim: what its principal part needs now (løpende bidrag: the amount due;
    /// otherwise what remains of the principal).</param>
    /// <param name="renteBehov">Per claim: its accrued interest now. For a claim with a separate interest part
    /// (<see cref="Fordelingsplan.HarRentedel"/>) this is that part's need; otherwise it is added to the principal
    /// part's need (class e/f).</param>
    /// <param name="vekter">Per claim: its class-a weight (<see cref="Vekt"/>); used only by class-a principal parts,
    /// every other shared block weighs by its need.</param>
    /// <param name="andeler">Out, per claim: what both its parts got.</param>
    /// <param name="renteandeler">Out, per claim: what its separate interest part got (0 when it has none). Pass an
    /// empty span when not wanted.</param>
    /// <param name="overskudd">Money left when every part is covered.</param>
    /// <exception cref="ArgumentException">A span has the wrong length, a need or weight is negative, or the needs or
    /// weights add up to more than a <see cref="Beloep"/> can hold.</exception>
    public static void Fordel(
        Fordelingsplan plan,
        Beloep betaling,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        ReadOnlySpan<Beloep> vekter,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
        out Beloep overskudd)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckArgument(hovedstolBehov.Length == plan.Antall, nameof(hovedstolBehov), "One principal need per planned claim is required.");
        Preconditions.CheckArgument(renteBehov.Length == plan.Antall, nameof(renteBehov), "One interest need per planned claim is required.");
        Preconditions.CheckArgument(vekter.Length == plan.Antall, nameof(vekter), "One weight per planned claim is required.");
        Preconditions.CheckArgument(renteandeler.IsEmpty || renteandeler.Length == plan.Antall, nameof(renteandeler), "The span for the interest shares must be empty or have one element per planned claim.");
        long sumBehov = 0;
        long sumVekt = 0;
        for (var i = 0; i < hovedstolBehov.Length; i++)
        {
            Preconditions.CheckArgument(!hovedstolBehov[i].ErNegativt, nameof(hovedstolBehov), "A need cannot be negative.");
            Preconditions.CheckArgument(!renteBehov[i].ErNegativt, nameof(renteBehov), "A need cannot be negative.");
            Preconditions.CheckArgument(!vekter[i].ErNegativt, nameof(vekter), "A weight cannot be negative.");
            Preconditions.CheckArgument(long.MaxValue - sumBehov >= hovedstolBehov[i].Oere, nameof(hovedstolBehov), "The needs add up to more than an amount can hold.");
            sumBehov += hovedstolBehov[i].Oere;
            Preconditions.CheckArgument(long.MaxValue - sumBehov >= renteBehov[i].Oere, nameof(renteBehov), "The needs add up to more than an amount can hold.");
            sumBehov += renteBehov[i].Oere;
            Preconditions.CheckArgument(long.MaxValue - sumVekt >= vekter[i].Oere, nameof(vekter), "The weights add up to more than an amount can hold.");
            sumVekt += vekter[i].Oere;
        }

        FordelKjerne(plan, betaling, hovedstolBehov, renteBehov, vekter, egneBehov: false, andeler, renteandeler, out overskudd);
    }

    /// <summary>
    /// As the checked overload above without its per-claim argument loop: for needs and weights that the engine produced
    /// itself (the projection's month loop, whose needs are non-negative by construction and summed with checked
    /// arithmetic). The shares span and the payment are still checked.
    /// </summary>
    internal static void FordelUtenKontroll(
        Fordelingsplan plan,
        Beloep betaling,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        ReadOnlySpan<Beloep> vekter,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
        out Beloep overskudd) =>
        FordelKjerne(plan, betaling, hovedstolBehov, renteBehov, vekter, egneBehov: false, andeler, renteandeler, out overskudd);

    /// <summary>
    /// A claim's class-a weight, "etter størrelsen av de enkelte bidrag" (deknl. § 2-8 third ledd last sentence), under
    /// both rules: the amount due this period for a løpende bidrag, otherwise the remaining amount
    /// <see cref="Krav.Gjenstaaende"/> without accrued interest (the interest is a class-f part of its own). Only class-a
    /// principal parts share by weight; every other shared block weighs by its need.
    /// </summary>
    public static Beloep Vekt(Krav krav)
    {
        ArgumentNullException.ThrowIfNull(krav);
        return krav.Kravtype == Kravtype.LoependeBidrag ? krav.MaanedligBeloep : krav.Gjenstaaende;
    }

    /// <summary>True when the claim's accrued interest is a class-f part of its own: class a–d, not a løpende bidrag (pkt. 6.1).</summary>
    public static bool HarRentedel(Krav krav)
    {
        ArgumentNullException.ThrowIfNull(krav);
        return krav.Artsprioritet is >= Artsprioritet.A and <= Artsprioritet.D && krav.Kravtype != Kravtype.LoependeBidrag;
    }

    /// <summary>
    /// Plans and distributes in one call, returning every claim's share (input order), every part's share (order of
    /// cover) and the surplus. Allocates; for the command line and other one-off callers.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The claims or the payment break one or more rules.</exception>
    public static Fordelingsresultat Fordel(ReadOnlySpan<Krav> krav, Beloep betaling, Fordelingsregel regel)
    {
        var plan = Planlegg(krav, regel);
        var andeler = new Beloep[plan.Antall];
        var renteandeler = new Beloep[plan.Antall];
        FordelKjerne(plan, betaling, plan.HovedstolBehov, plan.RenteBehov, plan.Vekter, egneBehov: true, andeler, renteandeler, out var overskudd);

        var resultat = ImmutableArray.CreateBuilder<Kravandel>(plan.Antall);
        for (var i = 0; i < plan.Antall; i++)
        {
            var rang = plan.HovedstolRang(i);
            var proRata = plan.Grupper[plan.Deler[rang].Gruppe].ProRata;
            var behov = krav[i].Behov;
            resultat.Add(new Kravandel(plan.KravId(i), krav[i].Artsprioritet, rang, proRata, behov, andeler[i], renteandeler[i]));
        }

        var deler = ImmutableArray.CreateBuilder<Delandel>(plan.Deler.Length);
        foreach (var d in plan.Deler)
        {
            var k = krav[d.KravIndeks];
            var behov = d.Del == Kravdel.Renter
                ? plan.RenteBehov[d.KravIndeks]
                : plan.HarRentedel(d.KravIndeks) ? plan.HovedstolBehov[d.KravIndeks] : k.Behov;
            var andel = d.Del == Kravdel.Renter ? renteandeler[d.KravIndeks] : andeler[d.KravIndeks] - renteandeler[d.KravIndeks];
            deler.Add(new Delandel(d.KravIndeks, k.Id, d.Del, d.Artsprioritet, k.Tidsprioritet, k.Sak, d.Gruppe, plan.Grupper[d.Gruppe].Deling, behov, andel));
        }

        return new Fordelingsresultat(regel, betaling, resultat.MoveToImmutable(), overskudd) { Deler = deler.MoveToImmutable() };
    }

    private static Beloep HovedstolBehov(Krav k) =>
        k.Kravtype == Kravtype.LoependeBidrag ? k.MaanedligBeloep : k.Gjenstaaende;

    /// <summary>Under Samordnet a part of class b–f without preserved time priority shares pro rata by dividendegrunnlag.</summary>
    private static bool ErSamordnetDelt(Krav k, Fordelingsregel regel) => regel == Fordelingsregel.Samordnet && !k.BevartTidsprioritet;

    private static bool SammeGruppe(Krav[] alle, Delnoekkel a, Delnoekkel b, Fordelingsregel regel)
    {
        if (a.Klasse != b.Klasse)
        {
            return false;
        }

        if (a.Klasse == Artsprioritet.A)
        {
            return true;
        }

        var ka = alle[a.Krav];
        var kb = alle[b.Krav];
        var deltA = ErSamordnetDelt(ka, regel);
        if (deltA != ErSamordnetDelt(kb, regel))
        {
            return false;
        }

        return deltA || ka.Tidsprioritet == kb.Tidsprioritet;
    }

    /// <summary>
    /// The order of cover of two parts. Class first. Class a: tidsprioritet, then id. Classes b–f: under Samordnet the
    /// parts with preserved time priority before the others; then tidsprioritet; then case (ordinal; only groups a
    /// same-day group into its case blocks and orders the blocks, which decides no amount beyond the 1-øre tie-break),
    /// prioritetISak, id (ordinal), principal before interest. Ids are unique, so the order is total.
    /// </summary>
    private static int Sammenlign(Krav[] alle, int ia, Kravdel da, Artsprioritet ka, int ib, Kravdel db, Artsprioritet kb, Fordelingsregel regel)
    {
        var c = ((int)ka).CompareTo((int)kb);
        if (c != 0)
        {
            return c;
        }

        var a = alle[ia];
        var b = alle[ib];
        if (ka != Artsprioritet.A)
        {
            c = ErSamordnetDelt(a, regel).CompareTo(ErSamordnetDelt(b, regel));
            if (c != 0)
            {
                return c;
            }
        }

        c = a.Tidsprioritet.CompareTo(b.Tidsprioritet);
        if (c != 0)
        {
            return c;
        }

        // Class a and the Samordnet pro-rata group: every part is a block of its own, ordered by date and id (SPEC §2).
        if (ka != Artsprioritet.A && !ErSamordnetDelt(a, regel))
        {
            c = string.CompareOrdinal(a.Sak, b.Sak);
            if (c != 0)
            {
                return c;
            }

            c = PrioritetISak(a, da).CompareTo(PrioritetISak(b, db));
            if (c != 0)
            {
                return c;
            }
        }

        c = string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : ((int)da).CompareTo((int)db);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastNegativBetaling(Beloep betaling) =>
        throw new UgyldigInndataException(new Valideringsfeil(
            "betaling",
            betaling.ToString(),
            Feilkoder.UgyldigBeloep,
            "Betalingen kan ikke være negativ."));
}
