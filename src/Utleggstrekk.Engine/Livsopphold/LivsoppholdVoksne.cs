using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// The adults' rates: <c>enslig</c> for a single adult, <c>par_per_person</c> × 2 for a married or cohabiting couple
/// (an established samboer is treated as a spouse, Retningslinje pkt. 5.2–5.3).
/// </summary>
public static class LivsoppholdVoksne
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.Voksne",
        "forskrift om livsoppholdssatser ved utleggstrekk og gjeldsordning; Retningslinje for utleggstrekk pkt. 5.2 og 5.3 (samboer likestilt med ektefelle)",
        new LocalDate(2020, 12, 16),
        "En enslig voksen regnes med satsen «enslig»; et par regnes med «par_per_person» for hver av de to voksne.");

    /// <summary>Number of adults in the household: two for a couple (<paramref name="par"/>), otherwise one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Antall(bool par) => par ? 2 : 1;

    /// <summary>The rate per adult: <c>par_per_person</c> for a couple (<paramref name="par"/>), otherwise <c>enslig</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep SatsPerVoksen(bool par, in LivsoppholdSatser satser) =>
        par ? satser.ParPerPerson : satser.Enslig;
}
