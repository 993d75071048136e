using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// Compiled, immutable index of effective-dated periods <c>[fra, til)</c>: sorted, non-overlapping, possibly with
/// gaps. Lookup by date is a binary search over an <see cref="int"/> array of day numbers and allocates nothing.
/// </summary>
/// <remarks>
/// The last period may be open (no end); otherwise the end of the last period is the last date the table is known
/// to be valid for (<see cref="SistKjenteDag"/>), and a lookup after it either fails (<see cref="SatsStatus.Mangler"/>)
/// or, when the caller allows it, carries the last period forward (<see cref="SatsStatus.Antatt"/>).
/// </remarks>
public sealed class Tidsserie
{
    private const int Aapen = int.MaxValue;

    private readonly int[] _fra;
    private readonly int[] _til;
    private readonly LocalDate[] _fraDato;
    private readonly LocalDate?[] _tilDato;

    private Tidsserie(LocalDate[] fra, LocalDate?[] til)
    {
        _fraDato = fra;
        _tilDato = til;
        _fra = new int[fra.Length];
        _til = new int[fra.Length];
        for (var i = 0; i < fra.Length; i++)
        {
            _fra[i] = Dagnummer(fra[i]);
            _til[i] = til[i] is { } t ? Dagnummer(t) : Aapen;
        }
    }

    /// <summary>Number of periods.</summary>
    public int Antall => _fra.Length;

    /// <summary>
    /// The last day (inclusive) the table is known to be valid for, or <c>null</c> when its last period is open.
    /// </summary>
    public LocalDate? SistKjenteDag => _tilDato.Length == 0 || _tilDato[^1] is not { } til ? null : til.PlusDays(-1);

    /// <summary>
    /// Builds the index from periods <c>[fra[i], til[i])</c> (<c>til</c> exclusive; <c>null</c> = open, allowed only
    /// for the last period). Throws <see cref="ArgumentException"/> when periods are empty, unsorted or overlapping.
    /// </summary>
    public static Tidsserie Lag(IReadOnlyList<LocalDate> fra, IReadOnlyList<LocalDate?> til)
    {
        ArgumentNullException.ThrowIfNull(fra);
        ArgumentNullException.ThrowIfNull(til);
        Preconditions.CheckArgument(fra.Count == til.Count, nameof(til), "fra and til must have the same length.");
        Preconditions.CheckArgument(fra.Count > 0, nameof(fra), "A table needs at least one period.");
        for (var i = 0; i < fra.Count; i++)
        {
            if (til[i] is { } t && t <= fra[i])
            {
                Preconditions.ThrowArgument(nameof(til), $"Period {i}: til {Isodato.Tekst(t)} is not after fra {Isodato.Tekst(fra[i])}.");
            }

            if (til[i] is null && i != fra.Count - 1)
            {
                Preconditions.ThrowArgument(nameof(til), $"Period {i}: only the last period may be open.");
            }

            if (i > 0 && fra[i] < (til[i - 1] ?? LocalDate.MaxIsoValue))
            {
                Preconditions.ThrowArgument(nameof(fra), $"Period {i}: fra {Isodato.Tekst(fra[i])} overlaps or precedes period {i - 1}.");
            }
        }

        return new Tidsserie([.. fra], [.. til]);
    }

    /// <summary>Start (inclusive) of period <paramref name="indeks"/>.</summary>
    public LocalDate Fra(int indeks) => _fraDato[indeks];

    /// <summary>End (exclusive) of period <paramref name="indeks"/>, or <c>null</c> when open.</summary>
    public LocalDate? Til(int indeks) => _tilDato[indeks];

    /// <summary>Start of period <paramref name="indeks"/> as a day number (<see cref="Dagnummer"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FraDagnummer(int indeks) => _fra[indeks];

    /// <summary>End (exclusive) of period <paramref name="indeks"/> as a day number, <see cref="int.MaxValue"/> when open.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int TilDagnummer(int indeks) => _til[indeks];

    /// <summary>
    /// Finds the period containing <paramref name="dato"/>. Returns its index, or -1 with
    /// <see cref="SatsStatus.Mangler"/>. After the last known day, returns the last index with
    /// <see cref="SatsStatus.Antatt"/> when <paramref name="tillatAntatt"/> is true. Allocation-free.
    /// </summary>
    public int Finn(LocalDate dato, bool tillatAntatt, out SatsStatus status) =>
        Finn(Dagnummer(dato), tillatAntatt, out status);

    /// <summary>As <see cref="Finn(LocalDate, bool, out SatsStatus)"/>, for a day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Finn(int dag, bool tillatAntatt, out SatsStatus status)
    {
        // hi = last period starting on or before dag
        var hi = Dagsoek.SisteStartPaaEllerFoer(_fra, dag);
        if (hi < 0)
        {
            status = SatsStatus.Mangler;
            return -1;
        }

        if (dag < _til[hi])
        {
            status = SatsStatus.Kjent;
            return hi;
        }

        if (hi == _fra.Length - 1 && tillatAntatt)
        {
            status = SatsStatus.Antatt;
            return hi;
        }

        status = SatsStatus.Mangler;
        return -1;
    }

    /// <summary>The day number used by the compiled tables (days since 0001-01-01 in the ISO calendar).</summary>
    /// <remarks>
    /// Counted directly from year, month and day for an ISO date of year 1 or later (the trekk's hot path: a few
    /// integer operations instead of NodaTime's days-since-epoch computation); any other date goes through
    /// <see cref="DateOnly.DayNumber"/> as before. A test checks the two agree on every day of the years around each
    /// leap-year rule and on random days of years 1–9999.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dagnummer(LocalDate dato)
    {
        var aar = dato.Year;
        if (aar < 1 || dato.Calendar != CalendarSystem.Iso)
        {
            return dato.ToDateOnly().DayNumber;
        }

        // Unchecked: years 1–9999 give at most 3.7 million days.
        unchecked
        {
            var maaned = dato.Month;
            var foer = aar - 1;
            var dager = (foer * 365) + (foer / 4) - (foer / 100) + (foer / 400) + DagerFoerMaaned[maaned - 1] + dato.Day - 1;
            return maaned > 2 && DateTime.IsLeapYear(aar) ? dager + 1 : dager;
        }
    }

    /// <summary>Days in a common year before the first of each month.</summary>
    private static ReadOnlySpan<short> DagerFoerMaaned => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
}
