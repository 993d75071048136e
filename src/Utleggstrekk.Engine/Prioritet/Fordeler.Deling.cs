using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>The per-payment path: covers the plan's groups in order, in turn or pro rata (allocation-free).</summary>
public static partial class Fordeler
{
    // egneBehov: the needs and weights are the plan's own, so the part and block needs precomputed in the plan are used.
    private static void FordelKjerne(
        Fordelingsplan plan,
        Beloep betaling,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        ReadOnlySpan<Beloep> vekter,
        bool egneBehov,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
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
        renteandeler.Clear();
        var rest = betaling.Oere;
        foreach (ref readonly var g in plan.Grupper)
        {
            if (rest == 0)
            {
                break;
            }

            rest = g.AntallBlokker == 1
                ? Hell(plan, g.Start, g.Lengde, hovedstolBehov, renteBehov, egneBehov, andeler, renteandeler, rest)
                : DelGruppe(plan, g, hovedstolBehov, renteBehov, vekter, egneBehov, andeler, renteandeler, rest);
        }

        overskudd = Beloep.FraOere(rest);
    }

    /// <summary>
    /// Covers the parts at ranks <c>[start, start + lengde)</c> one after another in full with
    /// <paramref name="tilgjengelig"/> øre; returns what is left.
    /// </summary>
    private static long Hell(
        Fordelingsplan plan,
        int start,
        int lengde,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        bool egneBehov,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
        long tilgjengelig)
    {
        var rest = tilgjengelig;
        var steg = plan.Steg.Slice(start, lengde);
        var egne = plan.DelBehovOere.Slice(start, lengde);
        var trinn = plan.TrinnLengder.Slice(start, lengde);
        for (var j = 0; j < steg.Length; j++)
        {
            if (rest == 0)
            {
                break;
            }

            if (trinn[j] > 1)
            {
                rest = DelTrinn(steg.Slice(j, trinn[j]), egne.Slice(j, trinn[j]), hovedstolBehov, renteBehov, egneBehov, andeler, renteandeler, rest);
                j += trinn[j] - 1;
                continue;
            }

            var s = steg[j];
            var k = s.KravIndeks;
            var behov = egneBehov ? egne[j] : Delsteg.Behov(s.Slag, hovedstolBehov[k].Oere, renteBehov[k].Oere);
            var andel = Math.Min(rest, behov);
            andeler[k] = Beloep.FraOere(andeler[k].Oere + andel);
            if (s.Slag == Delslag.Renter && !renteandeler.IsEmpty)
            {
                renteandeler[k] = Beloep.FraOere(andel);
            }

            rest -= andel;
        }

        return rest;
    }

    /// <summary>
    /// Covers one step of parts that tie (one case, date and prioritetISak): in full when the money reaches, otherwise
    /// pro rata by need, rounded down to øre with the øre left going to the largest remainders (equal remainders: the
    /// part first in the step, i.e. the lower claim id — SPEC §2). Returns what is left.
    /// </summary>
    [SkipLocalsInit]
    private static long DelTrinn(
        ReadOnlySpan<Delsteg> steg,
        ReadOnlySpan<long> egne,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        bool egneBehov,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
        long tilgjengelig)
    {
        var m = steg.Length;
        var tall = new Kladd<long>(m <= Kladd.StackGrense ? stackalloc long[3 * m] : Span<long>.Empty, 3 * m);
        var heltall = new Kladd<int>(m <= Kladd.StackGrense ? stackalloc int[2 * m] : Span<int>.Empty, 2 * m);
        var behov = tall.Span[..m];
        var andel = tall.Span.Slice(m, m);
        var aktive = heltall.Span[..m];
        var sum = TrinnBehov(steg, egne, hovedstolBehov, renteBehov, egneBehov, behov, aktive, out var antall);
        long rest;
        if (tilgjengelig >= sum)
        {
            behov.CopyTo(andel);
            rest = tilgjengelig - sum;
        }
        else
        {
            andel.Clear();
            rest = Vannfyll(aktive[..antall], behov, behov, vektErBehov: true, andel, tilgjengelig, tall.Span.Slice(2 * m, m), heltall.Span.Slice(m, m));
        }

        for (var j = 0; j < m; j++)
        {
            Godskriv(steg[j], andel[j], andeler, renteandeler);
        }

        tall.Dispose();
        heltall.Dispose();
        return rest;
    }

    /// <summary>The step's part needs into <paramref name="behov"/>, the parts with a need into <paramref name="aktive"/>; returns the sum.</summary>
    private static long TrinnBehov(
        ReadOnlySpan<Delsteg> steg,
        ReadOnlySpan<long> egne,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        bool egneBehov,
        Span<long> behov,
        Span<int> aktive,
        out int antall)
    {
        long sum = 0;
        antall = 0;
        for (var j = 0; j < steg.Length; j++)
        {
            var s = steg[j];
            behov[j] = egneBehov ? egne[j] : Delsteg.Behov(s.Slag, hovedstolBehov[s.KravIndeks].Oere, renteBehov[s.KravIndeks].Oere);
            sum += behov[j];
            if (behov[j] > 0)
            {
                aktive[antall++] = j;
            }
        }

        return sum;
    }

    /// <summary>Adds a part's share to its claim's share; an interest part's share is also its claim's interest share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Godskriv(Delsteg s, long andel, Span<Beloep> andeler, Span<Beloep> renteandeler)
    {
        andeler[s.KravIndeks] = Beloep.FraOere(andeler[s.KravIndeks].Oere + andel);
        if (s.Slag == Delslag.Renter && !renteandeler.IsEmpty)
        {
            renteandeler[s.KravIndeks] = Beloep.FraOere(andel);
        }
    }

    /// <summary>
    /// Shares <paramref name="tilgjengelig"/> øre pro rata among the blocks of <paramref name="g"/> with water-filling
    /// and largest-remainder rounding; each block passes its share through its parts in turn. Returns what is left.
    /// </summary>
    [SkipLocalsInit]
    private static long DelGruppe(
        Fordelingsplan plan,
        in Fordelingsgruppe g,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        ReadOnlySpan<Beloep> vekter,
        bool egneBehov,
        Span<Beloep> andeler,
        Span<Beloep> renteandeler,
        long tilgjengelig)
    {
        var blokker = plan.Blokker.Slice(g.BlokkStart, g.AntallBlokker);
        var n = blokker.Length;
        var tall = new Kladd<long>(n <= Kladd.StackGrense ? stackalloc long[4 * n] : Span<long>.Empty, 4 * n);
        var heltall = new Kladd<int>(n <= Kladd.StackGrense ? stackalloc int[2 * n] : Span<int>.Empty, 2 * n);
        var behov = tall.Span[..n];
        var vekt = tall.Span.Slice(n, n);
        var andel = tall.Span.Slice(2 * n, n);
        var sum = egneBehov
            ? PlanensBlokkbehov(plan, g, behov, vekt)
            : Blokkbehov(plan, g, hovedstolBehov, renteBehov, vekter, behov, vekt);

        long rest;
        if (tilgjengelig >= sum)
        {
            behov.CopyTo(andel);
            rest = tilgjengelig - sum;
        }
        else
        {
            rest = DelKnappeMidler(behov, vekt, andel, tilgjengelig, tall.Span.Slice(3 * n, n), heltall.Span[..n], heltall.Span.Slice(n, n));
        }

        for (var b = 0; b < n; b++)
        {
            if (andel[b] > 0)
            {
                Hell(plan, blokker[b].Start, blokker[b].Lengde, hovedstolBehov, renteBehov, egneBehov, andeler, renteandeler, andel[b]);
            }
        }

        tall.Dispose();
        heltall.Dispose();
        return rest;
    }

    /// <summary>The plan's precomputed block needs and weights of group <paramref name="g"/>; returns the needs' sum.</summary>
    private static long PlanensBlokkbehov(Fordelingsplan plan, in Fordelingsgruppe g, Span<long> behov, Span<long> vekt)
    {
        plan.BlokkBehovOere.Slice(g.BlokkStart, behov.Length).CopyTo(behov);
        plan.BlokkVektOere.Slice(g.BlokkStart, vekt.Length).CopyTo(vekt);
        long sum = 0;
        foreach (var s in behov)
        {
            sum += s;
        }

        return sum;
    }

    /// <summary>
    /// Each block's need (its parts' needs) and weight (class a: the bidrag sizes of its parts; otherwise its need) from
    /// the given per-claim needs and weights; returns the needs' sum.
    /// </summary>
    private static long Blokkbehov(
        Fordelingsplan plan,
        in Fordelingsgruppe g,
        ReadOnlySpan<Beloep> hovedstolBehov,
        ReadOnlySpan<Beloep> renteBehov,
        ReadOnlySpan<Beloep> vekter,
        Span<long> behov,
        Span<long> vekt)
    {
        var blokker = plan.Blokker.Slice(g.BlokkStart, g.AntallBlokker);
        var vektetEtterBidrag = g.Deling == Delingsmaate.ForholdsmessigBidrag;
        var steg = plan.Steg;
        long sum = 0;
        for (var b = 0; b < blokker.Length; b++)
        {
            long s = 0;
            long w = 0;
            foreach (var d in steg.Slice(blokker[b].Start, blokker[b].Lengde))
            {
                s += Delsteg.Behov(d.Slag, hovedstolBehov[d.KravIndeks].Oere, renteBehov[d.KravIndeks].Oere);
                w += vekter[d.KravIndeks].Oere;
            }

            behov[b] = s;
            vekt[b] = vektetEtterBidrag ? w : s;
            sum += s;
        }

        return sum;
    }

    /// <summary>
    /// 0 &lt; <paramref name="tilgjengelig"/> &lt; the needs' sum, so some block stays short: first the blocks with a
    /// weight share by weight; those with weight 0 share what is left by need only when the weighted ones are all
    /// covered. Writes <paramref name="andel"/>; returns the øre left.
    /// </summary>
    private static long DelKnappeMidler(
        ReadOnlySpan<long> behov,
        ReadOnlySpan<long> vekt,
        Span<long> andel,
        long tilgjengelig,
        Span<long> rester,
        Span<int> aktive,
        Span<int> rekke)
    {
        andel.Clear();
        var m = 0;
        for (var b = 0; b < behov.Length; b++)
        {
            if (behov[b] > 0 && vekt[b] > 0)
            {
                aktive[m++] = b;
            }
        }

        var rest = Vannfyll(aktive[..m], behov, vekt, vektErBehov: false, andel, tilgjengelig, rester, rekke);
        if (rest > 0)
        {
            m = 0;
            for (var b = 0; b < behov.Length; b++)
            {
                if (behov[b] > 0 && vekt[b] == 0)
                {
                    aktive[m++] = b;
                }
            }

            rest = Vannfyll(aktive[..m], behov, vekt, vektErBehov: true, andel, rest, rester, rekke);
        }

        return rest;
    }

    /// <summary>
    /// Water-fills <paramref name="tilgjengelig"/> øre over the blocks at the positions <paramref name="aktive"/>
    /// (ascending, so position order is the tie-break order) by weight (the need when <paramref name="vektErBehov"/>):
    /// first the rounds that cover blocks in full (<see cref="DekkFulle"/>), then, when money is left and nobody more
    /// reaches their need, the exact shares rounded by largest remainder (<see cref="DelEtterStoersteRest"/>). Returns
    /// the øre left (0 unless all are covered).
    /// </summary>
    private static long Vannfyll(
        Span<int> aktive,
        ReadOnlySpan<long> behov,
        ReadOnlySpan<long> vekter,
        bool vektErBehov,
        Span<long> andeler,
        long tilgjengelig,
        Span<long> rester,
        Span<int> rekke)
    {
        var rest = DekkFulle(aktive, behov, vekter, vektErBehov, andeler, tilgjengelig, out var m, out var samletVekt);
        if (m == 0 || rest == 0)
        {
            return rest;
        }

        DelEtterStoersteRest(aktive[..m], behov, vekter, vektErBehov, andeler, rest, samletVekt, rester, rekke);
        return 0;
    }

    /// <summary>
    /// The water-filling rounds: each round covers in full every block whose exact share <c>P·wᵢ/W</c> reaches its need
    /// <c>nᵢ</c> (<c>P·wᵢ ≥ nᵢ·W</c>, exact in 128 bits) and removes it, until a round covers nobody or the money or the
    /// blocks run out. Leaves the <paramref name="m"/> blocks still short at the front of <paramref name="aktive"/> with
    /// their total weight <paramref name="samletVekt"/>; returns the øre left.
    /// </summary>
    private static long DekkFulle(
        Span<int> aktive,
        ReadOnlySpan<long> behov,
        ReadOnlySpan<long> vekter,
        bool vektErBehov,
        Span<long> andeler,
        long tilgjengelig,
        out int m,
        out long samletVekt)
    {
        var rest = tilgjengelig;
        m = aktive.Length;
        samletVekt = 0;
        while (m > 0 && rest > 0)
        {
            samletVekt = 0;
            for (var j = 0; j < m; j++)
            {
                var i = aktive[j];
                samletVekt += vektErBehov ? behov[i] : vekter[i];
            }

            var pott = rest;
            var beholdt = 0;
            for (var j = 0; j < m; j++)
            {
                var i = aktive[j];
                var b = behov[i];
                var w = vektErBehov ? b : vekter[i];
                if (Heltallsregning.ProduktMinst(pott, w, b, samletVekt))
                {
                    andeler[i] = b;
                    rest -= b;
                }
                else
                {
                    aktive[beholdt++] = i;
                }
            }

            if (beholdt == m)
            {
                break;
            }

            m = beholdt;
        }

        return rest;
    }

    /// <summary>
    /// No block in <paramref name="aktive"/> reaches its need: every exact share <c>P·wᵢ/W</c> is below <c>nᵢ</c>, so
    /// rounding up by 1 øre stays within it. The shares are rounded down to øre and the øre left (fewer than the blocks)
    /// go one each to the largest remainders; equal remainders to the lower position, i.e. the block first in plan order
    /// (SPEC §2).
    /// </summary>
    private static void DelEtterStoersteRest(
        ReadOnlySpan<int> aktive,
        ReadOnlySpan<long> behov,
        ReadOnlySpan<long> vekter,
        bool vektErBehov,
        Span<long> andeler,
        long pott,
        long samletVekt,
        Span<long> rester,
        Span<int> rekke)
    {
        var m = aktive.Length;
        long fordelt = 0;
        for (var j = 0; j < m; j++)
        {
            var i = aktive[j];
            var w = vektErBehov ? behov[i] : vekter[i];
            var kvotient = Heltallsregning.MulDivNedMedRest(pott, w, samletVekt, out rester[j]);
            andeler[i] = kvotient;
            fordelt += kvotient;
            rekke[j] = j;
        }

        // Select the largest remainders in O(m) expected, then one pass.
        var ekstra = (int)(pott - fordelt);
        if (ekstra > 0)
        {
            var utvalg = rekke[..m];
            Utvalg.VelgForan(utvalg, ekstra, rester[..m]);
            foreach (var j in utvalg[..ekstra])
            {
                andeler[aktive[j]] += 1;
            }
        }
    }
}
