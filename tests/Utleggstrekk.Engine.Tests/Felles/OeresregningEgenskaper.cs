using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Tests.Felles;

/// <summary>
/// The 64-bit fast path gives exactly the 128-bit result, on both sides of its thresholds, and is never taken for
/// amounts far above them (where its product would overflow).
/// </summary>
public class OeresregningEgenskaper
{
    private static readonly Gen<long> Oere = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(i => (long)i),
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 50_000)).Select(t => ((long)t.Item1 * t.Item2) + 99),
        Gen.Elements(0L, 1L, 2_999_999_999L, 3_000_000_000L, 3_000_000_001L, 100_000_000_000_000L, 100_000_000_000_001L, long.MaxValue / 100_000, 1_000_000_000_000_000L, long.MaxValue));

    private static readonly Gen<int> Hundredeler = Gen.OneOf(Gen.Choose(0, 10_000), Gen.Elements(89_999, 90_000, 90_001, 1_000_000));

    [Property(MaxTest = 1_000)]
    public Property AndelNed_matches_Prosent_AndelNed() =>
        Prop.ForAll(Arb.From(Oere), Arb.From(Hundredeler), (oere, h) =>
            Resultat(() => Oeresregning.AndelNed(Prosent.FraHundredeler(h), Beloep.FraOere(oere)).Oere) == Resultat(() => Prosent.FraHundredeler(h).AndelNed(Beloep.FraOere(oere)).Oere));

    [Property(MaxTest = 1_000)]
    public Property MulDivOpp_matches_Heltallsregning() =>
        Prop.ForAll(Arb.From(Oere), Arb.From(Oere), Arb.From(Oere.Select(c => c == long.MaxValue ? c : c + 1)), (a, b, c) =>
            Resultat(() => Oeresregning.MulDivOpp(a, b, c)) == Resultat(() => Heltallsregning.MulDivOpp(a, b, c)));

    [Property(MaxTest = 1_000)]
    public Property HundredelerNed_matches_Heltallsregning() =>
        Prop.ForAll(Arb.From(Oere), Arb.From(Oere.Select(c => c == long.MaxValue ? c : c + 1)), (del, helhet) =>
            Resultat(() => Oeresregning.HundredelerNed(Beloep.FraOere(del), Beloep.FraOere(helhet))) == Resultat(() => Heltallsregning.MulDivNed(del, Prosent.Hel, helhet)));

    /// <summary>The value, or null when the result does not fit in a long (both paths must then refuse).</summary>
    private static long? Resultat(Func<long> f)
    {
        try
        {
            return f();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
