using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// Each child the debtor provides for counts with the rate of its age band on the beregningsdato (age in whole years).
/// A child aged 18 or more counts only while in videregående school (barneloven § 68 annet ledd); it then has the
/// rate of the oldest band. A child of 18+ outside videregående is not a member of the household for the count.
/// </summary>
public static class LivsoppholdBarn
{
    /// <summary>Age from which a child counts only while in videregående school.</summary>
    public const int MyndighetsAlder = 18;

    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.Barn",
        "forskrift om livsoppholdssatser ved utleggstrekk og gjeldsordning; Retningslinje for utleggstrekk pkt. 5.3; barneloven § 68 annet ledd",
        new LocalDate(2020, 12, 16),
        "Hvert barn regnes med satsen for sitt aldersbånd på beregningsdatoen; fra 18 år bare mens det går i videregående skole.");

    /// <summary>Whether a child of <paramref name="alder"/> whole years counts in the household.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Medregnes(int alder, bool videregaaende) => alder < MyndighetsAlder || videregaaende;
}
