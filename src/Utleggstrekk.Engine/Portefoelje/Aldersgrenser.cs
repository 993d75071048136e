using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// Ages in whole years on one date, read from day numbers without converting them to dates: for a date D, threshold
/// <c>k</c> is the latest day of birth (day number, <see cref="Tidsserie.Dagnummer"/>) on which a person is <c>k</c>
/// years or older on D by <see cref="Alder.HeleAar(NodaTime.LocalDate, NodaTime.LocalDate)"/> (its 29 February convention included). A portfolio builds the
/// thresholds once per distinct beregningsdato; a row then reads a child's age with a subtraction, a division by a
/// constant and one comparison (<see cref="Alder(ReadOnlySpan{int}, int, int)"/>).
/// </summary>
internal static class Aldersgrenser
{
    /// <summary>Thresholds per date, for ages 0 to <see cref="Antall"/> − 1; an older person's age is computed from the dates.</summary>
    internal const int Antall = 32;

    /// <summary>
    /// Fills <paramref name="grenser"/> (length <see cref="Antall"/>) for day <paramref name="dag"/>: element <c>k</c>
    /// is the latest day of birth with an age of <c>k</c> or more on that day, or −1 when there is none (year 1 or later).
    /// </summary>
    internal static void Fyll(int dag, Span<int> grenser)
    {
        var dato = Portefoeljerad.Dato(dag);
        for (var k = 0; k < grenser.Length; k++)
        {
            if (dato.Year - k < 1)
            {
                grenser[k] = -1;
                continue;
            }

            // Start at the same day k years earlier, then step to the exact boundary of Alder.HeleAar, which never
            // grows with a later day of birth. Born on day 0 (0001-01-01) a person is dato.Year − 1 ≥ k: c stays ≥ 0.
            var c = Tidsserie.Dagnummer(dato.PlusYears(-k));
            while (c < dag && Livsopphold.Alder.HeleAar(Portefoeljerad.Dato(c + 1), dato) >= k)
            {
                c++;
            }

            while (Livsopphold.Alder.HeleAar(Portefoeljerad.Dato(c), dato) < k)
            {
                c--;
            }

            grenser[k] = c;
        }
    }

    /// <summary>
    /// The age in whole years on day <paramref name="dag"/> of a person born on day <paramref name="foedt"/>
    /// (<paramref name="foedt"/> ≤ <paramref name="dag"/>), <paramref name="grenser"/> being that day's thresholds:
    /// the same value as <see cref="Alder.HeleAar(NodaTime.LocalDate, NodaTime.LocalDate)"/> on the two dates.
    /// </summary>
    /// <remarks>
    /// A person of age a has lived at least 365·a and fewer than 366·(a + 1) days, so a is ⌊days / 366⌋ or one more
    /// (for ages below 365); threshold ⌊days / 366⌋ + 1 decides which.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Alder(ReadOnlySpan<int> grenser, int dag, int foedt)
    {
        var kandidat = ((dag - foedt) / 366) + 1;
        if (unchecked((uint)kandidat) < (uint)grenser.Length)
        {
            return foedt <= grenser[kandidat] ? kandidat : kandidat - 1;
        }

        return Livsopphold.Alder.HeleAar(Portefoeljerad.Dato(foedt), Portefoeljerad.Dato(dag));
    }
}
