using System.Runtime.CompilerServices;
using NodaTime;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>Age in whole years on a date, computed without allocating.</summary>
/// <remarks>
/// A person born on 29 February turns a year older on 28 February in a year that is not a leap year
/// (the same convention as NodaTime's <c>LocalDate.PlusYears</c> and <c>Period.Between</c>).
/// </remarks>
public static class Alder
{
    /// <summary>
    /// An integer that orders dates like the dates themselves (year × 512 + month × 32 + day), so the youngest-first
    /// ranking compares integers instead of calendar dates. Unchecked: a <see cref="LocalDate"/>'s year lies within
    /// ±9999, so the key is within ±5.2 million and cannot overflow (the checks cost the hot path an instruction each).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Noekkel(LocalDate dato) => unchecked((dato.Year * 512) + (dato.Month * 32) + dato.Day);

    /// <summary>
    /// The key of <paramref name="dato"/> for <see cref="HeleAar(int, int)"/>: <see cref="Noekkel"/>, one more on 28 February of
    /// a year that is not a leap year (so a person born on 29 February has had the birthday by then, as in
    /// <see cref="HeleAar(LocalDate, LocalDate)"/>). Computed once per beregningsdato, before the input check: it must
    /// not throw for any date (the Gregorian leap-year rule is written out, <see cref="DateTime.IsLeapYear"/> refuses
    /// years outside 1–9999), and its value matters only for the ISO dates of years 1–9999 the check lets through.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Aldersnoekkel(LocalDate dato) =>
        dato.Month == 2 && dato.Day == 28 && !Skuddaar(dato.Year) ? unchecked(Noekkel(dato) + 1) : Noekkel(dato);

    /// <summary>The Gregorian leap-year rule for any year number (no range check).</summary>
    private static bool Skuddaar(int aar) => aar % 4 == 0 && (aar % 100 != 0 || aar % 400 == 0);

    /// <summary>
    /// <see cref="HeleAar(LocalDate, LocalDate)"/> from keys: the date of birth's <see cref="Noekkel"/> and the date's
    /// <see cref="Aldersnoekkel"/>. The same value for every pair of ISO dates of years 1–9999 (a test compares the two).
    /// </summary>
    /// <remarks>
    /// A key is year × 512 + (month × 32 + day), the part in brackets below 512. The difference of the two keys is
    /// (years between) × 512 plus the difference of the two in-year parts, which lies strictly between −512 and 512 and
    /// is negative exactly when the birthday has not come yet in the date's year; the arithmetic shift divides by 512
    /// rounding down, so it gives the whole years. Unchecked: both keys lie within ±5.2 million.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int HeleAar(int foedtNoekkel, int aldersnoekkel) => unchecked(aldersnoekkel - foedtNoekkel) >> 9;

    /// <summary>Whole years from <paramref name="foedselsdato"/> to <paramref name="dato"/> (0 when born on the date).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HeleAar(LocalDate foedselsdato, LocalDate dato)
    {
        // Unchecked: both years lie within ±9999, so the difference cannot overflow.
        var aar = dato.Year;
        var alder = unchecked(aar - foedselsdato.Year);
        var maaned = foedselsdato.Month;
        var dag = foedselsdato.Day;
        if (maaned == 2 && dag == 29 && !DateTime.IsLeapYear(aar))
        {
            dag = 28;
        }

        var dMaaned = dato.Month;
        if (dMaaned < maaned || (dMaaned == maaned && dato.Day < dag))
        {
            alder = unchecked(alder - 1);
        }

        return alder;
    }
}
