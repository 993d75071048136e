using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 3, the machine rule: a single debtor carries all of E; in a couple the debtor carries half of E, rounded up to the øre in the debtor's favour, but E minus the partner's available income (net − own necessary debt service, at least 0) when that is below half of E.</summary>
public static class HalvpartDeling
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Kostnadsdeling.Halvpart",
        "Retningslinje for utleggstrekk pkt. 5.3 (maskinell beregning: skyldner bærer halvparten); HR-2020-393-U avsnitt 26 (ektefellens egen gjeld)",
        new LocalDate(2020, 12, 16),
        "En enslig skyldner bærer E; i et par bærer skyldneren halvparten av E (rundet opp til hele øre), eller E minus partnerens disponible inntekt når den er under halvparten.");

    /// <summary>The debtor's part of <paramref name="e"/> in a couple.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Beloep Andel(Beloep e, Beloep partnerDisponibelt)
    {
        // Exact comparison with E/2: partner < E/2  <=>  2 × partner < E.
        if (partnerDisponibelt * 2 < e)
        {
            return e - partnerDisponibelt;
        }

        // Half of E rounded up to the øre (E ≥ 0): the debtor keeps the odd øre.
        return Beloep.FraOere((e.Oere + 1) / 2);
    }
}
