using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 2: the household's expenses E = livsopphold (household part) + boutgift + barnetilsyn + other shared approved expenses.</summary>
public static class Husstandsutgifter
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Husstandsutgifter",
        "deknl. § 2-7 første ledd; Retningslinje for utleggstrekk pkt. 5.1 og 5.3",
        new LocalDate(2020, 12, 16),
        "Husstandens utgifter E = livsopphold (husstandens del) + boutgift + barnetilsyn + andre godkjente felles utgifter.");
}
