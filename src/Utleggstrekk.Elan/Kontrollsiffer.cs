using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Elan;

/// <summary>The check digits ELAN validates: organisasjonsnummer and kontonummer (MOD11), KID (MOD10 or MOD11).</summary>
public static class Kontrollsiffer
{
    private static readonly int[] KontonrVekter = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>
    /// A Norwegian organisasjonsnummer: nine digits, the last a MOD11 check digit (weights 3 2 7 6 5 4 3 2); the
    /// engine's own reading, <see cref="Organisasjonsnummer.TryLes"/>.
    /// </summary>
    public static bool ErGyldigOrgnr(string? orgnr) => Organisasjonsnummer.TryLes(orgnr, out _);

    /// <summary>A Norwegian kontonummer: eleven digits, the last a MOD11 check digit (weights 5 4 3 2 7 6 5 4 3 2).</summary>
    public static bool ErGyldigKontonr(string? kontonr) =>
        kontonr is { Length: 11 } && KunSifre(kontonr) && Mod11(kontonr.AsSpan(0, 10), KontonrVekter) == kontonr[10] - '0';

    /// <summary>
    /// A KID: 2–25 characters, digits except that a MOD11 check character may be <c>-</c>; valid when the last character
    /// is the MOD10 (Luhn) or the MOD11 check digit of the others.
    /// </summary>
    public static bool ErGyldigKid(string? kid)
    {
        if (kid is null || kid.Length is < 2 or > 25 || !KunSifre(kid.AsSpan(0, kid.Length - 1)))
        {
            return false;
        }

        var kropp = kid.AsSpan(0, kid.Length - 1);
        var siste = kid[^1];
        if (char.IsAsciiDigit(siste) && Mod10(kropp) == siste - '0')
        {
            return true;
        }

        var m11 = Mod11Kid(kropp);
        return m11 == 10 ? siste == '-' : char.IsAsciiDigit(siste) && m11 == siste - '0';
    }

    private static bool KunSifre(ReadOnlySpan<char> tekst)
    {
        foreach (var c in tekst)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The MOD11 check digit with the given weights, or -1 when none exists (remainder 1).</summary>
    private static int Mod11(ReadOnlySpan<char> sifre, int[] vekter)
    {
        var sum = 0;
        for (var i = 0; i < sifre.Length; i++)
        {
            sum += (sifre[i] - '0') * vekter[i];
        }

        var rest = 11 - (sum % 11);
        return rest switch
        {
            11 => 0,
            10 => -1,
            _ => rest,
        };
    }

    /// <summary>Luhn: from the right, every second digit doubled (digit sum), check digit makes the sum divisible by 10.</summary>
    private static int Mod10(ReadOnlySpan<char> sifre)
    {
        var sum = 0;
        var dobbel = true;
        for (var i = sifre.Length - 1; i >= 0; i--)
        {
            var d = sifre[i] - '0';
            if (dobbel)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            dobbel = !dobbel;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>KID MOD11: weights 2, 3, 4, 5, 6, 7 repeating from the right; 10 means the check character <c>-</c>.</summary>
    private static int Mod11Kid(ReadOnlySpan<char> sifre)
    {
        var sum = 0;
        var vekt = 2;
        for (var i = sifre.Length - 1; i >= 0; i--)
        {
            sum += (sifre[i] - '0') * vekt;
            vekt = vekt == 7 ? 2 : vekt + 1;
        }

        var rest = 11 - (sum % 11);
        return rest == 11 ? 0 : rest;
    }
}
