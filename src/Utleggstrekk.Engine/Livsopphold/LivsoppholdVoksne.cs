using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

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

    /// <summary>Number of adults in the household.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Antall(Sivilstand sivilstand) => sivilstand == Sivilstand.Enslig ? 1 : 2;

    /// <summary>The rate per adult.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep SatsPerVoksen(Sivilstand sivilstand, in LivsoppholdSatser satser) =>
        sivilstand == Sivilstand.Enslig ? satser.Enslig : satser.ParPerPerson;
}
