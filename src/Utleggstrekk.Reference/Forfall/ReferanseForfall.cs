using NodaTime;

namespace Utleggstrekk.Reference.Forfall;

/// <summary>
/// Reference Norwegian holidays from a different method than the engine's: Easter by the Julian-epact "Gauss"
/// formula with the Gregorian corrections, and the movable feasts as a list of offsets. A day is a working day when it is
/// Monday–Friday and not in the list.
/// </summary>
public static class ReferanseForfall
{
    /// <summary>Easter Sunday by Gauss's algorithm with the 1800s corrections (valid 1583–9999 with the century terms).</summary>
    public static LocalDate Paaskedag(int aar)
    {
        var a = aar % 19;
        var b = aar % 4;
        var c = aar % 7;
        var k = aar / 100;
        var p = ((13 + (8 * k)) / 25);
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        var dag = 22 + d + e; // days from 1 March - 1
        if (d == 29 && e == 6)
        {
            return new LocalDate(aar, 4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return new LocalDate(aar, 4, 18);
        }

        return dag <= 31 ? new LocalDate(aar, 3, dag) : new LocalDate(aar, 4, dag - 31);
    }

    /// <summary>Every helligdag and lovfestet høytidsdag of the year that is not a Sunday by rule (Sundays are added by <see cref="ErVirkedag"/>).</summary>
    public static IReadOnlySet<LocalDate> Fridager(int aar)
    {
        var paaske = Paaskedag(aar);
        var bevegelige = new[] { -3, -2, 0, 1, 39, 49, 50 }.Select(paaske.PlusDays);
        var faste = new[] { (1, 1), (5, 1), (5, 17), (12, 25), (12, 26) }.Select(x => new LocalDate(aar, x.Item1, x.Item2));
        return bevegelige.Concat(faste).ToHashSet();
    }

    /// <summary>Monday–Friday and not a holiday.</summary>
    public static bool ErVirkedag(LocalDate dato) =>
        dato.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Fridager(dato.Year).Contains(dato);
}
