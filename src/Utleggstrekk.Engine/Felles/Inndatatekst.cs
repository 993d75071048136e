namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// Input text as it is quoted in an error message: the one rule for every layer (engine, JSON, ELAN, CSV, command line,
/// web) — at most <see cref="MaksLengde"/> characters, a longer text cut and ending in <c>...</c>.
/// </summary>
public static class Inndatatekst
{
    /// <summary>The longest quoted value (a violation's <c>verdi</c>); longer values are cut and end in <c>...</c>.</summary>
    public const int MaksLengde = 60;

    /// <summary>The mark that ends a cut text.</summary>
    public const string Kuttmerke = "...";

    /// <summary>
    /// The text, at most <paramref name="maks"/> characters (default <see cref="MaksLengde"/>); a longer one is cut to
    /// <paramref name="maks"/> characters with <see cref="Kuttmerke"/> as the last three. A caller passes another
    /// length only where its message says why (the satser CSV quotes inside a one-line <c>fil:linje:kolonne</c>
    /// message, docs/satser.md; <c>hva-om --sett</c> repeats the whole variant in front of each message).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maks"/> is shorter than the mark.</exception>
    public static string Kort(ReadOnlySpan<char> tekst, int maks = MaksLengde)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maks, Kuttmerke.Length);
        return tekst.Length <= maks ? tekst.ToString() : string.Concat(tekst[..(maks - Kuttmerke.Length)], Kuttmerke);
    }
}
