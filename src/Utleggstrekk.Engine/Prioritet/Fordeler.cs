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
/// </remarks>
public static class Fordeler
{
    private const int StackGrense = 256;

    /// <summary>
    /// Validates <paramref name="krav"/> (all violations at once, see <see cref="Kravvalidering"/>) and sorts the
    /// claims' parts into the order of cover for <paramref name="regel"/>. The plan keeps each claim's needs as stated now.
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
        var hovedstol = new Beloep[n];
        var renter = new Beloep[n];
        var vekt = new Beloep[n];
        var ider = new string[n];
        var deler = new List<(int Krav, Kravdel Del, Artsprioritet Klasse)>(n * 2);
        for (var i = 0; i < n; i++)
        {
            var k = alle[i];
            hovedstol[i] = HovedstolBehov(k);
            renter[i] = k.PaaloeptRente;
            vekt[i] = Vekt(k);
            ider[i] = k.Id;
            deler.Add((i, Kravdel.Hovedstol, k.Artsprioritet));
            if (HarRentedel(k))
            {
                deler.Add((i, Kravdel.Renter, Artsprioritet.F));
            }
        }

        var ordnet = deler.ToArray();
        Array.Sort(ordnet, (x, y) => Sammenlign(alle, x.Krav, x.Del, x.Klasse, y.Krav, y.Del, y.Klasse, regel));

        var grupper = new List<Fordelingsgruppe>();
        var blokker = new List<Fordelingsblokk>();
        var resultat = new Fordelingsdel[ordnet.Length];
        var start = 0;
        while (start < ordnet.Length)
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
                var b = start;
                for (var r = start + 1; r <= slutt; r++)
                {
                    if (r == slutt || !string.Equals(alle[ordnet[r].Krav].Sak, alle[ordnet[b].Krav].Sak, StringComparison.Ordinal))
                    {
                        blokker.Add(new Fordelingsblokk(b, r - b));
                        b = r;
                    }
                }

                deling = blokker.Count - blokkStart > 1 ? Delingsmaate.SammeDag : Delingsmaate.EtterTur;
            }

            for (var r = start; r < slutt; r++)
            {
                resultat[r] = new Fordelingsdel(ordnet[r].Krav, ordnet[r].Del, ordnet[r].Klasse, grupper.Count, 0);
            }

            grupper.Add(new Fordelingsgruppe(klasse, start, slutt - start, deling, blokkStart, blokker.Count - blokkStart));
            start = slutt;
        }

        for (var b = 0; b < blokker.Count; b++)
        {
            for (var r = blokker[b].Start; r < blokker[b].Start + blokker[b].Lengde; r++)
            {
                resultat[r] = resultat[r] with { Blokk = b };
            }
        }

        // Steps: inside a block, the parts of one case with the same date and the same prioritetISak share pro rata by
        // need (SPEC §6: no tie is broken by the spelling of a reference). Blocks of class a and Samordnet hold one part.
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

        return new Fordelingsplan(regel, resultat, [.. blokker], [.. grupper], hovedstol, renter, vekt, ider, trinnLengde);
    }

    /// <summary>
    /// Orders the cases of a group of one class and date (ranks <c>[start, slutt)</c>, sorted by case) by their lowest
    /// claim id (ordinal), keeping each case's parts in order. The case order decides only which case an øre left by
    /// the pro-rata rounding goes to: SPEC §2, the same tidsprioritet, then the lower claim id.
    /// </summary>
    private static void OrdneSakerEtterLavesteId(Krav[] alle, (int Krav, Kravdel Del, Artsprioritet Klasse)[] ordnet, int start, int slutt)
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
    private static bool SammeTrinn(Krav[] alle, (int Krav, Kravdel Del, Artsprioritet Klasse) a, (int Krav, Kravdel Del, Artsprioritet Klasse) b)
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
    /// <exception cref="UgyldigInputException"><paramref name="betaling"/> is negative (field <c>betaling</c>).</exception>
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
    /// <exception cref="UgyldigInputException">The claims or the payment break one or more rules.</exception>
    public static FordelingResultat Fordel(ReadOnlySpan<Krav> krav, Beloep betaling, Fordelingsregel regel)
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

        return new FordelingResultat(regel, betaling, resultat.MoveToImmutable(), overskudd) { Deler = deler.MoveToImmutable() };
    }

    /// <summary>
    /// The explanation trace of a distribution: one step per group in the order of cover, naming the rule that decided
    /// it and its source, with each part's share of its need as facts (an interest part marked as such, with the rule
    /// that puts it in class f), and the surplus. Allocates; built only when asked for.
    /// </summary>
    public static Forklaring Forklar(FordelingResultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        var ic = CultureInfo.InvariantCulture;
        var steg = ImmutableArray.CreateBuilder<Forklaring>();
        foreach (var gruppe in resultat.Deler.GroupBy(d => d.Gruppe).OrderBy(g => g.Key))
        {
            var deler = gruppe.ToList();
            var foerste = deler[0];
            var regel = foerste.Deling switch
            {
                Delingsmaate.ForholdsmessigBidrag => Prioritetsregler.ForholdsmessigBidrag,
                Delingsmaate.SammeDag => Prioritetsregler.SammeDag,
                Delingsmaate.Samordnet => Prioritetsregler.Samordnet,
                _ => Prioritetsregler.Tidsprioritet,
            };
            var fakta = deler
                .Where(d => d.Del == Kravdel.Hovedstol || !d.Behov.ErNull)
                .Select(d => new Faktum(
                    d.Del == Kravdel.Renter ? $"{d.KravId} (renter)" : d.KravId,
                    $"{d.Andel} av {d.Behov} (sak {d.Sak}, tidsprioritet {Isodato.Tekst(d.Tidsprioritet)})"))
                .ToList();
            if (fakta.Count == 0)
            {
                continue;
            }

            var under = ImmutableArray.CreateBuilder<Forklaring>();
            var rentedeler = deler.Where(d => d.Del == Kravdel.Renter && !d.Behov.ErNull).ToList();
            if (rentedeler.Count > 0)
            {
                under.Add(new Forklaring(
                    "Renter i artsprioritet f",
                    Prioritetsregler.RenterIKlasseF,
                    Beloep.FraOere(rentedeler.Sum(d => d.Andel.Oere)).ToString(),
                    [.. rentedeler.Select(d => new Faktum($"{d.KravId} (renter)", $"hovedstol i artsprioritet {resultat.Andeler[d.KravIndeks].Artsprioritet.Bokstav()}"))],
                    []));
            }

            if (foerste.Deling != Delingsmaate.EtterTur)
            {
                under.Add(new Forklaring("Avrunding", Prioritetsregler.StoersteRest, Prioritetsregler.StoersteRest.Beskrivelse, [], []));
            }

            var tittel = foerste.Deling switch
            {
                Delingsmaate.ForholdsmessigBidrag => $"Artsprioritet {foerste.Artsprioritet.Bokstav()} (forholdsmessig etter bidragenes størrelse)",
                Delingsmaate.SammeDag => $"Artsprioritet {foerste.Artsprioritet.Bokstav()}, tidsprioritet {Isodato.Tekst(foerste.Tidsprioritet)}: samme dag, delt forholdsmessig",
                Delingsmaate.Samordnet => $"Artsprioritet {foerste.Artsprioritet.Bokstav()} (forholdsmessig etter dividendegrunnlag)",
                _ => $"Artsprioritet {foerste.Artsprioritet.Bokstav()}, tidsprioritet {Isodato.Tekst(foerste.Tidsprioritet)}",
            };
            steg.Add(new Forklaring(
                tittel,
                regel,
                Beloep.FraOere(deler.Sum(a => a.Andel.Oere)).ToString(),
                [.. fakta],
                under.ToImmutable()));
        }

        if (!resultat.Overskudd.ErNull)
        {
            steg.Add(new Forklaring("Overskudd", Prioritetsregler.Overskudd, resultat.Overskudd.ToString(), [], []));
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
            steg.ToImmutable());
    }

    private static Beloep HovedstolBehov(Krav k) =>
        k.Kravtype == Kravtype.LoependeBidrag ? k.MaanedligBeloep : k.Gjenstaaende;

    /// <summary>Under Samordnet a part of class b–f without preserved time priority shares pro rata by dividendegrunnlag.</summary>
    private static bool ErSamordnetDelt(Krav k, Fordelingsregel regel) => regel == Fordelingsregel.Samordnet && !k.BevartTidsprioritet;

    private static bool SammeGruppe(Krav[] alle, (int Krav, Kravdel Del, Artsprioritet Klasse) a, (int Krav, Kravdel Del, Artsprioritet Klasse) b, Fordelingsregel regel)
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
        long[]? leidLong = null;
        int[]? leidInt = null;
        Span<long> tall = m <= StackGrense
            ? stackalloc long[3 * m]
            : (leidLong = ArrayPool<long>.Shared.Rent(3 * m)).AsSpan(0, 3 * m);
        Span<int> aktive = m <= StackGrense
            ? stackalloc int[2 * m]
            : (leidInt = ArrayPool<int>.Shared.Rent(2 * m)).AsSpan(0, 2 * m);
        var behov = tall[..m];
        var andel = tall.Slice(m, m);
        var rester = tall.Slice(2 * m, m);
        long sum = 0;
        var antall = 0;
        for (var j = 0; j < m; j++)
        {
            var s = steg[j];
            behov[j] = egneBehov ? egne[j] : Delsteg.Behov(s.Slag, hovedstolBehov[s.KravIndeks].Oere, renteBehov[s.KravIndeks].Oere);
            sum += behov[j];
            if (behov[j] > 0)
            {
                aktive[antall++] = j;
            }
        }

        long rest;
        if (tilgjengelig >= sum)
        {
            behov.CopyTo(andel);
            rest = tilgjengelig - sum;
        }
        else
        {
            andel.Clear();
            rest = Vannfyll(aktive[..antall], behov, behov, vektErBehov: true, andel, tilgjengelig, rester, aktive.Slice(m, m));
        }

        for (var j = 0; j < m; j++)
        {
            var s = steg[j];
            andeler[s.KravIndeks] = Beloep.FraOere(andeler[s.KravIndeks].Oere + andel[j]);
            if (s.Slag == Delslag.Renter && !renteandeler.IsEmpty)
            {
                renteandeler[s.KravIndeks] = Beloep.FraOere(andel[j]);
            }
        }

        if (leidLong is not null)
        {
            ArrayPool<long>.Shared.Return(leidLong);
        }

        if (leidInt is not null)
        {
            ArrayPool<int>.Shared.Return(leidInt);
        }

        return rest;
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
        long[]? leidLong = null;
        int[]? leidInt = null;
        Span<long> tall = n <= StackGrense
            ? stackalloc long[4 * n]
            : (leidLong = ArrayPool<long>.Shared.Rent(4 * n)).AsSpan(0, 4 * n);
        Span<int> heltall = n <= StackGrense
            ? stackalloc int[2 * n]
            : (leidInt = ArrayPool<int>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        var behov = tall[..n];
        var vekt = tall.Slice(n, n);
        var andel = tall.Slice(2 * n, n);
        var rester = tall.Slice(3 * n, n);
        var aktive = heltall[..n];
        var rekke = heltall.Slice(n, n);

        long sum = 0;
        if (egneBehov)
        {
            plan.BlokkBehovOere.Slice(g.BlokkStart, n).CopyTo(behov);
            plan.BlokkVektOere.Slice(g.BlokkStart, n).CopyTo(vekt);
            foreach (var s in behov)
            {
                sum += s;
            }
        }
        else
        {
            var vektetEtterBidrag = g.Deling == Delingsmaate.ForholdsmessigBidrag;
            var steg = plan.Steg;
            for (var b = 0; b < n; b++)
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
        }

        long rest;
        if (tilgjengelig >= sum)
        {
            behov.CopyTo(andel);
            rest = tilgjengelig - sum;
        }
        else
        {
            // 0 < tilgjengelig < sum: some block stays short. First the blocks with a weight; those with weight 0 share
            // by need only when the weighted ones are all covered.
            andel.Clear();
            var m = 0;
            for (var b = 0; b < n; b++)
            {
                if (behov[b] > 0 && vekt[b] > 0)
                {
                    aktive[m++] = b;
                }
            }

            rest = Vannfyll(aktive[..m], behov, vekt, vektErBehov: false, andel, tilgjengelig, rester, rekke);
            if (rest > 0)
            {
                m = 0;
                for (var b = 0; b < n; b++)
                {
                    if (behov[b] > 0 && vekt[b] == 0)
                    {
                        aktive[m++] = b;
                    }
                }

                rest = Vannfyll(aktive[..m], behov, vekt, vektErBehov: true, andel, rest, rester, rekke);
            }
        }

        for (var b = 0; b < n; b++)
        {
            if (andel[b] > 0)
            {
                Hell(plan, blokker[b].Start, blokker[b].Lengde, hovedstolBehov, renteBehov, egneBehov, andeler, renteandeler, andel[b]);
            }
        }

        if (leidLong is not null)
        {
            ArrayPool<long>.Shared.Return(leidLong);
        }

        if (leidInt is not null)
        {
            ArrayPool<int>.Shared.Return(leidInt);
        }

        return rest;
    }

    /// <summary>
    /// Water-fills <paramref name="tilgjengelig"/> øre over the blocks at the positions <paramref name="aktive"/>
    /// (ascending, so position order is the tie-break order) by weight (the need when <paramref name="vektErBehov"/>).
    /// Each round covers in full every block whose exact share <c>P·wᵢ/W</c> reaches its need <c>nᵢ</c>
    /// (<c>P·wᵢ ≥ nᵢ·W</c>, exact in 128 bits) and removes it; when a round covers nobody, the exact shares of the rest
    /// are each below their need and are rounded by largest remainder. Returns the øre left (0 unless all are covered).
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
        var rest = tilgjengelig;
        var m = aktive.Length;
        long samletVekt = 0;
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
                if (ProduktMinst(pott, w, b, samletVekt))
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

        if (m == 0 || rest == 0)
        {
            return rest;
        }

        // No block left reaches its need: every exact share P·wᵢ/W is below nᵢ, so rounding up by 1 øre stays within it.
        long fordelt = 0;
        for (var j = 0; j < m; j++)
        {
            var i = aktive[j];
            var w = vektErBehov ? behov[i] : vekter[i];
            var kvotient = DelMedRest(rest, w, samletVekt, out rester[j]);
            andeler[i] = kvotient;
            fordelt += kvotient;
            rekke[j] = j;
        }

        // Fewer than m øre remain; give one each to the largest remainders (ties: lower position = first in plan order):
        // select them in O(m) expected, then one pass.
        var ekstra = (int)(rest - fordelt);
        if (ekstra > 0)
        {
            var utvalg = rekke[..m];
            VelgForan(utvalg, ekstra, rester, Velgebudsjett(m));
            foreach (var j in utvalg[..ekstra])
            {
                andeler[aktive[j]] += 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>a · b ≥ c · d</c> exactly, all four non-negative: both products in 128 bits by <see cref="Math.BigMul(ulong, ulong, out ulong)"/>
    /// (no checked <see cref="Int128"/> arithmetic on the hot path; two non-negative <c>long</c> values cannot overflow 128 bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ProduktMinst(long a, long b, long c, long d)
    {
        var hoey1 = Math.BigMul((ulong)a, (ulong)b, out var lav1);
        var hoey2 = Math.BigMul((ulong)c, (ulong)d, out var lav2);
        return hoey1 > hoey2 || (hoey1 == hoey2 && lav1 >= lav2);
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
            Feilkoder.UgyldigBeloep,
            "Betalingen kan ikke være negativ."));
}
