using System.Text;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Web;

/// <summary>
/// Amounts and percentages as a Norwegian types them in a form field or a query parameter, read exactly through the
/// engine's readers (<see cref="Beloep.TryFraTekst"/>, <see cref="Prosent.TryFraTekst"/>), never through
/// <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// Read: <c>9000</c>, <c>9 000</c> (space, no-break space or narrow no-break space between groups of three),
/// <c>9000,50</c>, <c>9 000,50</c>, and a decimal point with one or two decimals (<c>9000.50</c>, as scripts write it).
/// Refused as ambiguous, naming the field and saying how to write it: a point or comma followed by exactly three
/// digits (<c>9.000</c> and <c>9,000</c> are nine thousand to one reader and nine to another), both a point and a
/// comma (<c>9,000.50</c>, <c>9.000,50</c>), more than one separator, and groups that are not threes
/// (<c>90 00</c>). JSON numbers in a body are not read here: they stay JSON.
/// </remarks>
public static class Norsktall
{
    /// <summary>How to write an amount, said in every refusal.</summary>
    public const string Skrivemaate = "Skriv beløpet i kroner som 9000 eller 9 000, med komma foran øre: 9 000,50. Punktum eller komma som tusenskille (9.000, 9,000.50) leses ikke, fordi det kan bety noe annet.";

    private const string ProsentSkrivemaate = "Skriv prosentsatsen som 21,99 eller 21.99.";

    /// <summary>Reads an amount in kroner; the violation names <paramref name="felt"/> and the text as typed.</summary>
    public static bool TryLesBeloep(string tekst, string felt, out Beloep beloep, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Valideringsfeil? feil)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        beloep = default;
        if (!TryNormaliser(tekst, out var normalisert))
        {
            feil = new Valideringsfeil(felt, Inndatatekst.Kort(tekst.Trim()), Feilkoder.UgyldigBeloep, Skrivemaate);
            return false;
        }

        if (!Beloep.TryFraTekst(normalisert, felt, tillatEksponent: false, out beloep, out feil))
        {
            feil = feil with { Verdi = Inndatatekst.Kort(tekst.Trim()) };
            return false;
        }

        return true;
    }

    /// <summary>Reads a percentage (<c>21,99</c> or <c>21.99</c>); the violation names <paramref name="felt"/>.</summary>
    public static bool TryLesProsent(string tekst, string felt, out Prosent prosent, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Valideringsfeil? feil)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        prosent = default;
        if (!TryNormaliser(tekst, out var normalisert))
        {
            feil = new Valideringsfeil(felt, Inndatatekst.Kort(tekst.Trim()), Feilkoder.UgyldigRente, ProsentSkrivemaate);
            return false;
        }

        if (!Prosent.TryFraTekst(normalisert, felt, tillatEksponent: false, out prosent, out feil))
        {
            feil = feil with { Verdi = Inndatatekst.Kort(tekst.Trim()) };
            return false;
        }

        return true;
    }

    /// <summary>
    /// The text as the engine's readers take it (<c>9000.50</c>), or false when it is not written as the remarks
    /// allow. Digits and signs beyond that (a minus, too many decimals, too large) are left to the engine's reader.
    /// </summary>
    internal static bool TryNormaliser(string tekst, out string normalisert)
    {
        normalisert = string.Empty;
        var t = tekst.Trim();
        var ut = new StringBuilder(t.Length);
        var i = 0;
        if (t.Length > 0 && t[0] is '-' or '+')
        {
            ut.Append(t[0]);
            i = 1;
        }

        if (!LesHeltallsdel(t, ref i, ut) || (i < t.Length && !LesDesimaldel(t.AsSpan(i), ut)))
        {
            return false;
        }

        normalisert = ut.ToString();
        return true;
    }

    /// <summary>
    /// The whole part: groups of digits separated by one space each; the first group 1–3 digits, the rest 3. Appends
    /// the digits and leaves <paramref name="i"/> at the first character after the whole part.
    /// </summary>
    private static bool LesHeltallsdel(string t, ref int i, StringBuilder ut)
    {
        var grupper = 0;
        var gruppelengde = 0;
        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsAsciiDigit(c))
            {
                ut.Append(c);
                gruppelengde++;
            }
            else if (c is ' ' or '\u00A0' or '\u202F')
            {
                if (gruppelengde == 0 || (grupper == 0 ? gruppelengde > 3 : gruppelengde != 3))
                {
                    return false;
                }

                grupper++;
                gruppelengde = 0;
            }
            else
            {
                break;
            }
        }

        return gruppelengde != 0 && (grupper == 0 || gruppelengde == 3);
    }

    /// <summary>
    /// One decimal separator, then digits only; exactly three digits after it is a thousands separator to some, and
    /// refused. Appends <c>.</c> and the digits.
    /// </summary>
    private static bool LesDesimaldel(ReadOnlySpan<char> rest, StringBuilder ut)
    {
        if (rest[0] is not (',' or '.'))
        {
            return false;
        }

        var desimaler = rest[1..];
        if (desimaler.Length == 0 || desimaler.Length == 3 || desimaler.ContainsAnyExcept("0123456789"))
        {
            return false;
        }

        ut.Append('.').Append(desimaler);
        return true;
    }
}
