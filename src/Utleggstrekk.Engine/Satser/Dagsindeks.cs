using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// What the trekk calculation needs from the livsopphold, samvær and trekkgrenser tables on one day: each table's
/// period index with its status, the livsopphold rates of the period and the trekkgrenser values, all in one place.
/// Read the periods with <see cref="Livsopphold"/> and <see cref="Samvaer"/>, which apply the caller's choice about
/// assumed rates exactly as <see cref="Tidsserie.Finn(int, bool, out SatsStatus)"/> does.
/// </summary>
internal readonly struct Dagssegment
{
    private readonly int _livsopphold;
    private readonly int _samvaer;
    private readonly SatsStatus _livsStatus;
    private readonly SatsStatus _samvaerStatus;
    private readonly int _grenserKjent;
    private readonly int _livsAvledet;
    private readonly int _samvaerAvledet;
    private readonly int _grenserAvledet;
    private readonly Grenseverdier _grenser;
    private readonly LivsoppholdSatser _livssatser;
    private readonly Samvaerssatser _samvaerssatser;

    /// <summary>Creates the segment.</summary>
    /// <param name="livsopphold">The livsopphold table.</param>
    /// <param name="livsPeriode">The livsopphold period (or -1 when <paramref name="livsStatus"/> is <see cref="SatsStatus.Mangler"/>).</param>
    /// <param name="livsStatus"><see cref="SatsStatus.Kjent"/> inside a period, <see cref="SatsStatus.Antatt"/> after the last known day (the period is the last one), otherwise <see cref="SatsStatus.Mangler"/>.</param>
    /// <param name="samvaerTabell">The samvær table.</param>
    /// <param name="samvaer">The samvær period, as <paramref name="livsPeriode"/>.</param>
    /// <param name="samvaerStatus">The samvær status, as <paramref name="livsStatus"/>.</param>
    /// <param name="trekkgrenser">The trekkgrenser table.</param>
    /// <param name="grensesegment">The segment of <see cref="TrekkgrenserTabell.FinnSegment"/> (-1 before every period).</param>
    /// <param name="grensedag">The segment's first day, to read each trekkgrense's <c>kildegrad</c>.</param>
    internal Dagssegment(LivsoppholdTabell? livsopphold, int livsPeriode, SatsStatus livsStatus, SamvaerTabell? samvaerTabell, int samvaer, SatsStatus samvaerStatus, TrekkgrenserTabell? trekkgrenser, int grensesegment, NodaTime.LocalDate grensedag = default)
    {
        _livsopphold = livsPeriode;
        _livsStatus = livsStatus;
        _samvaer = samvaer;
        _samvaerStatus = samvaerStatus;
        for (var i = 0; samvaerTabell is not null && samvaer >= 0 && i < SamvaerTabell.AntallKlasser * SamvaerTabell.AntallAldersband; i++)
        {
            var klasse = (i / SamvaerTabell.AntallAldersband) + 1;
            var band = i % SamvaerTabell.AntallAldersband;
            _samvaerssatser[i] = samvaerTabell.Sats(samvaer, klasse, band).Oere;
            if (samvaerTabell.Kildegrad(samvaer, klasse, band) == Kildegrad.Avledet)
            {
                _samvaerAvledet |= 1 << i;
            }
        }

        _livssatser = livsopphold is not null && livsPeriode >= 0 ? livsopphold.Satser(livsPeriode) : default;
        _livsAvledet = livsopphold is not null && livsPeriode >= 0 ? livsopphold.AvledetMaske(livsPeriode) : 0;
        for (var g = 0; trekkgrenser is not null && g < TrekkgrenserTabell.Parameternavn.Count; g++)
        {
            if (trekkgrenser.TryFinn(grensesegment, (Trekkgrense)g, out var prosent))
            {
                _grenser[g] = prosent;
                _grenserKjent |= 1 << g;
                if (trekkgrenser[(Trekkgrense)g].TryFinn(grensedag, false, out var verdi, out _) && verdi.Kildegrad == Kildegrad.Avledet)
                {
                    _grenserAvledet |= 1 << g;
                }
            }
        }
    }

    /// <summary>
    /// The livsopphold categories of the period whose figure is derived (<see cref="LivsoppholdTabell.AvledetMaske"/>);
    /// 0 when none is (or there is no period).
    /// </summary>
    public int LivsAvledet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _livsAvledet;
    }

    /// <summary>Whether the samvær add-on of a class (1–4) and age band is derived.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SamvaerAvledet(int samvaersklasse, int aldersband) =>
        (_samvaerAvledet & (1 << SamvaerTabell.Indeks(samvaersklasse, aldersband))) != 0;

    /// <summary>The trekkgrenser whose value on the day is derived, one bit per <see cref="Trekkgrense"/>.</summary>
    public int GrenserAvledet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _grenserAvledet;
    }

    /// <summary>Whether the value of one trekkgrense on the day is derived.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool GrenseAvledet(Trekkgrense grense) => (_grenserAvledet & (1 << (int)grense)) != 0;

    /// <summary>The livsopphold rates of the period (all zero when there is none).</summary>
    [UnscopedRef]
    public ref readonly LivsoppholdSatser Livssatser => ref _livssatser;

    /// <summary>The livsopphold period of the day, or -1 with <see cref="SatsStatus.Mangler"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Livsopphold(bool tillatAntatt, out SatsStatus status) => Periode(_livsopphold, _livsStatus, tillatAntatt, out status);

    /// <summary>
    /// The samvær add-on of the period for a class (1–4) and age band (<see cref="SamvaerTabell.Aldersband"/>): the
    /// same value as <see cref="SamvaerTabell.Sats"/> for the period (zero when there is none).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep Samvaerssats(int samvaersklasse, int aldersband) =>
        Beloep.FraOere(_samvaerssatser[SamvaerTabell.Indeks(samvaersklasse, aldersband)]);

    /// <summary>The samvær period of the day, or -1 with <see cref="SatsStatus.Mangler"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Samvaer(bool tillatAntatt, out SatsStatus status) => Periode(_samvaer, _samvaerStatus, tillatAntatt, out status);

    /// <summary>
    /// The value of one trekkgrense on the day; false when the parameter has none (the same answer as a lookup in the
    /// parameter's own series).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGrense(Trekkgrense grense, out Prosent prosent)
    {
        if ((_grenserKjent & (1 << (int)grense)) == 0)
        {
            prosent = Prosent.Null;
            return false;
        }

        prosent = _grenser[(int)grense];
        return true;
    }

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

    /// <summary>The samvær add-ons of the period in øre, index <see cref="SamvaerTabell.Indeks"/>, inline.</summary>
    [InlineArray(SamvaerTabell.AntallKlasser * SamvaerTabell.AntallAldersband)]
    private struct Samvaerssatser
    {
        private long _element;
    }

    /// <summary>The values of the five <see cref="Trekkgrense"/> parameters, inline.</summary>
    [InlineArray(5)]
    private struct Grenseverdier
    {
        private Prosent _element;
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
    private static readonly Dagssegment Foer = new(null, -1, SatsStatus.Mangler, null, -1, SatsStatus.Mangler, null, -1);

    private readonly int[] _fra;

    private readonly Dagssegment[] _segmenter;

    /// <summary>
    /// A one-entry cache for <see cref="Finn(NodaTime.LocalDate, int)"/>: the date key (<see cref="Datonoekkel.Noekkel(NodaTime.LocalDate)"/>)
    /// of the last date looked up in the upper 32 bits and its segment number in the lower 32; before the first look-up
    /// <see cref="long.MinValue"/>, whose upper half (<see cref="int.MinValue"/>) is no date's key. One <see cref="long"/> written and read as a whole (<see cref="Volatile"/>, atomic on every
    /// platform), so a thread sees either the old pair or the new one, never a key with another date's segment: the
    /// cache is race-free however many threads share the index, and a thread whose date is not the cached one simply
    /// searches (and caches its own date). A backend runs most calls of a run on the same beregningsdato, so the hot
    /// path then skips the day number and the binary search.
    /// </summary>
    private long _sist = long.MinValue;

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
            _segmenter[i] = new Dagssegment(livsopphold, livs, livsStatus, samvaer, samv, samvaerStatus, trekkgrenser, trekkgrenser.FinnSegment(dag), LocalDateFraDagnummer(dag));
        }
    }

    /// <summary>Everything the trekk calculation needs on day <paramref name="dag"/> (<see cref="Tidsserie.Dagnummer"/>). Allocation-free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly Dagssegment Finn(int dag)
    {
        var hi = Dagsoek.SisteStartPaaEllerFoer(_fra, dag);

        return ref hi < 0 ? ref Foer : ref _segmenter[hi];
    }

    /// <summary>
    /// As <see cref="Finn(int)"/> for <paramref name="dato"/>, whose <see cref="Datonoekkel.Noekkel(NodaTime.LocalDate)"/> is
    /// <paramref name="noekkel"/>: answered from the one-entry cache when the date is the last one looked up. The date
    /// must be an ISO date of years 1–9999 (the input check, <see cref="Datogrense.ErGyldig"/>, has made sure):
    /// there the key is not negative and tells the dates apart. Allocation-free and thread-safe.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly Dagssegment Finn(NodaTime.LocalDate dato, int noekkel)
    {
        var sist = Volatile.Read(ref _sist);

        // Unchecked: splitting the packed long into its two 32-bit halves.
        var nummer = unchecked((int)(sist >> 32)) == noekkel ? unchecked((int)sist) : FinnOgHusk(dato, noekkel);
        return ref Segment(nummer);
    }

    /// <summary>The cache miss of <see cref="Finn(NodaTime.LocalDate, int)"/>: searches, then stores the date's key and segment.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FinnOgHusk(NodaTime.LocalDate dato, int noekkel)
    {
        var nummer = FinnNummer(Tidsserie.Dagnummer(dato));

        // Unchecked: packing two 32-bit values into one long (the key is not negative, the number is kept as its 32 bits).
        Volatile.Write(ref _sist, unchecked(((long)noekkel << 32) | (uint)nummer));
        return nummer;
    }

    /// <summary>
    /// The segment number of day <paramref name="dag"/> (-1 before every boundary), for a caller that resolves a date
    /// once and reads its segment many times with <see cref="Segment"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FinnNummer(int dag) => Dagsoek.SisteStartPaaEllerFoer(_fra, dag);

    /// <summary>The segment with number <paramref name="nummer"/> from <see cref="FinnNummer"/> (-1: before every boundary).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly Dagssegment Segment(int nummer) => ref nummer < 0 ? ref Foer : ref _segmenter[nummer];

    private static NodaTime.LocalDate LocalDateFraDagnummer(int dag) => NodaTime.LocalDate.FromDateOnly(DateOnly.FromDayNumber(dag));

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
