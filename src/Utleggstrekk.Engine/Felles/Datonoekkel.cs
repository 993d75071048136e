using System.Runtime.CompilerServices;
using NodaTime;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Integer keys of dates for the one-call hot path (<c>TrekksakInndata</c>): a date's packed value, the key that orders
/// dates, the whole years between two keys, and the allowed-date check, each a few integer operations instead of
/// taking the date apart into year, month and day (three shifts and masks each, repeated per question).
/// </summary>
/// <remarks>
/// <para>The packed value is <c>(year − 1) &lt;&lt; 17 | (month − 1) &lt;&lt; 12 | (day − 1) &lt;&lt; 6 | calendar</c>, the calendar
/// part 0 for ISO and not 0 otherwise. That is how NodaTime 3 stores a <see cref="LocalDate"/> (one <see cref="int"/>,
/// the ISO calendar's ordinal 0), so <see cref="Pakk"/> reads it directly when <see cref="Lest"/> says the layout is the
/// expected one — checked once, when the type is first used, on sample dates of every kind (<see cref="SjekkPakking"/>).
/// Otherwise (another NodaTime layout) it computes the same value from the date's public properties
/// (<see cref="Regn"/>): the results never depend on the layout, only the speed does. A test compares the two paths.</para>
/// <para>Measured: reading the packed value instead of computing keys from <see cref="LocalDate.Year"/>,
/// <see cref="LocalDate.Month"/> and <see cref="LocalDate.Day"/> took the SPEC §12 one-call benchmark from ≈ 78 to
/// ≈ 67 ns in an A/B driver (docs/ytelse.md).</para>
/// </remarks>
internal static class Datonoekkel
{
    /// <summary>In a key, the year (minus one) starts at this bit; month − 1 and day − 1 lie below it.</summary>
    private const int AarSkift = 11;

    /// <summary>Bits of the calendar in the packed value (below the day).</summary>
    private const int Kalenderbits = 6;

    /// <summary>
    /// True when <see cref="Pakk"/> reads NodaTime's own packed value (the layout checked at start-up); false: computed
    /// from the properties. A <c>static readonly</c> field, so the optimised code keeps only one of the two paths.
    /// </summary>
    internal static readonly bool Lest = SjekkPakking();

    /// <summary>
    /// The packed value of <paramref name="dato"/> (see the remarks): for an ISO date the same whichever way it is
    /// obtained; for another calendar a non-zero calendar part either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Pakk(LocalDate dato) => Lest ? Unsafe.As<LocalDate, int>(ref dato) : Regn(dato);

    /// <summary>The packed value computed from the date's properties (any calendar, any year NodaTime allows).</summary>
    internal static int Regn(LocalDate dato) =>
        unchecked(((dato.Year - 1) << 17) | ((dato.Month - 1) << 12) | ((dato.Day - 1) << 6)) | (dato.Calendar == CalendarSystem.Iso ? 0 : 1);

    /// <summary>
    /// Whether a packed date is an allowed date, ISO of years 1–9999: the answer of <see cref="Datogrense.ErGyldig"/>
    /// (a year before 1 makes the value negative, another calendar sets the low bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool ErGyldig(int pakket) => pakket >= 0 && (pakket & ((1 << Kalenderbits) - 1)) == 0;

    /// <summary>
    /// Whether the date packed as <paramref name="pakket"/> is allowed and not after the allowed date packed as
    /// <paramref name="grense"/>: one unsigned comparison (a negative value, a year before 1, is huge unsigned) and the
    /// calendar bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool GyldigOgIkkeEtter(int pakket, int grense) =>
        unchecked((uint)pakket <= (uint)grense) && (pakket & ((1 << Kalenderbits) - 1)) == 0;

    /// <summary>
    /// The key of an allowed packed date: <c>(year − 1) × 2048 + (month − 1) × 64 + (day − 1)</c>, between 0 and
    /// 20.5 million, ordering the dates as they order and telling them apart.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Noekkel(int pakket) => pakket >> Kalenderbits;

    /// <summary>The key of an allowed date (<see cref="Noekkel(int)"/> of <see cref="Pakk"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Noekkel(LocalDate dato) => Noekkel(Pakk(dato));

    /// <summary>
    /// The key of an allowed date for <see cref="HeleAar"/>: its <see cref="Noekkel(LocalDate)"/>, one more on 28
    /// February of a year that is not a leap year (so a person born on 29 February has had the birthday by then, as in
    /// <see cref="Livsopphold.Alder.HeleAar(LocalDate, LocalDate)"/>). Computed once per beregningsdato, before the input
    /// check: it must not throw for any date (the Gregorian leap-year rule is written out, <see cref="DateTime.IsLeapYear"/>
    /// refuses years outside 1–9999).
    /// </summary>
    internal static int Aldersnoekkel(LocalDate dato) =>
        dato.Month == 2 && dato.Day == 28 && !Skuddaar(dato.Year) ? unchecked(Noekkel(dato) + 1) : Noekkel(dato);

    /// <summary>
    /// <see cref="Livsopphold.Alder.HeleAar(LocalDate, LocalDate)"/> from keys: the date of birth's
    /// <see cref="Noekkel(LocalDate)"/> and the date's <see cref="Aldersnoekkel"/>. The same value for every pair of
    /// allowed dates (a test compares the two).
    /// </summary>
    /// <remarks>
    /// A key is (year − 1) × 2048 + an in-year part below 2048. The difference of the two keys is (years between) × 2048
    /// plus the difference of the in-year parts, which lies strictly between −2048 and 2048 and is negative exactly
    /// when the birthday has not come yet in the date's year; the arithmetic shift divides by 2048 rounding down, so it
    /// gives the whole years. Unchecked: both keys lie within 0 … 20.5 million.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int HeleAar(int foedtNoekkel, int aldersnoekkel) => unchecked(aldersnoekkel - foedtNoekkel) >> AarSkift;

    /// <summary>The Gregorian leap-year rule for any year number (no range check).</summary>
    private static bool Skuddaar(int aar) => aar % 4 == 0 && (aar % 100 != 0 || aar % 400 == 0);

    /// <summary>
    /// Whether <see cref="LocalDate"/> is one <see cref="int"/> holding exactly <see cref="Regn"/>'s value for ISO dates
    /// (first and last allowed day, leap days, month ends, years before 1) and a non-zero calendar part for other
    /// calendars.
    /// </summary>
    private static bool SjekkPakking()
    {
        if (Unsafe.SizeOf<LocalDate>() != sizeof(int))
        {
            return false;
        }

        LocalDate[] iso =
        [
            new(1, 1, 1), new(9999, 12, 31), new(2024, 2, 29), new(2025, 2, 28), new(2025, 3, 1), new(1900, 12, 31),
            new(2000, 2, 29), new(2023, 7, 31), new(0, 6, 15), new(-9998, 1, 1),
        ];
        foreach (var dato in iso)
        {
            var kopi = dato;
            if (Unsafe.As<LocalDate, int>(ref kopi) != Regn(dato))
            {
                return false;
            }
        }

        foreach (var kalender in new[] { CalendarSystem.Julian, CalendarSystem.Gregorian, CalendarSystem.Coptic })
        {
            var dato = new LocalDate(2025, 3, 1, kalender);
            if ((Unsafe.As<LocalDate, int>(ref dato) & ((1 << Kalenderbits) - 1)) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
