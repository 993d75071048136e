using NodaTime;

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

    private TrekkgrenserTabell(EnkelTabell<Prosentverdi>[] tabeller) => _tabeller = tabeller;

    /// <summary>CSV names of the parameters, in the order of <see cref="Trekkgrense"/>.</summary>
    public static IReadOnlyList<string> Parameternavn { get; } =
    [
        "tak_normal_prosent_av_brutto",
        "tak_maks_prosent_av_brutto",
        "naering_skjematisk_prosent_av_brutto",
        "reduksjon_fra_fjerde_person_prosent",
        "reduksjon_samvaer_fra_tredje_barn_prosent",
    ];

    /// <summary>Builds the table. Every parameter of <see cref="Trekkgrense"/> must be present.</summary>
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
        }

        return new TrekkgrenserTabell(tabeller);
    }

    /// <summary>The series of one parameter.</summary>
    public EnkelTabell<Prosentverdi> this[Trekkgrense grense] => _tabeller[(int)grense];

    /// <summary>The value of one parameter on a date; false when none is known.</summary>
    public bool TryFinn(Trekkgrense grense, LocalDate dato, out Prosentverdi verdi) =>
        _tabeller[(int)grense].TryFinn(dato, tillatAntatt: false, out verdi, out _);
}
