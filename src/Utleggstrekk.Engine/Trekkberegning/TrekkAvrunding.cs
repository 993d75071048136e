using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Step 7: the trekk is rounded down to whole kroner (the debtor keeps the fraction); trekkprosent = trekk / gross rounded down to two decimals (0 when gross is 0).</summary>
public static class TrekkAvrunding
{
    /// <summary>The rule.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Avrunding",
        "Beregningskonvensjon i Utleggstrekk.Engine (ingen lov- eller retningslinjetekst regulerer avrundingen; den avrundede delen blir hos skyldneren)",
        new LocalDate(2020, 12, 16),
        "Trekket rundes ned til hele kroner (skyldneren beholder brøkdelen); trekkprosent = trekk / brutto, rundet ned til to desimaler.");

    /// <summary>Trekk as a percentage of gross, rounded down to hundredths of a percent; 0 when gross is 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Prosent Trekkprosent(Beloep trekk, Beloep brutto) =>
        brutto.Oere <= 0
            ? Prosent.Null
            : Prosent.FraHundredeler(checked((int)Oeresregning.HundredelerNed(trekk, brutto)));
}
