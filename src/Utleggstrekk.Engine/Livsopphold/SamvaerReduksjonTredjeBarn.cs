using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// From the 3rd samvær child the samvær add-on is cut by the trekkgrenser parameter
/// <c>reduksjon_samvaer_fra_tredje_barn_prosent</c>, youngest first. The cut is exact in øre, rounded down.
/// </summary>
public static class SamvaerReduksjonTredjeBarn
{
    /// <summary>Samvær children who keep the full add-on.</summary>
    public const int FulleTillegg = 2;

    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.SamvaerReduksjonTredjeBarn",
        "sismo.no; trondheim.kommune.no (livsoppholds- og samværssatser); trekkgrenser 'reduksjon_samvaer_fra_tredje_barn_prosent'",
        new LocalDate(2014, 7, 1),
        "Fra det tredje samværsbarnet reduseres tillegget med reduksjonsprosenten, yngste først.");

    /// <summary>How many samvær children get the cut among <paramref name="antall"/> with an add-on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AntallRedusert(int antall) => Math.Max(0, antall - FulleTillegg);

    /// <summary>The add-on after a cut of <paramref name="reduksjon"/>; the cut is rounded down to whole øre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Reduser(Beloep tillegg, Prosent reduksjon) => FjerdePersonReduksjon.Reduser(tillegg, reduksjon);
}
