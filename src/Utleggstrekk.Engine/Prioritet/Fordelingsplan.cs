using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>Which part of a claim a <see cref="Fordelingsdel"/> is.</summary>
public enum Kravdel
{
    /// <summary>
    /// The principal: what remains of the claim (a løpende bidrag: the amount due this period). For a claim of class e
    /// or f this part also carries the claim's accrued interest (class e: interest and fees on tax follow the tax
    /// claim; class f: the interest is class f anyway), so such a claim has only this part.
    /// </summary>
    Hovedstol = 0,

    /// <summary>
    /// The accrued interest (<see cref="Krav.PaaloeptRente"/>) of a claim of class a–d (not a løpende bidrag): its own
    /// part in class f at the claim's tidsprioritet (Retningslinje pkt. 6.1 and 6.2).
    /// </summary>
    Renter = 1,
}

/// <summary>How the parts of one <see cref="Fordelingsgruppe"/> are covered.</summary>
public enum Delingsmaate
{
    /// <summary>One after another in full, in plan order (one case on one date, or one part).</summary>
    EtterTur = 0,

    /// <summary>Class a: pro rata by the size of each bidrag, each part a block of its own (deknl. § 2-8 third ledd last sentence).</summary>
    ForholdsmessigBidrag = 1,

    /// <summary>
    /// Same class and tidsprioritet, several cases: pro rata by need between the cases (one block per case), each case
    /// covering its parts in prioritetISak order (deknl. § 2-8 third ledd: on one day there is no "first").
    /// </summary>
    SammeDag = 2,

    /// <summary>Samordnet, claims without preserved time priority: pro rata by dividendegrunnlag (need), each part a block of its own.</summary>
    Samordnet = 3,
}

/// <summary>One part of one claim in the order of cover.</summary>
/// <param name="KravIndeks">The claim's input index.</param>
/// <param name="Del">Principal or interest part.</param>
/// <param name="Artsprioritet">The class the part is covered in (class f for the interest part of a class a–d claim).</param>
/// <param name="Gruppe">Index of the part's group in <see cref="Fordelingsplan.Grupper"/>.</param>
/// <param name="Blokk">Index of the part's block in <see cref="Fordelingsplan.Blokker"/>.</param>
public readonly record struct Fordelingsdel(int KravIndeks, Kravdel Del, Artsprioritet Artsprioritet, int Gruppe, int Blokk);

/// <summary>
/// A run of parts (ranks <c>[Start, Start + Lengde)</c> in <see cref="Fordelingsplan.Deler"/>) covered in turn: one
/// case's parts in a same-day group, or a single part. A group with one block is covered in turn; with several blocks the blocks share pro rata (water-filling) and each
/// block passes its share through its parts in turn.
/// </summary>
/// <param name="Start">The block's first rank in <see cref="Fordelingsplan.Deler"/>.</param>
/// <param name="Lengde">Number of parts in the block.</param>
public readonly record struct Fordelingsblokk(int Start, int Lengde);

/// <summary>
/// A group of parts that are covered together. Groups are covered in order; a later group gets nothing while an
/// earlier one is short.
/// </summary>
/// <param name="Artsprioritet">The class of every part in the group.</param>
/// <param name="Start">First rank of the group in <see cref="Fordelingsplan.Deler"/>.</param>
/// <param name="Lengde">Number of parts in the group.</param>
/// <param name="Deling">How the group is covered (and so which rule decides it).</param>
/// <param name="BlokkStart">Index of the group's first block in <see cref="Fordelingsplan.Blokker"/>.</param>
/// <param name="AntallBlokker">Number of blocks in the group.</param>
public readonly record struct Fordelingsgruppe(
    Artsprioritet Artsprioritet,
    int Start,
    int Lengde,
    Delingsmaate Deling,
    int BlokkStart,
    int AntallBlokker)
{
    /// <summary>True when the group's blocks share pro rata (no part of the group comes before another).</summary>
    public bool ProRata => Deling != Delingsmaate.EtterTur;
}

/// <summary>
/// The parts of the claims of one trekk sorted once into the order of cover (<see cref="Fordeler.Planlegg"/>), ready to
/// distribute any number of payments without allocating. Immutable; safe to share between threads.
/// </summary>
/// <remarks>
/// <para>The order depends only on class, kravtype, dates, cases, prioritetISak, ids and preserved time priority,
/// never on amounts, so one plan serves a whole projection: pass each month's needs to
/// <see cref="Fordeler.Fordel(Fordelingsplan, Beloep, ReadOnlySpan{Beloep}, ReadOnlySpan{Beloep}, ReadOnlySpan{Beloep}, Span{Beloep}, Span{Beloep}, out Beloep)"/>.</para>
/// <para>Every claim has a principal part; a claim of class a–d other than a løpende bidrag also has an interest part
/// in class f (<see cref="Kravdel.Renter"/>). <see cref="Deler"/> lists the parts by rank; a part's group says whether
/// it shares with others (<see cref="Fordelingsgruppe.ProRata"/>). So for one claim the parts covered before it are
/// the ranks below its group's <see cref="Fordelingsgruppe.Start"/> (or, in a group covered in turn, below its own
/// rank; in a shared group, the earlier parts of its own block), and the parts of its group not in its block are
/// neither before nor after it: both are one pass over <see cref="Deler"/>.</para>
/// </remarks>
public sealed class Fordelingsplan
{
    private readonly Fordelingsdel[] _deler;
    private readonly Fordelingsblokk[] _blokker;
    private readonly Fordelingsgruppe[] _grupper;
    private readonly int[] _hovedstolRang;
    private readonly int[] _renteRang;
    private readonly Beloep[] _hovedstolBehov;
    private readonly Beloep[] _renteBehov;
    private readonly Beloep[] _vekter;
    private readonly string[] _ider;

    // Precomputed for the per-payment path (Fordeler.FordelKjerne), none of it public: per rank the part's input index
    // and how its need is read (Slag), and for the plan's own needs each part's, block's and block weight's øre.
    private readonly Delsteg[] _steg;
    private readonly long[] _delBehov;
    private readonly long[] _blokkBehov;
    private readonly long[] _blokkVekt;
    private readonly int[] _trinnLengde;
    private readonly int[] _trinnStart;

    internal Fordelingsplan(
        Fordelingsregel regel,
        Fordelingsdel[] deler,
        Fordelingsblokk[] blokker,
        Fordelingsgruppe[] grupper,
        Beloep[] hovedstolBehov,
        Beloep[] renteBehov,
        Beloep[] vekter,
        string[] ider,
        int[] trinnLengde)
    {
        _trinnLengde = trinnLengde;
        _trinnStart = TrinnStarter(trinnLengde);
        Regel = regel;
        _deler = deler;
        _blokker = blokker;
        _grupper = grupper;
        _hovedstolBehov = hovedstolBehov;
        _renteBehov = renteBehov;
        _vekter = vekter;
        _ider = ider;
        _renteRang = Rangene(deler, ider.Length, out _hovedstolRang);
        _steg = Stegene(deler, _renteRang, hovedstolBehov, renteBehov, out _delBehov);
        _blokkBehov = Blokkbehov(deler, blokker, grupper, _delBehov, vekter, out _blokkVekt);
    }

    /// <summary>Per rank: the first rank of its step (a step starts where its length is positive).</summary>
    private static int[] TrinnStarter(int[] trinnLengde)
    {
        var trinnStart = new int[trinnLengde.Length];
        for (var r = 0; r < trinnLengde.Length; r++)
        {
            trinnStart[r] = trinnLengde[r] > 0 ? r : trinnStart[r - 1];
        }

        return trinnStart;
    }

    /// <summary>Per claim: the rank of its separate interest part (−1 when none), and in <paramref name="hovedstolRang"/> of its principal part.</summary>
    private static int[] Rangene(Fordelingsdel[] deler, int antall, out int[] hovedstolRang)
    {
        hovedstolRang = new int[antall];
        var renteRang = new int[antall];
        Array.Fill(renteRang, -1);
        for (var r = 0; r < deler.Length; r++)
        {
            if (deler[r].Del == Kravdel.Renter)
            {
                renteRang[deler[r].KravIndeks] = r;
            }
            else
            {
                hovedstolRang[deler[r].KravIndeks] = r;
            }
        }

        return renteRang;
    }

    /// <summary>Per rank: the part's claim and how its need is read, and in <paramref name="delBehov"/> its need from the plan's own needs.</summary>
    private static Delsteg[] Stegene(Fordelingsdel[] deler, int[] renteRang, Beloep[] hovedstolBehov, Beloep[] renteBehov, out long[] delBehov)
    {
        var steg = new Delsteg[deler.Length];
        delBehov = new long[deler.Length];
        for (var r = 0; r < deler.Length; r++)
        {
            var k = deler[r].KravIndeks;
            var slag = deler[r].Del == Kravdel.Renter ? Delslag.Renter
                : renteRang[k] >= 0 ? Delslag.Hovedstol
                : Delslag.HovedstolMedRenter;
            steg[r] = new Delsteg(k, slag);
            delBehov[r] = Delsteg.Behov(slag, hovedstolBehov[k].Oere, renteBehov[k].Oere);
        }

        return steg;
    }

    /// <summary>
    /// Per block: its need from the plan's own needs, and in <paramref name="blokkVekt"/> its weight (class a: the bidrag
    /// sizes of its parts; otherwise its need).
    /// </summary>
    private static long[] Blokkbehov(
        Fordelingsdel[] deler,
        Fordelingsblokk[] blokker,
        Fordelingsgruppe[] grupper,
        long[] delBehov,
        Beloep[] vekter,
        out long[] blokkVekt)
    {
        var blokkBehov = new long[blokker.Length];
        blokkVekt = new long[blokker.Length];
        foreach (var g in grupper)
        {
            for (var b = g.BlokkStart; b < g.BlokkStart + g.AntallBlokker; b++)
            {
                long behov = 0;
                long vekt = 0;
                for (var r = blokker[b].Start; r < blokker[b].Start + blokker[b].Lengde; r++)
                {
                    behov += delBehov[r];
                    vekt += vekter[deler[r].KravIndeks].Oere;
                }

                blokkBehov[b] = behov;
                blokkVekt[b] = g.Deling == Delingsmaate.ForholdsmessigBidrag ? vekt : behov;
            }
        }

        return blokkBehov;
    }

    /// <summary>Per rank: the part's input index and how its need is read.</summary>
    internal ReadOnlySpan<Delsteg> Steg => _steg;

    /// <summary>Per rank: the number of parts in the step that starts at that rank, 0 inside a step.</summary>
    internal ReadOnlySpan<int> TrinnLengder => _trinnLengde;

    /// <summary>Per rank: the part's need (øre) from the plan's own needs.</summary>
    internal ReadOnlySpan<long> DelBehovOere => _delBehov;

    /// <summary>Per block: its need (øre) from the plan's own needs.</summary>
    internal ReadOnlySpan<long> BlokkBehovOere => _blokkBehov;

    /// <summary>Per block: its weight (øre) from the plan's own needs and weights (class a: the bidrag sizes; otherwise the need).</summary>
    internal ReadOnlySpan<long> BlokkVektOere => _blokkVekt;

    /// <summary>The distribution rule the plan was made for.</summary>
    public Fordelingsregel Regel { get; }

    /// <summary>Number of claims.</summary>
    public int Antall => _ider.Length;

    /// <summary>The parts in the order of cover (rank 0 first).</summary>
    public ReadOnlySpan<Fordelingsdel> Deler => _deler;

    /// <summary>The blocks (runs of parts covered in turn inside a group), in rank order.</summary>
    public ReadOnlySpan<Fordelingsblokk> Blokker => _blokker;

    /// <summary>The groups, in the order they are covered.</summary>
    public ReadOnlySpan<Fordelingsgruppe> Grupper => _grupper;

    /// <summary>
    /// What each claim's principal part needs, in input order, as stated when the plan was made: the amount due for a
    /// løpende bidrag, otherwise <see cref="Krav.Gjenstaaende"/>.
    /// </summary>
    public ReadOnlySpan<Beloep> HovedstolBehov => _hovedstolBehov;

    /// <summary>Each claim's accrued interest (<see cref="Krav.PaaloeptRente"/>), in input order, as stated when the plan was made.</summary>
    public ReadOnlySpan<Beloep> RenteBehov => _renteBehov;

    /// <summary>Each claim's class-a weight (<see cref="Fordeler.Vekt"/>), in input order, as stated when the plan was made.</summary>
    public ReadOnlySpan<Beloep> Vekter => _vekter;

    /// <summary>The id of the claim at input index <paramref name="indeks"/>.</summary>
    public string KravId(int indeks) => _ider[indeks];

    /// <summary>The rank in <see cref="Deler"/> of the principal part of the claim at input index <paramref name="indeks"/>.</summary>
    public int HovedstolRang(int indeks) => _hovedstolRang[indeks];

    /// <summary>The rank of the claim's separate interest part, or −1 when it has none (class e/f, løpende bidrag).</summary>
    public int RenteRang(int indeks) => _renteRang[indeks];

    /// <summary>
    /// The first rank of the step holding rank <paramref name="rang"/>. A step is a run of parts of one block with the
    /// same case, date and prioritetISak: they share pro rata by need (SPEC §6), so none of them is covered before
    /// another. Most steps hold one part.
    /// </summary>
    public int TrinnStart(int rang) => _trinnStart[rang];

    /// <summary>The number of parts in the step holding rank <paramref name="rang"/> (see <see cref="TrinnStart"/>).</summary>
    public int TrinnLengde(int rang) => _trinnLengde[_trinnStart[rang]];

    /// <summary>True when the claim at <paramref name="indeks"/> has a separate interest part (class a–d, not a løpende bidrag).</summary>
    public bool HarRentedel(int indeks) => _renteRang[indeks] >= 0;
}

/// <summary>How a part's need is read from the per-claim needs.</summary>
internal enum Delslag : byte
{
    /// <summary>The principal part of a claim with a separate interest part: the principal need only.</summary>
    Hovedstol = 0,

    /// <summary>The single part of a claim without a separate interest part (class e/f, løpende bidrag): principal plus interest.</summary>
    HovedstolMedRenter = 1,

    /// <summary>The separate interest part: the interest need.</summary>
    Renter = 2,
}

/// <summary>One rank of the per-payment path: the claim's input index and how the part's need is read.</summary>
internal readonly record struct Delsteg(int KravIndeks, Delslag Slag)
{
    /// <summary>The part's need given its claim's principal and interest needs (øre).</summary>
    public static long Behov(Delslag slag, long hovedstol, long renter) => slag switch
    {
        Delslag.Renter => renter,
        Delslag.Hovedstol => hovedstol,
        _ => hovedstol + renter,
    };
}
