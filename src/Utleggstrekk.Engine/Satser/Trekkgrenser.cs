using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>The effective-dated parameters of the trekkgrenser table (ceilings and reductions, all in percent).</summary>
public enum Trekkgrense
{
    /// <summary>
    /// Ceiling for forskuddstrekk + all utleggstrekk under the normal rule, percent of gross
    /// (<c>tak_normal_prosent_av_brutto</c>, Retningslinje pkt. 5.4).
    /// </summary>
    TakNormal,

    /// <summary>The absolute ceiling, percent of gross (<c>tak_maks_prosent_av_brutto</c>, Retningslinje pkt. 5.4).</summary>
    TakMaks,

    /// <summary>The schematic næring rule for tax claims (<c>naering_skjematisk_prosent_av_brutto</c>, sktbl. § 14-4 (2) b).</summary>
    NaeringSkjematisk,

    /// <summary>Cut in the rate from the 4th person in the household (<c>reduksjon_fra_fjerde_person_prosent</c>).</summary>
    ReduksjonFraFjerdePerson,

    /// <summary>Cut in the samvær add-on from the 3rd samvær child (<c>reduksjon_samvaer_fra_tredje_barn_prosent</c>).</summary>
    ReduksjonSamvaerFraTredjeBarn,
}

/// <summary>The trekkgrenser table: one effective-dated percentage series per <see cref="Trekkgrense"/>.</summary>
public sealed class TrekkgrenserTabell
{
    private readonly EnkelTabell<Prosentverdi>[] _tabeller;

    /// <summary>
    /// Start day (<see cref="Tidsserie.Dagnummer"/>) of each segment of the combined index: the days on which any
    /// parameter starts or ends a period, sorted; a segment lasts until the next start (the last is open). Within a
    /// segment every parameter keeps one value (or none), so one lookup serves all of them.
    /// </summary>
    private readonly int[] _segmentFra;

    /// <summary>The value of each parameter in each segment, index <c>segment × 5 + (int)grense</c>.</summary>
    private readonly Prosent[] _segmentVerdier;

    /// <summary>Bit <c>(int)grense</c> set when the parameter has a value in the segment.</summary>
    private readonly int[] _segmentKjent;

    private TrekkgrenserTabell(EnkelTabell<Prosentverdi>[] tabeller)
    {
        _tabeller = tabeller;
        var grenser = new SortedSet<int>();
        foreach (var tabell in tabeller)
        {
            var serie = tabell.Tidsserie;
            for (var i = 0; i < serie.Antall; i++)
            {
                grenser.Add(serie.FraDagnummer(i));
                if (serie.TilDagnummer(i) != int.MaxValue)
                {
                    grenser.Add(serie.TilDagnummer(i));
                }
            }
        }

        _segmentFra = [.. grenser];
        _segmentVerdier = new Prosent[_segmentFra.Length * tabeller.Length];
        _segmentKjent = new int[_segmentFra.Length];
        for (var segment = 0; segment < _segmentFra.Length; segment++)
        {
            for (var g = 0; g < tabeller.Length; g++)
            {
                var i = tabeller[g].Tidsserie.Finn(_segmentFra[segment], false, out _);
                if (i >= 0)
                {
                    _segmentVerdier[(segment * tabeller.Length) + g] = tabeller[g].Verdi(i).Prosent;
                    _segmentKjent[segment] |= 1 << g;
                }
            }
        }
    }

    /// <summary>CSV names of the parameters, in the order of <see cref="Trekkgrense"/>.</summary>
    public static IReadOnlyList<string> Parameternavn { get; } =
    [
        "tak_normal_prosent_av_brutto",
        "tak_maks_prosent_av_brutto",
        "naering_skjematisk_prosent_av_brutto",
        "reduksjon_fra_fjerde_person_prosent",
        "reduksjon_samvaer_fra_tredje_barn_prosent",
    ];

    /// <summary>
    /// The highest ceiling any trekkgrenser table may give: forskuddstrekk + all utleggstrekk never above 80 % of gross
    /// (Retningslinje for utleggstrekk pkt. 5.4; SPEC §4 "the engine never exceeds 80 %").
    /// </summary>
    public static Prosent HoeyesteTak { get; } = Prosent.FraHeleProsent(80);

    /// <summary>
    /// Builds the table. Every parameter of <see cref="Trekkgrense"/> must be present, and on every date
    /// <c>0 ≤ tak_normal ≤ tak_maks ≤ </c><see cref="HoeyesteTak"/>, while the næring rule and both reductions lie
    /// within 0–100 %.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter is missing, its periods are invalid, or a value is out of bounds.</exception>
    public static TrekkgrenserTabell Lag(IReadOnlyDictionary<Trekkgrense, IReadOnlyList<Periodeverdi<Prosentverdi>>> parametre)
    {
        ArgumentNullException.ThrowIfNull(parametre);
        var tabeller = new EnkelTabell<Prosentverdi>[Parameternavn.Count];
        for (var i = 0; i < tabeller.Length; i++)
        {
            var grense = (Trekkgrense)i;
            if (!parametre.TryGetValue(grense, out var perioder))
            {
                throw new ArgumentException($"Trekkgrense {Parameternavn[i]} is missing.", nameof(parametre));
            }

            tabeller[i] = EnkelTabell<Prosentverdi>.Lag(perioder);
            var hoeyeste = grense is Trekkgrense.TakNormal or Trekkgrense.TakMaks ? HoeyesteTak : Prosent.FraHeleProsent(100);
            foreach (var periode in tabeller[i].Perioder)
            {
                var verdi = periode.Verdi.Prosent;
                if (verdi < Prosent.Null || verdi > hoeyeste)
                {
                    throw new ArgumentException(
                        $"Trekkgrense {Parameternavn[i]} from {Isodato.Tekst(periode.Fra)} is {verdi} %; it must be within 0–{hoeyeste} %.",
                        nameof(parametre));
                }
            }
        }

        foreach (var normal in tabeller[(int)Trekkgrense.TakNormal].Perioder)
        {
            foreach (var maks in tabeller[(int)Trekkgrense.TakMaks].Perioder)
            {
                if (Overlapper(normal, maks) && normal.Verdi.Prosent > maks.Verdi.Prosent)
                {
                    throw new ArgumentException(
                        $"Trekkgrense {Parameternavn[(int)Trekkgrense.TakNormal]} from {Isodato.Tekst(normal.Fra)} ({normal.Verdi.Prosent} %) is above {Parameternavn[(int)Trekkgrense.TakMaks]} from {Isodato.Tekst(maks.Fra)} ({maks.Verdi.Prosent} %).",
                        nameof(parametre));
                }
            }
        }

        return new TrekkgrenserTabell(tabeller);
    }

    /// <summary>Whether two half-open periods share a day.</summary>
    private static bool Overlapper(Periodeverdi<Prosentverdi> a, Periodeverdi<Prosentverdi> b) =>
        (b.Til is not { } bTil || a.Fra < bTil) && (a.Til is not { } aTil || b.Fra < aTil);

    /// <summary>The series of one parameter.</summary>
    public EnkelTabell<Prosentverdi> this[Trekkgrense grense] => _tabeller[(int)grense];

    /// <summary>
    /// The segment of the combined index containing day <paramref name="dag"/> (<see cref="Tidsserie.Dagnummer"/>),
    /// or -1 before every period: one binary search for all parameters. Read the values with
    /// <see cref="TryFinn(int, Trekkgrense, out Prosent)"/>. Allocation-free.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FinnSegment(int dag)
    {
        return Dagsoek.SisteStartPaaEllerFoer(_segmentFra, dag);
    }

    /// <summary>
    /// The value of one parameter in a segment from <see cref="FinnSegment"/>; false when the parameter has none
    /// there (the same answer as a lookup in the parameter's own series).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryFinn(int segment, Trekkgrense grense, out Prosent prosent)
    {
        if (segment < 0 || (_segmentKjent[segment] & (1 << (int)grense)) == 0)
        {
            prosent = Prosent.Null;
            return false;
        }

        prosent = _segmentVerdier[(segment * _tabeller.Length) + (int)grense];
        return true;
    }

    /// <summary>The value of one parameter on a date; false when none is known.</summary>
    public bool TryFinn(Trekkgrense grense, LocalDate dato, out Prosentverdi verdi) =>
        _tabeller[(int)grense].TryFinn(dato, tillatAntatt: false, out verdi, out _);
}
