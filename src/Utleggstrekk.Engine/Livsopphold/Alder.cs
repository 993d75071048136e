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
