namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// The class of a claim by what it is for (artsprioritet), deknl. § 2-8 first ledd letters a–f in the version in force
/// from 1 January 2023. A better class is covered in full before a worse one gets anything (a is best).
/// </summary>
/// <remarks>
/// Forskuddstrekk and NAV's/BT's own running set-offs (avregning) always come before any utleggstrekk
/// (deknl. § 2-7 first ledd; Retningslinje pkt. 3 and 6); they are outside the trekk and are not a class here.
/// </remarks>
public enum Artsprioritet
{
    /// <summary>a) Krav som grunner seg på lovbestemt forsørgelsesplikt (underholdsbidrag, løpende and bidragsgjeld).</summary>
    A = 1,

    /// <summary>b) Krav på erstatning eller oppreisning for skade voldt ved en straffbar handling.</summary>
    B = 2,

    /// <summary>c) Statens regresskrav etter voldserstatningsloven § 11 (from 1 January 2023).</summary>
    C = 3,

    /// <summary>d) Krav på bøter.</summary>
    D = 4,

    /// <summary>e) Krav på skatt eller offentlig avgift (with interest and fees on such claims).</summary>
    E = 5,

    /// <summary>f) Andre krav (unprioritised claims, including all saksomkostninger).</summary>
    F = 6,
}

/// <summary>Texts and helpers for <see cref="Artsprioritet"/>.</summary>
public static class Artsprioriteter
{
    /// <summary>The letter as the statute writes it: <c>a</c>…<c>f</c>.</summary>
    public static char Bokstav(this Artsprioritet artsprioritet) => artsprioritet switch
    {
        Artsprioritet.A => 'a',
        Artsprioritet.B => 'b',
        Artsprioritet.C => 'c',
        Artsprioritet.D => 'd',
        Artsprioritet.E => 'e',
        Artsprioritet.F => 'f',
        _ => throw new ArgumentOutOfRangeException(nameof(artsprioritet), artsprioritet, "Unknown artsprioritet."),
    };

    /// <summary>The statute's text for the class (deknl. § 2-8 first ledd, from 1.1.2023).</summary>
    public static string Tekst(this Artsprioritet artsprioritet) => artsprioritet switch
    {
        Artsprioritet.A => "krav som grunner seg på lovbestemt forsørgelsesplikt",
        Artsprioritet.B => "krav på erstatning eller oppreisning for skade voldt ved en straffbar handling",
        Artsprioritet.C => "statens regresskrav etter voldserstatningsloven § 11",
        Artsprioritet.D => "krav på bøter",
        Artsprioritet.E => "krav på skatt eller offentlig avgift",
        Artsprioritet.F => "andre krav",
        _ => throw new ArgumentOutOfRangeException(nameof(artsprioritet), artsprioritet, "Unknown artsprioritet."),
    };

    /// <summary>Parses a letter <c>a</c>…<c>f</c> (case-insensitive). Returns false for anything else.</summary>
    public static bool TryFraBokstav(string? bokstav, out Artsprioritet artsprioritet)
    {
        artsprioritet = default;
        if (bokstav is not { Length: 1 })
        {
            return false;
        }

        var c = char.ToLowerInvariant(bokstav[0]);
        if (c is < 'a' or > 'f')
        {
            return false;
        }

        artsprioritet = (Artsprioritet)(c - 'a' + 1);
        return true;
    }

    /// <summary>True when the value is one of the six defined classes.</summary>
    public static bool ErGyldig(this Artsprioritet artsprioritet) =>
        artsprioritet is >= Artsprioritet.A and <= Artsprioritet.F;
}
