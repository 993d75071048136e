using NodaTime;

namespace Utleggstrekk.Engine.Forfall;

/// <summary>
/// Norwegian public holidays and working days, computed (no table to go stale): the helligdager of
/// helligdagsfredloven § 2 (every Sunday, nyttårsdag, skjærtorsdag, langfredag, påskedag, 2. påskedag, Kristi
/// himmelfartsdag, pinsedag, 2. pinsedag, 1. and 2. juledag) and the lovfestede høytidsdager of lov 26. april 1947
/// nr. 1 (1. mai and 17. mai). Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
/// </summary>
/// <remarks>24 and 31 December are not helligdager: banks close, but no statute moves a due date for them.</remarks>
public static class Helligdager
{
    /// <summary>Easter Sunday (påskedag) of <paramref name="aar"/> in the Gregorian calendar (years 1583–9999).</summary>
    public static LocalDate Paaskedag(int aar)
    {
        if (aar is < 1583 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(aar), aar, "The Gregorian Easter rule applies to years 1583–9999.");
        }

        var a = aar % 19;
        var b = aar / 100;
        var c = aar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maaned = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(aar, maaned, dag);
    }

    /// <summary>
    /// The name of the holiday on <paramref name="dato"/> (<c>søndag</c>, <c>2. påskedag</c>, <c>17. mai</c>, …), or
    /// <c>null</c> on an ordinary day (a Saturday is not a holiday; see <see cref="ErVirkedag"/>). Throws
    /// <see cref="ArgumentOutOfRangeException"/> for a day in March–June of a year before 1583 (see <see cref="Paaskedag"/>).
    /// </summary>
    public static string? Navn(LocalDate dato)
    {
        switch (dato.Month, dato.Day)
        {
            case (1, 1): return "nyttårsdag";
            case (5, 1): return "1. mai (lovfestet høytidsdag)";
            case (5, 17): return "17. mai (lovfestet høytidsdag)";
            case (12, 25): return "1. juledag";
            case (12, 26): return "2. juledag";
        }

        if (dato.Month is >= 3 and <= 6)
        {
            var fraPaaske = dato.DayOfYear - Paaskedag(dato.Year).DayOfYear; // same year: days from Easter Sunday
            switch (fraPaaske)
            {
                case -3: return "skjærtorsdag";
                case -2: return "langfredag";
                case 0: return "påskedag";
                case 1: return "2. påskedag";
                case 39: return "Kristi himmelfartsdag";
                case 49: return "pinsedag";
                case 50: return "2. pinsedag";
            }
        }

        return dato.DayOfWeek == IsoDayOfWeek.Sunday ? "søndag" : null;
    }

    /// <summary>Whether <paramref name="dato"/> is a helligdag or lovfestet høytidsdag (every Sunday included).</summary>
    public static bool ErHelligdag(LocalDate dato) => Navn(dato) is not null;

    /// <summary>Whether <paramref name="dato"/> is a working day: not a Saturday, Sunday, helligdag or lovfestet høytidsdag.</summary>
    public static bool ErVirkedag(LocalDate dato) => dato.DayOfWeek != IsoDayOfWeek.Saturday && !ErHelligdag(dato);

    /// <summary><paramref name="dato"/> itself when it is a working day, otherwise the next working day.</summary>
    public static LocalDate FoersteVirkedagFraOgMed(LocalDate dato)
    {
        while (!ErVirkedag(dato))
        {
            dato = dato.PlusDays(1);
        }

        return dato;
    }
}
