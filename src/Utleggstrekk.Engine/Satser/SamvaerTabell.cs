using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// One period of the samvær add-on table: for each samværsklasse 1–4 and each age band (0–5, 6–10, 11–14, 15+)
/// an amount per month, with its source.
/// </summary>
/// <param name="Fra">First day (inclusive).</param>
/// <param name="Til">End (exclusive), or <c>null</c> when open.</param>
/// <param name="Satser">16 values, index <c>(klasse - 1) * 4 + aldersband</c>; see <see cref="SamvaerTabell.Indeks"/>.</param>
public sealed record SamvaerPeriode(LocalDate Fra, LocalDate? Til, IReadOnlyList<Satsverdi> Satser)
{
    private readonly IReadOnlyList<Satsverdi> _satser = Kopi(Satser);

    /// <summary>16 values, index <c>(klasse - 1) * 4 + aldersband</c>: an immutable copy of what was given.</summary>
    public IReadOnlyList<Satsverdi> Satser
    {
        get => _satser;
        init => _satser = Kopi(value);
    }

    private static ImmutableArray<Satsverdi> Kopi(IReadOnlyList<Satsverdi> satser) =>
        satser is null ? throw new ArgumentNullException(nameof(satser)) : [.. satser];
}

/// <summary>The effective-dated samvær add-on table, compiled for allocation-free lookup.</summary>
public sealed class SamvaerTabell
{
    /// <summary>Number of samværsklasser (1–4).</summary>
    public const int AntallKlasser = 4;

    /// <summary>Number of age bands (0–5, 6–10, 11–14, 15+).</summary>
    public const int AntallAldersband = 4;

    private readonly long[] _oere;
    private readonly SamvaerPeriode[] _perioder;

    private SamvaerTabell(Tidsserie tidsserie, SamvaerPeriode[] perioder)
    {
        Tidsserie = tidsserie;
        _perioder = perioder;
        Perioder = Array.AsReadOnly(perioder);
        _oere = new long[perioder.Length * AntallKlasser * AntallAldersband];
        for (var p = 0; p < perioder.Length; p++)
        {
            for (var i = 0; i < AntallKlasser * AntallAldersband; i++)
            {
                _oere[(p * AntallKlasser * AntallAldersband) + i] = perioder[p].Satser[i].Beloep.Oere;
            }
        }
    }

    /// <summary>The periods of the table.</summary>
    public Tidsserie Tidsserie { get; }

    /// <summary>The periods as loaded, with sources (a read-only wrapper: a cast-and-write cannot change a loaded table).</summary>
    public IReadOnlyList<SamvaerPeriode> Perioder { get; }

    /// <summary>Builds the table. Every period must have exactly 16 values.</summary>
    public static SamvaerTabell Lag(IReadOnlyList<SamvaerPeriode> perioder)
    {
        ArgumentNullException.ThrowIfNull(perioder);
        foreach (var p in perioder)
        {
            Preconditions.CheckArgument(p.Satser.Count == AntallKlasser * AntallAldersband, nameof(perioder), $"Samvær period from {Isodato.Tekst(p.Fra)} must have 16 values.");
        }

        var tidsserie = Tidsserie.Lag([.. perioder.Select(p => p.Fra)], [.. perioder.Select(p => p.Til)]);
        return new SamvaerTabell(tidsserie, [.. perioder]);
    }

    /// <summary>The age band (0: 0–5, 1: 6–10, 2: 11–14, 3: 15+) for an age in whole years.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Aldersband(int alder) => alder switch
    {
        <= 5 => 0,
        <= 10 => 1,
        <= 14 => 2,
        _ => 3,
    };

    /// <summary>Index into a period's 16 values.</summary>
    public static int Indeks(int samvaersklasse, int aldersband) => ((samvaersklasse - 1) * AntallAldersband) + aldersband;

    /// <summary>The add-on for period <paramref name="periode"/>, class 1–4 and age band 0–3. Allocation-free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Beloep Sats(int periode, int samvaersklasse, int aldersband)
    {
        Preconditions.CheckArgumentRange(nameof(samvaersklasse), samvaersklasse, 1, AntallKlasser);
        Preconditions.CheckArgumentRange(nameof(aldersband), aldersband, 0, AntallAldersband - 1);
        return Beloep.FraOere(_oere[(periode * AntallKlasser * AntallAldersband) + Indeks(samvaersklasse, aldersband)]);
    }

    /// <summary>How one value is known (its row's <c>kildegrad</c>).</summary>
    public Kildegrad Kildegrad(int periode, int samvaersklasse, int aldersband) =>
        _perioder[periode].Satser[Indeks(samvaersklasse, aldersband)].Kildegrad;

    /// <summary>The source of one value.</summary>
    public string Kilde(int periode, int samvaersklasse, int aldersband) =>
        _perioder[periode].Satser[Indeks(samvaersklasse, aldersband)].Kilde;
}
