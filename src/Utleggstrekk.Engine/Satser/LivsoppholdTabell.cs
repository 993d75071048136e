using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>The categories of the livsoppholdssatser (forskrift om livsoppholdssatser ved utleggstrekk og gjeldsordning).</summary>
public enum LivsoppholdKategori
{
    /// <summary>A single adult (<c>enslig</c>).</summary>
    Enslig,

    /// <summary>Each adult in a couple (<c>par_per_person</c>).</summary>
    ParPerPerson,

    /// <summary>Child aged 0–5 (<c>barn_0_5</c>).</summary>
    Barn0Til5,

    /// <summary>Child aged 6–10 (<c>barn_6_10</c>).</summary>
    Barn6Til10,

    /// <summary>Child aged 11 or older, one band until 2023-06-30 (<c>barn_11_pluss</c>).</summary>
    Barn11Pluss,

    /// <summary>Child aged 11–14, from 2023-07-01 (<c>barn_11_14</c>).</summary>
    Barn11Til14,

    /// <summary>Child aged 15 or older, from 2023-07-01 (<c>barn_15_pluss</c>).</summary>
    Barn15Pluss,
}

/// <summary>The livsopphold rates of one period, in kroner per month.</summary>
/// <remarks>
/// Periods before 2023-07-01 have one band for children 11 and older: then <see cref="EttBandFra11"/> is true and
/// <see cref="Barn11Til14"/> and <see cref="Barn15Pluss"/> both hold the <c>barn_11_pluss</c> figure.
/// </remarks>
public readonly record struct LivsoppholdSatser(
    Beloep Enslig,
    Beloep ParPerPerson,
    Beloep Barn0Til5,
    Beloep Barn6Til10,
    Beloep Barn11Til14,
    Beloep Barn15Pluss,
    bool EttBandFra11)
{
    /// <summary>The rate for a child of <paramref name="alder"/> whole years.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep ForBarn(int alder) => alder switch
    {
        <= 5 => Barn0Til5,
        <= 10 => Barn6Til10,
        <= 14 => Barn11Til14,
        _ => Barn15Pluss,
    };

    /// <summary>The category a child of <paramref name="alder"/> whole years falls in, in this period.</summary>
    public LivsoppholdKategori KategoriForBarn(int alder) => alder switch
    {
        <= 5 => LivsoppholdKategori.Barn0Til5,
        <= 10 => LivsoppholdKategori.Barn6Til10,
        _ when EttBandFra11 => LivsoppholdKategori.Barn11Pluss,
        <= 14 => LivsoppholdKategori.Barn11Til14,
        _ => LivsoppholdKategori.Barn15Pluss,
    };
}

/// <summary>One period of the livsopphold table as loaded: its dates, its rates and the source of each rate.</summary>
/// <param name="Fra">First day (inclusive).</param>
/// <param name="Til">End (exclusive), or <c>null</c> when open.</param>
/// <param name="Satser">The rates.</param>
/// <param name="Kilder">The source of each category present in the period.</param>
public sealed record LivsoppholdPeriode(
    LocalDate Fra,
    LocalDate? Til,
    LivsoppholdSatser Satser,
    IReadOnlyDictionary<LivsoppholdKategori, string> Kilder)
{
    private readonly IReadOnlyDictionary<LivsoppholdKategori, string> _kilder = Kopi(Kilder);

    /// <summary>The source of each category present in the period: an immutable copy of what was given.</summary>
    public IReadOnlyDictionary<LivsoppholdKategori, string> Kilder
    {
        get => _kilder;
        init => _kilder = Kopi(value);
    }

    private readonly IReadOnlyDictionary<LivsoppholdKategori, Kildegrad> _kildegrader = ImmutableDictionary<LivsoppholdKategori, Kildegrad>.Empty;

    /// <summary>
    /// How each category's figure is known (the <c>kildegrad</c> column): an immutable copy of what was given. A
    /// category not listed is <see cref="Kildegrad.Kunngjort"/> (a period built in code vouches for its figures).
    /// </summary>
    public IReadOnlyDictionary<LivsoppholdKategori, Kildegrad> Kildegrader
    {
        get => _kildegrader;
        init => _kildegrader = value is null ? throw new ArgumentNullException(nameof(value)) : value.ToImmutableDictionary();
    }

    private static ImmutableDictionary<LivsoppholdKategori, string> Kopi(IReadOnlyDictionary<LivsoppholdKategori, string> kilder) =>
        kilder is null ? throw new ArgumentNullException(nameof(kilder)) : kilder.ToImmutableDictionary();
}

/// <summary>The effective-dated livsopphold table, compiled for allocation-free lookup by date.</summary>
public sealed class LivsoppholdTabell
{
    private readonly LivsoppholdSatser[] _satser;
    private readonly LivsoppholdPeriode[] _perioder;
    private readonly int[] _avledet;

    private LivsoppholdTabell(Tidsserie tidsserie, LivsoppholdPeriode[] perioder)
    {
        Tidsserie = tidsserie;
        _perioder = perioder;
        Perioder = Array.AsReadOnly(perioder);
        _satser = [.. perioder.Select(p => p.Satser)];
        _avledet = [.. perioder.Select(p => p.Kildegrader.Where(g => g.Value == Utleggstrekk.Engine.Satser.Kildegrad.Avledet).Aggregate(0, (m, g) => m | Bit(g.Key)))];
    }

    /// <summary>The bit of a category in <see cref="AvledetMaske"/>.</summary>
    public static int Bit(LivsoppholdKategori kategori) => 1 << (int)kategori;

    /// <summary>The periods of the table.</summary>
    public Tidsserie Tidsserie { get; }

    /// <summary>The periods as loaded, with sources (a read-only wrapper: a cast-and-write cannot change a loaded table).</summary>
    public IReadOnlyList<LivsoppholdPeriode> Perioder { get; }

    /// <summary>Builds the table. Throws <see cref="ArgumentException"/> when periods are unsorted or overlap.</summary>
    public static LivsoppholdTabell Lag(IReadOnlyList<LivsoppholdPeriode> perioder)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        var tidsserie = Tidsserie.Lag([.. perioder.Select(p => p.Fra)], [.. perioder.Select(p => p.Til)]);
        return new LivsoppholdTabell(tidsserie, [.. perioder]);
    }

    /// <summary>The rates of period <paramref name="indeks"/>.</summary>
    public ref readonly LivsoppholdSatser Satser(int indeks) => ref _satser[indeks];

    /// <summary>
    /// The categories of period <paramref name="indeks"/> whose figure is <see cref="Kildegrad.Avledet"/>, one bit per
    /// category (<see cref="Bit"/>); 0 when none is. Allocation-free.
    /// </summary>
    public int AvledetMaske(int indeks) => _avledet[indeks];

    /// <summary>How one category's figure in period <paramref name="indeks"/> is known.</summary>
    public Kildegrad Kildegrad(int indeks, LivsoppholdKategori kategori) =>
        _perioder[indeks].Kildegrader.TryGetValue(kategori, out var grad) ? grad : Utleggstrekk.Engine.Satser.Kildegrad.Kunngjort;

    /// <summary>The source of one category in period <paramref name="indeks"/>.</summary>
    public string Kilde(int indeks, LivsoppholdKategori kategori) =>
        _perioder[indeks].Kilder.TryGetValue(kategori, out var kilde) ? kilde : string.Empty;
}
