using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// From the 4th person in the household (adults counted first, then children) the rate is cut by the trekkgrenser
/// parameter <c>reduksjon_fra_fjerde_person_prosent</c>; the cut hits the youngest children first.
/// The cut is computed exactly in øre and rounded down (in the debtor's favour); 20 % of a whole-krone rate is whole øre.
/// </summary>
public static class FjerdePersonReduksjon
{
    /// <summary>Persons who keep the full rate.</summary>
    public const int FulleSatser = 3;

    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.FjerdePersonReduksjon",
        "forskrift 2014-06-13-724 (livsoppholdssatser), praksis publisert av regjeringen.no og sismo.no; trekkgrenser 'reduksjon_fra_fjerde_person_prosent'",
        new LocalDate(2014, 7, 1),
        "Fra den fjerde personen i husstanden reduseres satsen med reduksjonsprosenten, yngste barn først.");

    /// <summary>How many persons get the cut in a household of <paramref name="voksne"/> adults and <paramref name="barn"/> counted children.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AntallRedusert(int voksne, int barn) => Math.Max(0, voksne + barn - FulleSatser);

    /// <summary>The rate after a cut of <paramref name="reduksjon"/>; the cut is rounded down to whole øre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Reduser(Beloep sats, Prosent reduksjon) => sats - Oeresregning.AndelNed(reduksjon, sats);
}
