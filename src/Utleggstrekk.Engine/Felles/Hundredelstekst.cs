namespace Utleggstrekk.Engine.Felles;

/// <summary>What <see cref="Hundredelstekst.Les"/> found in a number text.</summary>
internal enum Tallstatus
{
    /// <summary>A number exactly representable in hundredths that fits a <see cref="long"/>.</summary>
    Ok,

    /// <summary>Not a number in the accepted shape.</summary>
    IkkeTall,

    /// <summary>A number below zero (exact and in range otherwise).</summary>
    Negativ,

    /// <summary>A number with a non-zero digit after the second decimal (it would have to be rounded).</summary>
    ForMangeDesimaler,

    /// <summary>A number whose hundredths do not fit a <see cref="long"/>.</summary>
    ForStort,
}

/// <summary>
/// Reads a number written in decimal text (<c>8000.01</c>, <c>-12</c>, <c>1.5e3</c>) exactly as a whole number of
/// hundredths (øre, or hundredths of a percent), without going through <see cref="decimal"/> or
/// <see cref="double"/>: a value is either represented exactly or refused, however many digits it has and whatever
/// its exponent. This is the single input policy for amounts and percentages read from outside.
/// </summary>
internal static class Hundredelstekst
{
    private const int MaksSifre = 19; // digits of long.MaxValue (9 223 372 036 854 775 807)

    /// <summary>
    /// Reads <paramref name="tekst"/>: an optional sign, digits with an optional decimal point (at least one digit),
    /// and, when <paramref name="tillatEksponent"/>, an optional exponent <c>e±n</c>.
    /// </summary>
    /// <param name="tekst">The text.</param>
    /// <param name="tillatEksponent">Whether an exponent is accepted (JSON numbers may have one).</param>
    /// <param name="hundredeler">The value in hundredths, when the status is <see cref="Tallstatus.Ok"/>, or its
    /// magnitude when the status is <see cref="Tallstatus.Negativ"/>.</param>
    public static Tallstatus Les(ReadOnlySpan<char> tekst, bool tillatEksponent, out long hundredeler)
    {
        hundredeler = 0;
        var i = 0;
        var negativ = LesFortegn(tekst, ref i);
        var mantisse = LesMantisse(tekst, ref i);
        if (mantisse.Sifre == 0)
        {
            return Tallstatus.IkkeTall;
        }

        if (!LesEksponent(tekst, ref i, tillatEksponent, out var eksponent) || i != tekst.Length)
        {
            return Tallstatus.IkkeTall;
        }

        if (mantisse.FoersteSignifikante < 0)
        {
            return Tallstatus.Ok; // zero, with whatever sign, exponent or number of zeros
        }

        var status = TilHundredeler(tekst, mantisse, eksponent, out hundredeler);
        return status == Tallstatus.Ok && negativ ? Tallstatus.Negativ : status;
    }

    /// <summary>The digits before any exponent: where the significant ones start and end, how many in all and after
    /// the decimal point.</summary>
    private readonly record struct Mantisse(int FoersteSignifikante, int Slutt, int Sifre, int Desimaler);

    /// <summary>An optional sign at <paramref name="i"/>: true for '-'; moves past it.</summary>
    private static bool LesFortegn(ReadOnlySpan<char> tekst, ref int i)
    {
        if (i < tekst.Length && (tekst[i] == '-' || tekst[i] == '+'))
        {
            return tekst[i++] == '-';
        }

        return false;
    }

    /// <summary>The significant digits (leading zeros dropped) and how many of them stand after the decimal point.</summary>
    private static Mantisse LesMantisse(ReadOnlySpan<char> tekst, ref int i)
    {
        var foersteSignifikante = -1;
        var sifre = 0;
        var desimaler = 0;
        var etterPunktum = false;
        for (; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (c == '.' && !etterPunktum)
            {
                etterPunktum = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            sifre++;
            if (etterPunktum)
            {
                desimaler++;
            }

            if (foersteSignifikante < 0 && c != '0')
            {
                foersteSignifikante = i;
            }
        }

        return new Mantisse(foersteSignifikante, i, sifre, desimaler);
    }

    /// <summary>
    /// An optional exponent <c>e±n</c> at <paramref name="i"/> (0 when there is none); false when one is there but not
    /// allowed or has no digits.
    /// </summary>
    private static bool LesEksponent(ReadOnlySpan<char> tekst, ref int i, bool tillatEksponent, out long eksponent)
    {
        eksponent = 0;
        if (i >= tekst.Length || (tekst[i] != 'e' && tekst[i] != 'E'))
        {
            return true;
        }

        if (!tillatEksponent)
        {
            return false;
        }

        i++;
        var eNegativ = LesFortegn(tekst, ref i);
        var eStart = i;
        for (; i < tekst.Length && char.IsAsciiDigit(tekst[i]); i++)
        {
            // Saturate: any exponent beyond a million decides the outcome already.
            eksponent = Math.Min(eksponent * 10 + (tekst[i] - '0'), 1_000_000);
        }

        if (eNegativ)
        {
            eksponent = -eksponent;
        }

        return i != eStart;
    }

    /// <summary>
    /// The magnitude D × 10^skala in hundredths, D the significant digits as an integer (trailing zeros move into the
    /// scale): <see cref="Tallstatus.ForMangeDesimaler"/> below hundredths, <see cref="Tallstatus.ForStort"/> past a
    /// <see cref="long"/>.
    /// </summary>
    private static Tallstatus TilHundredeler(ReadOnlySpan<char> tekst, Mantisse mantisse, long eksponent, out long hundredeler)
    {
        hundredeler = 0;
        var sisteSignifikante = mantisse.Slutt - 1;
        while (tekst[sisteSignifikante] == '0' || tekst[sisteSignifikante] == '.')
        {
            sisteSignifikante--;
        }

        var etterfoelgendeNuller = Sifre(tekst[(sisteSignifikante + 1)..mantisse.Slutt]);
        var signifikante = tekst[mantisse.FoersteSignifikante..(sisteSignifikante + 1)];
        var skala = eksponent - mantisse.Desimaler + etterfoelgendeNuller;
        if (skala < -2)
        {
            return Tallstatus.ForMangeDesimaler;
        }

        // Hundredths = D × 10^(skala + 2): too many digits cannot fit; otherwise build it with checked arithmetic.
        var nuller = skala + 2;
        if (Sifre(signifikante) + nuller > MaksSifre)
        {
            return Tallstatus.ForStort;
        }

        ulong verdi = 0;
        foreach (var c in signifikante)
        {
            if (c != '.')
            {
                verdi = verdi * 10 + (ulong)(c - '0');
            }
        }

        for (var n = 0; n < nuller; n++)
        {
            verdi *= 10;
        }

        if (verdi > long.MaxValue)
        {
            return Tallstatus.ForStort;
        }

        hundredeler = (long)verdi;
        return Tallstatus.Ok;
    }

    /// <summary>The digits in <paramref name="del"/> (everything but a decimal point).</summary>
    private static int Sifre(ReadOnlySpan<char> del) => del.Length - (del.Contains('.') ? 1 : 0);
}
