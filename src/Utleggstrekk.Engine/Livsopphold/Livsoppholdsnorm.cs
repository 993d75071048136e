using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// Step 1 as a whole: the household's livsopphold is the sum of the livsoppholdssatser in force on the
/// beregningsdato for each person in the household, after the reduction from the 4th person.
/// </summary>
public static class Livsoppholdsnorm
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Livsopphold.Husstand",
        "deknl. § 2-7 første ledd; forskrift om livsoppholdssatser ved utleggstrekk og gjeldsordning; Retningslinje for utleggstrekk pkt. 5.3",
        new LocalDate(2020, 12, 16),
        "Husstanden beholder summen av livsoppholdssatsene som gjelder på beregningsdatoen, for hvert medlem.");
}
