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
    /// <summary>Whole years from <paramref name="foedselsdato"/> to <paramref name="dato"/> (0 when born on the date).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HeleAar(LocalDate foedselsdato, LocalDate dato)
    {
        var aar = dato.Year;
        var alder = aar - foedselsdato.Year;
        var maaned = foedselsdato.Month;
        var dag = foedselsdato.Day;
        if (maaned == 2 && dag == 29 && !DateTime.IsLeapYear(aar))
        {
            dag = 28;
        }

        var dMaaned = dato.Month;
        if (dMaaned < maaned || (dMaaned == maaned && dato.Day < dag))
        {
            alder--;
        }

        return alder;
    }
}
