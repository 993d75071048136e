using System.Collections.Immutable;
namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// One loaded, validated and immutable set of rate tables (satser) with its version. Safe to share between threads.
/// Every result records <see cref="Versjon"/>: the same case with the same satser version gives the same answer.
/// </summary>
public sealed class Satsgrunnlag
{
    /// <summary>Creates the set. All tables are required.</summary>
    public Satsgrunnlag(
        string versjon,
        IReadOnlyDictionary<string, string> tabellversjoner,
        LivsoppholdTabell livsopphold,
        SamvaerTabell samvaer,
        EnkelTabell<Prosentverdi> forsinkelsesrente,
        EnkelTabell<Satsverdi> rettsgebyr,
        TrekkgrenserTabell trekkgrenser)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versjon);
        Versjon = versjon;
        Tabellversjoner = (tabellversjoner ?? throw new ArgumentNullException(nameof(tabellversjoner))).ToImmutableDictionary(StringComparer.Ordinal);
        Livsopphold = livsopphold ?? throw new ArgumentNullException(nameof(livsopphold));
        Samvaer = samvaer ?? throw new ArgumentNullException(nameof(samvaer));
        Forsinkelsesrente = forsinkelsesrente ?? throw new ArgumentNullException(nameof(forsinkelsesrente));
        Rettsgebyr = rettsgebyr ?? throw new ArgumentNullException(nameof(rettsgebyr));
        Trekkgrenser = trekkgrenser ?? throw new ArgumentNullException(nameof(trekkgrenser));
        Dagsindeks = new Dagsindeks(Livsopphold, Samvaer, Trekkgrenser);
    }

    /// <summary>The version of the whole set (derived from the manifest; see docs/satser.md).</summary>
    public string Versjon { get; }

    /// <summary>The version of each table, by table name (<c>livsopphold</c>, <c>samvaer</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Tabellversjoner { get; }

    /// <summary>Livsoppholdssatser per category and period.</summary>
    public LivsoppholdTabell Livsopphold { get; }

    /// <summary>Samvær add-ons per class, age band and period.</summary>
    public SamvaerTabell Samvaer { get; }

    /// <summary>Forsinkelsesrente, percent p.a., per half-year.</summary>
    public EnkelTabell<Prosentverdi> Forsinkelsesrente { get; }

    /// <summary>Rettsgebyr (R) per year.</summary>
    public EnkelTabell<Satsverdi> Rettsgebyr { get; }

    /// <summary>Ceilings and reductions.</summary>
    public TrekkgrenserTabell Trekkgrenser { get; }

    /// <summary>
    /// The livsopphold, samvær and trekkgrenser tables compiled into one per-day index (built here, once), so the trekk
    /// calculation finds everything for its date with one lookup.
    /// </summary>
    internal Dagsindeks Dagsindeks { get; }
}
