using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 3, proportional split: the debtor carries E × debtor's available / (debtor's available + partner's available), rounded up to the øre in the debtor's favour; all of E when the sum is 0.</summary>
public static class ForholdsmessigDeling
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Kostnadsdeling.Forholdsmessig",
        "Retningslinje for utleggstrekk pkt. 5.3 (en ektefelle/samboer med høyere inntekt kan måtte dekke en større andel; forholdsmessig deling etter inntekt)",
        new LocalDate(2020, 12, 16),
        "E deles i forhold til skyldnerens og partnerens disponible inntekter; skyldners andel rundes opp til hele øre.");

    /// <summary>The debtor's part of <paramref name="e"/> in a couple.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Andel(Beloep e, Beloep disponibelt, Beloep partnerDisponibelt)
    {
        var sum = disponibelt + partnerDisponibelt;
        if (sum.Oere <= 0)
        {
            return e;
        }

        return Beloep.FraOere(Oeresregning.MulDivOpp(e.Oere, disponibelt.Oere, sum.Oere));
    }
}
