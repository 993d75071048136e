using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// The debtor's own samvær add-on for each samvær child, by samværsklasse 1–4 and the child's age band on the
/// beregningsdato. A samvær child aged 18 or more gets no add-on (the samvær table has no band for adults) and does
/// not count towards the reduction from the 3rd samvær child. The add-ons are the debtor's own expense.
/// </summary>
public static class Samvaerstillegg
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.Samvaerstillegg",
        "deknl. § 2-7 første ledd; samværstillegg publisert med livsoppholdssatsene (satser/samvaer.csv)",
        new LocalDate(2020, 7, 1),
        "Hvert samværsbarn under 18 år legger samværssatsen for sin klasse og sitt aldersbånd til skyldnerens egne utgifter.");

    /// <summary>Whether a samvær child of <paramref name="alder"/> whole years gets an add-on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Medregnes(int alder) => alder < LivsoppholdBarn.MyndighetsAlder;
}
