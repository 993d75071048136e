using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// Distributes one trekk payment over the claims in the trekk (deknl. § 2-8; Retningslinje pkt. 6).
/// </summary>
/// <remarks>
/// <para>Two steps: <see cref="Planlegg"/> validates the claims and sorts them once into priority order (allocates);
/// <see cref="Fordel(Fordelingsplan, Beloep, Span{Beloep}, out Beloep)"/> then distributes a payment in O(n) (plus at
/// most one O(k) water-filling round per claim of a pro-rata group of k claims) without allocating, writing each claim's share into the caller's span in the caller's input order.</para>
/// <para>Order of cover: class a before b … before f. Under <see cref="Fordelingsregel.Tidsprioritet"/> the claims of
/// class a share pro rata; in every other class the claims are covered one after another in full, by earliest
/// tidsprioritet, then (same date) by case (ordinal) and lower prioritetISak, then by lower id (ordinal). Under
/// <see cref="Fordelingsregel.Samordnet"/> (modelled from the ELAN documentation) each class first covers its claims with
/// a preserved time priority in that order, then shares pro rata among the rest.</para>
/// <para>Pro-rata weights (<see cref="Vekt"/>): under <see cref="Fordelingsregel.Tidsprioritet"/> class a shares "by
/// the size of each bidrag" (deknl. § 2-8 third ledd last sentence): a løpende bidrag weighs by the amount due this
/// period, every other class-a claim by its remaining amount <see cref="Krav.Gjenstaaende"/> without
/// <see cref="Krav.PaaloeptRente"/>. Under <see cref="Fordelingsregel.Samordnet"/> the weight is the dividendegrunnlag
/// (remaining plus accrued interest), which equals the need. A claim still needs <see cref="Krav.Behov"/> (remaining
/// plus interest), so weight and need can differ.</para>
/// <para>Water-filling: the money is shared by weight; every claim whose exact share would reach its need gets exactly
/// its need and leaves the group, and the rest is shared again among the others (at most one round per claim, each
/// round O(k)). Claims with weight 0 but a need (e.g. a bidragsgjeld whose remaining amount is paid but whose interest
/// is not) get nothing while a weighted claim is short; when every weighted claim is covered they share what is left
/// by need. The last round's exact shares are rounded down to øre and the remaining øre (fewer than the claims still
/// sharing) go one each to the largest remainders (selected by quickselect, O(k) expected); equal remainders go to the earlier tidsprioritet, then the lower
/// id. A share is never above the need.</para>
/// </remarks>
public static class Fordeler
{
    private const int StackGrense = 256;

    /// <summary>
    /// Validates <paramref name="krav"/> (all violations at once, see <see cref="Kravvalidering"/>) and sorts the claims
    /// into the order of cover for <paramref name="regel"/>. The plan keeps each claim's need as stated now.
    /// </summary>
    /// <exception cref="UgyldigInputException">The claims break one or more rules.</exception>
    public static Fordelingsplan Planlegg(ReadOnlySpan<Krav> krav, Fordelingsregel regel)
    {
        if (!Enum.IsDefined(regel))
        {
            throw new ArgumentOutOfRangeException(nameof(regel), regel, "Unknown Fordelingsregel.");
        }

        Kravvalidering.SjekkGyldig(krav);
        var alle = krav.ToArray();
        var n = alle.Length;
        var proRata = new bool[n];
        var behov = new Beloep[n];
        var vekt = new Beloep[n];
        var ider = new string[n];
        var rekkefoelge = new int[n];
        for (var i = 0; i < n; i++)
        {
            proRata[i] = ErProRata(alle[i], regel);
            behov[i] = alle[i].Behov;
            vekt[i] = Vekt(alle[i], regel);
            ider[i] = alle[i].Id;
            rekkefoelge[i] = i;
        }

        Array.Sort(rekkefoelge, (x, y) => Sammenlign(alle[x], proRata[x], alle[y], proRata[y]));

        var grupper = new List<Fordelingsgruppe>();
        var start = 0;
        for (var r = 1; r <= n; r++)
        {
            if (r == n
                || alle[rekkefoelge[r]].Artsprioritet != alle[rekkefoelge[start]].Artsprioritet
                || proRata[rekkefoelge[r]] != proRata[rekkefoelge[start]])
            {
                var foerste = rekkefoelge[start];
                grupper.Add(new Fordelingsgruppe(alle[foerste].Artsprioritet, start, r - start, proRata[foerste]));
                start = r;
            }
        }

        return new Fordelingsplan(regel, rekkefoelge, behov, vekt, ider, [.. grupper]);
    }

    /// <summary>
    /// Distributes <paramref name="betaling"/> over the planned claims with the needs stored in the plan. Writes each
    /// claim's share into <paramref name="andeler"/> (input order, length <see cref="Fordelingsplan.Antall"/>) and
    /// returns what is left when every claim is covered in <paramref name="overskudd"/>. Allocation-free.
    /// </summary>
    /// <exception cref="UgyldigInputException"><paramref name="betaling"/> is negative (field <c>betaling</c>).</exception>
    public static void Fordel(Fordelingsplan plan, Beloep betaling, Span<Beloep> andeler, out Beloep overskudd)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        FordelKjerne(plan, betaling, plan.Behov, plan.Vekter, andeler, out overskudd);
    }

    /// <summary>
    /// As <see cref="Fordel(Fordelingsplan, Beloep, Span{Beloep}, out Beloep)"/>, with each claim's current need
    /// given in input order and the pro-rata weights stored in the plan. Allocation-free. When the remaining amounts
    /// change too (a projection month by month), pass the current weights with
    /// <see cref="Fordel(Fordelingsplan, Beloep, ReadOnlySpan{Beloep}, ReadOnlySpan{Beloep}, Span{Beloep}, out Beloep)"/>.
    /// </summary>
    public static void Fordel(Fordelingsplan plan, Beloep betaling, ReadOnlySpan<Beloep> behov, Span<Beloep> andeler, out Beloep overskudd)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Fordel(plan, betaling, behov, plan.Vekter, andeler, out overskudd);
    }

    /// <summary>
    /// As <see cref="Fordel(Fordelingsplan, Beloep, Span{Beloep}, out Beloep)"/>, with each claim's current need and
    /// pro-rata weight (<see cref="Vekt"/>) given in input order (e.g. month by month in a projection, without making a
    /// new plan). Allocation-free.
    /// </summary>
    /// <exception cref="ArgumentException">A span has the wrong length, a need or weight is negative, or the needs or
    /// weights add up to more than a <see cref="Beloep"/> can hold.</exception>
    public static void Fordel(
        Fordelingsplan plan,
        Beloep betaling,
        ReadOnlySpan<Beloep> behov,
        ReadOnlySpan<Beloep> vekter,
        Span<Beloep> andeler,
        out Beloep overskudd)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckArgument(behov.Length == plan.Antall, nameof(behov), "One need per planned claim is required.");
        Preconditions.CheckArgument(vekter.Length == plan.Antall, nameof(vekter), "One weight per planned claim is required.");
        long sumBehov = 0;
        long sumVekt = 0;
        for (var i = 0; i < behov.Length; i++)
        {
            Preconditions.CheckArgument(!behov[i].ErNegativt, nameof(behov), "A need cannot be negative.");
            Preconditions.CheckArgument(!vekter[i].ErNegativt, nameof(vekter), "A weight cannot be negative.");
            Preconditions.CheckArgument(long.MaxValue - sumBehov >= behov[i].Oere, nameof(behov), "The needs add up to more than an amount can hold.");
            Preconditions.CheckArgument(long.MaxValue - sumVekt >= vekter[i].Oere, nameof(vekter), "The weights add up to more than an amount can hold.");
            sumBehov += behov[i].Oere;
            sumVekt += vekter[i].Oere;
        }

        FordelKjerne(plan, betaling, behov, vekter, andeler, out overskudd);
    }

    /// <summary>
    /// A claim's weight when its group shares pro rata under <paramref name="regel"/>. Tidsprioritet (class a, deknl.
    /// § 2-8 third ledd last sentence, "etter størrelsen av de enkelte bidrag"): the amount due this period for a løpende
    /// bidrag, otherwise the remaining amount <see cref="Krav.Gjenstaaende"/> without accrued interest. Samordnet: the
    /// dividendegrunnlag, remaining plus accrued interest (<see cref="Krav.Dividendegrunnlag"/>).
    /// </summary>
    public static Beloep Vekt(Krav krav, Fordelingsregel regel)
    {
        ArgumentNullException.ThrowIfNull(krav);
        if (regel == Fordelingsregel.Samordnet)
        {
            return krav.Dividendegrunnlag;
        }

        return krav.Kravtype == Kravtype.LoependeBidrag ? krav.MaanedligBeloep : krav.Gjenstaaende;
    }

    /// <summary>
    /// Plans and distributes in one call, returning every claim's share (input order) and the surplus. Allocates; for
    /// the command line and other one-off callers.
    /// </summary>
    /// <exception cref="UgyldigInputException">The claims or the payment break one or more rules.</exception>
    public static FordelingResultat Fordel(ReadOnlySpan<Krav> krav, Beloep betaling, Fordelingsregel regel)
    {
        var plan = Planlegg(krav, regel);
        var andeler = new Beloep[plan.Antall];
        Fordel(plan, betaling, andeler, out var overskudd);

        var rang = new int[plan.Antall];
        var proRata = new bool[plan.Antall];
        foreach (var g in plan.Grupper)
        {
            for (var r = g.Start; r < g.Start + g.Lengde; r++)
            {
                rang[plan.Rekkefoelge[r]] = r;
                proRata[plan.Rekkefoelge[r]] = g.ProRata;
            }
        }

        var resultat = ImmutableArray.CreateBuilder<Kravandel>(plan.Antall);
        for (var i = 0; i < plan.Antall; i++)
        {
            resultat.Add(new Kravandel(plan.KravId(i), krav[i].Artsprioritet, rang[i], proRata[i], plan.Behov[i], andeler[i]));
        }

        return new FordelingResultat(regel, betaling, resultat.MoveToImmutable(), overskudd);
    }

    /// <summary>
    /// The explanation trace of a distribution: one step per group in the order of cover, naming its rule and source,
    /// with each claim's share of its need as facts, and the surplus. Allocates; built only when asked for.
    /// </summary>
    public static Forklaring Forklar(FordelingResultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        var ic = CultureInfo.InvariantCulture;
        var etterRang = resultat.Andeler.OrderBy(a => a.Rang).ToList();
        var deler = ImmutableArray.CreateBuilder<Forklaring>();
        var start = 0;
        for (var r = 1; r <= etterRang.Count; r++)
        {
            if (r < etterRang.Count
                && etterRang[r].Artsprioritet == etterRang[start].Artsprioritet
                && etterRang[r].ProRata == etterRang[start].ProRata)
            {
                continue;
            }

            var gruppe = etterRang.GetRange(start, r - start);
            var proRata = gruppe[0].ProRata;
            var regel = !proRata
                ? Prioritetsregler.Tidsprioritet
                : resultat.Regel == Fordelingsregel.Samordnet ? Prioritetsregler.Samordnet : Prioritetsregler.ForholdsmessigBidrag;
            var fakta = gruppe.Select(a => new Faktum(a.KravId, $"{a.Andel} av {a.Behov}")).ToList();
            if (proRata)
            {
                fakta.Add(new Faktum("avrunding", Prioritetsregler.StoersteRest.Beskrivelse));
            }

            deler.Add(new Forklaring(
                $"Artsprioritet {gruppe[0].Artsprioritet.Bokstav()}" + (proRata ? " (forholdsmessig)" : string.Empty),
                regel,
                Beloep.FraOere(gruppe.Sum(a => a.Andel.Oere)).ToString(),
                [.. fakta],
                []));
            start = r;
        }

        if (!resultat.Overskudd.ErNull)
        {
            deler.Add(new Forklaring("Overskudd", Prioritetsregler.Overskudd, resultat.Overskudd.ToString(), [], []));
        }

        return new Forklaring(
            "Fordeling",
            resultat.Regel == Fordelingsregel.Samordnet ? Prioritetsregler.Samordnet : Prioritetsregler.Artsprioritet,
            (resultat.Betaling - resultat.Overskudd).ToString(),
            [
                new Faktum("betaling", resultat.Betaling.ToString()),
                new Faktum("fordelingsregel", resultat.Regel.ToString()),
                new Faktum("antallKrav", resultat.Andeler.Length.ToString(ic)),
                new Faktum("overskudd", resultat.Overskudd.ToString()),
            ],
            deler.ToImmutable());
    }

    private static bool ErProRata(Krav krav, Fordelingsregel regel) => regel switch
    {
        Fordelingsregel.Tidsprioritet => krav.Artsprioritet == Artsprioritet.A,
        _ => !krav.BevartTidsprioritet,
    };

    /// <summary>
    /// The order of cover. Class first; within a class the claims covered one after another (preserved priority under
    /// Samordnet) before those sharing pro rata; then date; then, for claims covered one after another, case (ordinal)
    /// and prioritetISak; finally id (ordinal). Ids are unique, so the order is total and independent of input order.
    /// Comparing case before prioritetISak keeps the order transitive; it changes nothing for claims of one case.
    /// </summary>
    private static int Sammenlign(Krav a, bool proRataA, Krav b, bool proRataB)
    {
        var c = ((int)a.Artsprioritet).CompareTo((int)b.Artsprioritet);
        if (c != 0)
        {
            return c;
        }

        c = proRataA.CompareTo(proRataB);
        if (c != 0)
        {
            return c;
        }

        c = a.Tidsprioritet.CompareTo(b.Tidsprioritet);
        if (c != 0)
        {
            return c;
        }

        if (!proRataA)
        {
            c = string.CompareOrdinal(a.Sak, b.Sak);
            if (c != 0)
            {
                return c;
            }

            c = a.PrioritetISak.CompareTo(b.PrioritetISak);
            if (c != 0)
            {
                return c;
            }
        }

        return string.CompareOrdinal(a.Id, b.Id);
    }

    private static void FordelKjerne(
        Fordelingsplan plan,
        Beloep betaling,
        ReadOnlySpan<Beloep> behov,
        ReadOnlySpan<Beloep> vekter,
        Span<Beloep> andeler,
        out Beloep overskudd)
    {
        if (andeler.Length != plan.Antall)
        {
            Preconditions.ThrowArgument(nameof(andeler), "The span for the shares must have one element per planned claim.");
        }

        if (betaling.ErNegativt)
        {
            KastNegativBetaling(betaling);
        }

        andeler.Clear();
        var rest = betaling.Oere;
        var rekkefoelge = plan.Rekkefoelge;
        foreach (ref readonly var g in plan.Grupper)
        {
            if (rest == 0)
            {
                break;
            }

            var medlemmer = rekkefoelge.Slice(g.Start, g.Lengde);
            if (g.ProRata)
            {
                rest = ProRata(medlemmer, behov, vekter, andeler, rest);
                continue;
            }

            foreach (var i in medlemmer)
            {
                var andel = Math.Min(rest, behov[i].Oere);
                andeler[i] = Beloep.FraOere(andel);
                rest -= andel;
                if (rest == 0)
                {
                    break;
                }
            }
        }

        overskudd = Beloep.FraOere(rest);
    }

    /// <summary>
    /// Shares <paramref name="tilgjengelig"/> øre pro rata by weight among <paramref name="medlemmer"/> (ordered by
    /// tidsprioritet, then id) with water-filling and largest-remainder rounding. Returns what is left over.
    /// </summary>
    private static long ProRata(
        ReadOnlySpan<int> medlemmer,
        ReadOnlySpan<Beloep> behov,
        ReadOnlySpan<Beloep> vekter,
        Span<Beloep> andeler,
        long tilgjengelig)
    {
        long sum = 0;
        foreach (var i in medlemmer)
        {
            sum += behov[i].Oere;
        }

        if (tilgjengelig >= sum)
        {
            foreach (var i in medlemmer)
            {
                andeler[i] = behov[i];
            }

            return tilgjengelig - sum;
        }

        // 0 < tilgjengelig < sum: some claim stays short.
        var n = medlemmer.Length;
        int[]? leidAktive = null;
        long[]? leidRest = null;
        int[]? leidRekke = null;
        Span<int> aktive = n <= StackGrense
            ? stackalloc int[n]
            : (leidAktive = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        Span<long> rester = n <= StackGrense
            ? stackalloc long[n]
            : (leidRest = ArrayPool<long>.Shared.Rent(n)).AsSpan(0, n);
        Span<int> rekke = n <= StackGrense
            ? stackalloc int[n]
            : (leidRekke = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);

        // First the claims with a weight; the claims with weight 0 share by need only when those are all covered.
        var m = 0;
        for (var p = 0; p < n; p++)
        {
            var i = medlemmer[p];
            if (behov[i].Oere > 0 && vekter[i].Oere > 0)
            {
                aktive[m++] = p;
            }
        }

        var rest = Vannfyll(medlemmer, aktive[..m], behov, vekter, vektErBehov: false, andeler, tilgjengelig, rester, rekke);
        if (rest > 0)
        {
            m = 0;
            for (var p = 0; p < n; p++)
            {
                var i = medlemmer[p];
                if (behov[i].Oere > 0 && vekter[i].Oere == 0)
                {
                    aktive[m++] = p;
                }
            }

            rest = Vannfyll(medlemmer, aktive[..m], behov, vekter, vektErBehov: true, andeler, rest, rester, rekke);
        }

        if (leidAktive is not null)
        {
            ArrayPool<int>.Shared.Return(leidAktive);
        }

        if (leidRest is not null)
        {
            ArrayPool<long>.Shared.Return(leidRest);
        }

        if (leidRekke is not null)
        {
            ArrayPool<int>.Shared.Return(leidRekke);
        }

        return rest;
    }

    /// <summary>
    /// Water-fills <paramref name="tilgjengelig"/> øre over the claims at the positions <paramref name="aktive"/>
    /// (ascending, so position order is the tie-break order) by weight (the need when <paramref name="vektErBehov"/>).
    /// Each round covers in full every claim whose exact share <c>P·wᵢ/W</c> reaches its need <c>nᵢ</c>
    /// (<c>P·wᵢ ≥ nᵢ·W</c>, exact in 128 bits) and removes it; when a round covers nobody, the exact shares of the rest
    /// are each below their need and are rounded by largest remainder. Returns the øre left (0 unless all are covered).
    /// </summary>
    private static long Vannfyll(
        ReadOnlySpan<int> medlemmer,
        Span<int> aktive,
        ReadOnlySpan<Beloep> behov,
        ReadOnlySpan<Beloep> vekter,
        bool vektErBehov,
        Span<Beloep> andeler,
        long tilgjengelig,
        Span<long> rester,
        Span<int> rekke)
    {
        var rest = tilgjengelig;
        var m = aktive.Length;
        long samletVekt = 0;
        while (m > 0 && rest > 0)
        {
            samletVekt = 0;
            for (var j = 0; j < m; j++)
            {
                var i = medlemmer[aktive[j]];
                samletVekt += vektErBehov ? behov[i].Oere : vekter[i].Oere;
            }

            var pott = rest;
            var beholdt = 0;
            for (var j = 0; j < m; j++)
            {
                var i = medlemmer[aktive[j]];
                var b = behov[i].Oere;
                var w = vektErBehov ? b : vekter[i].Oere;
                if ((Int128)pott * w >= (Int128)b * samletVekt)
                {
                    andeler[i] = behov[i];
                    rest -= b;
                }
                else
                {
                    aktive[beholdt++] = aktive[j];
                }
            }

            if (beholdt == m)
            {
                break;
            }

            m = beholdt;
        }

        if (m == 0 || rest == 0)
        {
            return rest;
        }

        // No claim left reaches its need: every exact share P·wᵢ/W is below nᵢ, so rounding up by 1 øre stays within it.
        long fordelt = 0;
        for (var j = 0; j < m; j++)
        {
            var i = medlemmer[aktive[j]];
            var w = vektErBehov ? behov[i].Oere : vekter[i].Oere;
            var kvotient = DelMedRest(rest, w, samletVekt, out rester[j]);
            andeler[i] = Beloep.FraOere(kvotient);
            fordelt += kvotient;
            rekke[j] = j;
        }

        // Fewer than m øre remain; give one each to the largest remainders (ties: lower position = earlier date, lower
        // id): select them in O(m) expected, then one pass.
        var ekstra = (int)(rest - fordelt);
        if (ekstra > 0)
        {
            var utvalg = rekke[..m];
            VelgForan(utvalg, ekstra, rester, Velgebudsjett(m));
            foreach (var j in utvalg[..ekstra])
            {
                var i = medlemmer[aktive[j]];
                andeler[i] = Beloep.FraOere(andeler[i].Oere + 1);
            }
        }

        return 0;
    }

    /// <summary><c>a · b / c</c> rounded down, with the remainder; all non-negative, <c>c</c> positive, <c>b ≤ c</c> (so the result is at most <c>a</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long DelMedRest(long a, long b, long c, out long rest)
    {
        var hoey = Math.BigMul((ulong)a, (ulong)b, out var lav);
        if (hoey == 0)
        {
            // The product fits 64 bits: plain unsigned division (the common case).
            var q = lav / (ulong)c;
            rest = (long)(lav - (q * (ulong)c));
            return (long)q;
        }

        var produkt = (Int128)a * b;
        var kvotient = (long)(produkt / c);
        rest = (long)(produkt - ((Int128)kvotient * c));
        return kvotient;
    }

    /// <summary>Partition rounds quickselect may take before it falls back to a heap: 2·log₂(m) + 2.</summary>
    internal static int Velgebudsjett(int m) => (2 * BitOperations.Log2((uint)m)) + 2;

    /// <summary>
    /// Reorders <paramref name="rekke"/> (positions 0…m−1 into <paramref name="rester"/>) so that its first
    /// <paramref name="antall"/> elements are the <paramref name="antall"/> positions ranked first by (remainder
    /// descending, position ascending) — the keys are distinct. Quickselect with a median-of-three pivot: O(m) expected;
    /// after <paramref name="budsjett"/> partition rounds the rest is selected with a partial heap sort, so the worst
    /// case stays O(m log m). In place, allocation-free.
    /// </summary>
    internal static void VelgForan(Span<int> rekke, int antall, ReadOnlySpan<long> rester, int budsjett)
    {
        var maal = antall - 1;
        var lo = 0;
        var hi = rekke.Length - 1;
        while (lo < hi)
        {
            if (budsjett-- == 0)
            {
                VelgMedHaug(rekke.Slice(lo, hi - lo + 1), maal - lo + 1, rester);
                return;
            }

            var p = Partisjoner(rekke, lo, hi, rester);
            if (p == maal)
            {
                return;
            }

            if (p < maal)
            {
                lo = p + 1;
            }
            else
            {
                hi = p - 1;
            }
        }
    }

    /// <summary>Lomuto partition of <c>[lo, hi]</c> around the median of first, middle and last; returns the pivot's place.</summary>
    private static int Partisjoner(Span<int> rekke, int lo, int hi, ReadOnlySpan<long> rester)
    {
        var midt = lo + ((hi - lo) >> 1);
        if (Foran(rekke[midt], rekke[lo], rester))
        {
            (rekke[midt], rekke[lo]) = (rekke[lo], rekke[midt]);
        }

        if (Foran(rekke[hi], rekke[lo], rester))
        {
            (rekke[hi], rekke[lo]) = (rekke[lo], rekke[hi]);
        }

        if (Foran(rekke[midt], rekke[hi], rester))
        {
            (rekke[midt], rekke[hi]) = (rekke[hi], rekke[midt]);
        }

        // rekke[lo] is ahead of rekke[hi], which is ahead of rekke[midt]: rekke[hi] is the median.
        var pivot = rekke[hi];
        var plass = lo;
        for (var j = lo; j < hi; j++)
        {
            if (Foran(rekke[j], pivot, rester))
            {
                (rekke[plass], rekke[j]) = (rekke[j], rekke[plass]);
                plass++;
            }
        }

        (rekke[plass], rekke[hi]) = (rekke[hi], rekke[plass]);
        return plass;
    }

    /// <summary>Moves the <paramref name="antall"/> first-ranked elements to the front: partial heap sort, then reverse.</summary>
    private static void VelgMedHaug(Span<int> rekke, int antall, ReadOnlySpan<long> rester)
    {
        var n = rekke.Length;
        for (var s = (n / 2) - 1; s >= 0; s--)
        {
            SiftNed(rekke, s, n, rester);
        }

        // Each pop moves the first-ranked element to the end: after antall pops they sit at the end, best last.
        var stoerrelse = n;
        for (var e = 0; e < antall; e++)
        {
            stoerrelse--;
            (rekke[0], rekke[stoerrelse]) = (rekke[stoerrelse], rekke[0]);
            SiftNed(rekke, 0, stoerrelse, rester);
        }

        rekke.Reverse();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Foran(int a, int b, ReadOnlySpan<long> rester) =>
        rester[a] > rester[b] || (rester[a] == rester[b] && a < b);

    private static void SiftNed(Span<int> haug, int i, int stoerrelse, ReadOnlySpan<long> rester)
    {
        while (true)
        {
            var venstre = (2 * i) + 1;
            if (venstre >= stoerrelse)
            {
                return;
            }

            var barn = venstre;
            if (venstre + 1 < stoerrelse && Foran(haug[venstre + 1], haug[venstre], rester))
            {
                barn = venstre + 1;
            }

            if (!Foran(haug[barn], haug[i], rester))
            {
                return;
            }

            (haug[barn], haug[i]) = (haug[i], haug[barn]);
            i = barn;
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastNegativBetaling(Beloep betaling) =>
        throw new UgyldigInputException(new Valideringsfeil(
            "betaling",
            betaling.ToString(),
            "UGYLDIG_BELOEP",
            "Betalingen kan ikke være negativ."));
}
