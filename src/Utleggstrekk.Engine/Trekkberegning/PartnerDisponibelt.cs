using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The partner's available income: the partner's net income minus the partner's own necessary debt service,
/// never below 0. A single debtor has no partner (0).
/// </summary>
public static class PartnerDisponibelt
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.PartnerDisponibelt",
        "Retningslinje for utleggstrekk pkt. 5.2 (ektefelle og etablert samboer likestilles; ektefellens betjening av egen gjeld); HR-2020-393-U avsnitt 26",
        new LocalDate(2020, 12, 16),
        "Partnerens disponible inntekt er nettoinntekten minus partnerens nødvendige betjening av egen gjeld, minst 0.");

    /// <summary>max(0, net − own debt service).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Beregn(Beloep netto, Beloep egenGjeld) => Beloep.Max(Beloep.Null, netto - egenGjeld);
}
