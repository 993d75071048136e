using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 3, whole household: the debtor's share is E − the partner's available income (it may be negative), so the raw trekk is the household's available income minus E. The limits of step 6 still protect the debtor.</summary>
public static class HusstandDeling
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Kostnadsdeling.Husstand",
        "Retningslinje for utleggstrekk pkt. 5.2 og 5.3 (husstandens samlede inntekter og utgifter, manuell vurdering)",
        new LocalDate(2020, 12, 16),
        "Skyldners andel er E minus partnerens disponible inntekt, slik at rått trekk blir hele husstandens disponible inntekt minus E.");

    /// <summary>The debtor's part of <paramref name="e"/>: E − the partner's available income (may be negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Andel(Beloep e, Beloep partnerDisponibelt) => e - partnerDisponibelt;
}
