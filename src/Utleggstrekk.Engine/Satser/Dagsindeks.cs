using System.Runtime.CompilerServices;

namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// What the trekk calculation needs from the livsopphold, samvær and trekkgrenser tables on one day: each table's
/// period index with its status, and the trekkgrenser segment. Read the periods with <see cref="Livsopphold"/> and
/// <see cref="Samvaer"/>, which apply the caller's choice about assumed rates exactly as <see cref="Tidsserie.Finn(int, bool, out SatsStatus)"/> does.
/// </summary>
/// <param name="livsopphold">The livsopphold period (or -1 when <paramref name="livsStatus"/> is <see cref="SatsStatus.Mangler"/>).</param>
/// <param name="livsStatus"><see cref="SatsStatus.Kjent"/> inside a period, <see cref="SatsStatus.Antatt"/> after the last known day (the period is the last one), otherwise <see cref="SatsStatus.Mangler"/>.</param>
/// <param name="samvaer">The samvær period, as <paramref name="livsopphold"/>.</param>
/// <param name="samvaerStatus">The samvær status, as <paramref name="livsStatus"/>.</param>
/// <param name="trekkgrenser">The segment of <see cref="TrekkgrenserTabell.FinnSegment"/>.</param>
internal readonly struct Dagssegment(int livsopphold, SatsStatus livsStatus, int samvaer, SatsStatus samvaerStatus, int trekkgrenser)
{
    private readonly int _livsopphold = livsopphold;
    private readonly int _samvaer = samvaer;
    private readonly SatsStatus _livsStatus = livsStatus;
    private readonly SatsStatus _samvaerStatus = samvaerStatus;

    /// <summary>The trekkgrenser segment of the day (-1 before every period).</summary>
    public int Trekkgrenser { get; } = trekkgrenser;

    /// <summary>The livsopphold period of the day, or -1 with <see cref="SatsStatus.Mangler"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Livsopphold(bool tillatAntatt, out SatsStatus status) => Periode(_livsopphold, _livsStatus, tillatAntatt, out status);

    /// <summary>The samvær period of the day, or -1 with <see cref="SatsStatus.Mangler"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Samvaer(bool tillatAntatt, out SatsStatus status) => Periode(_samvaer, _samvaerStatus, tillatAntatt, out status);

    /// <summary>Known periods as they are; an assumed one only when allowed; otherwise missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Periode(int indeks, SatsStatus lagret, bool tillatAntatt, out SatsStatus status)
    {
        if (lagret == SatsStatus.Kjent || (lagret == SatsStatus.Antatt && tillatAntatt))
        {
            status = lagret;
            return indeks;
        }

        status = SatsStatus.Mangler;
        return -1;
    }
}

/// <summary>
/// A compiled per-day index over the livsopphold, samvær and trekkgrenser tables of one <see cref="Satsgrunnlag"/>:
/// the union of all their period boundaries as one sorted array of day numbers, and for each segment between two
/// boundaries a <see cref="Dagssegment"/>. One binary search then answers every lookup the trekk calculation makes.
/// Immutable once built, so safe to share between threads.
/// </summary>
/// <remarks>
/// Within a segment no table starts or ends a period, so each table's answer (known period, assumed after its last
/// known day, or missing) is the same on every day of it: the answer computed on the segment's first day with the
/// tables' own lookups is the answer for the whole segment. Before the first boundary every table is missing.
/// </remarks>
internal sealed class Dagsindeks
{
    private static readonly Dagssegment Foer = new(-1, SatsStatus.Mangler, -1, SatsStatus.Mangler, -1);

    private readonly int[] _fra;
    private readonly Dagssegment[] _segmenter;

    /// <summary>Builds the index from the three tables.</summary>
    internal Dagsindeks(LivsoppholdTabell livsopphold, SamvaerTabell samvaer, TrekkgrenserTabell trekkgrenser)
    {
        var grenser = new SortedSet<int>();
        LeggTil(grenser, livsopphold.Tidsserie);
        LeggTil(grenser, samvaer.Tidsserie);
        for (var g = 0; g < TrekkgrenserTabell.Parameternavn.Count; g++)
        {
            LeggTil(grenser, trekkgrenser[(Trekkgrense)g].Tidsserie);
        }

        _fra = [.. grenser];
        _segmenter = new Dagssegment[_fra.Length];
        for (var i = 0; i < _fra.Length; i++)
        {
            var dag = _fra[i];
            var livs = livsopphold.Tidsserie.Finn(dag, tillatAntatt: true, out var livsStatus);
            var samv = samvaer.Tidsserie.Finn(dag, tillatAntatt: true, out var samvaerStatus);
            _segmenter[i] = new Dagssegment(livs, livsStatus, samv, samvaerStatus, trekkgrenser.FinnSegment(dag));
        }
    }

    /// <summary>Everything the trekk calculation needs on day <paramref name="dag"/> (<see cref="Tidsserie.Dagnummer"/>). Allocation-free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly Dagssegment Finn(int dag)
    {
        var fra = _fra;
        int lo = 0, hi = fra.Length - 1;

        // Index arithmetic only (no money), far from overflow.
        unchecked
        {
            while (lo <= hi)
            {
                var mid = (int)((uint)(lo + hi) >> 1);
                if (fra[mid] <= dag)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        return ref hi < 0 ? ref Foer : ref _segmenter[hi];
    }

    private static void LeggTil(SortedSet<int> grenser, Tidsserie serie)
    {
        for (var i = 0; i < serie.Antall; i++)
        {
            grenser.Add(serie.FraDagnummer(i));
            if (serie.TilDagnummer(i) != int.MaxValue)
            {
                grenser.Add(serie.TilDagnummer(i));
            }
        }
    }
}
