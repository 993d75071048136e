namespace Utleggstrekk.Engine.Felles;

/// <summary>Input text as it is quoted in an error message.</summary>
internal static class Inndatatekst
{
    /// <summary>The longest quoted value; longer values are cut and end in <c>...</c>.</summary>
    internal const int MaksLengde = 60;

    /// <summary>The text, cut to <see cref="MaksLengde"/> characters.</summary>
    internal static string Kort(ReadOnlySpan<char> tekst) =>
        tekst.Length <= MaksLengde ? tekst.ToString() : string.Concat(tekst[..(MaksLengde - 3)], "...");
}
