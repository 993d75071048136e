using System.Text;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// The encoding policy and the quoting rules of the satser CSV files, checked before CsvHelper reads them, so each
/// error names its exact line and column (the field's number) and quotes at most the offending field:
/// <list type="bullet">
/// <item>UTF-8 only; a UTF-8 byte order mark is skipped. A UTF-16 or UTF-32 byte order mark, or any byte sequence that
/// is not UTF-8, is refused (<see cref="Satserfeilkoder.UgyldigCsv"/>) at the line and column where it stands.</item>
/// <item>RFC 4180 quoting: a quote may only open a field, a quoted field ends with a quote followed by a comma or the
/// end of the line, and a quote inside a quoted field is written twice. A quote that never closes is reported where
/// it opens.</item>
/// </list>
/// </summary>
internal static class Csvskanner
{
    /// <summary>
    /// The longest quote of a field in a message. Shorter than the other readers' 60 (<see cref="Inndatatekst.MaksLengde"/>):
    /// here the quote stands inside the one-line <c>fil:linje:kolonne: melding</c> text, not in a field of its own
    /// (docs/satser.md).
    /// </summary>
    internal const int MaksSitat = 40;

    private static readonly UTF8Encoding StrengUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of <paramref name="innhold"/>, or <c>null</c> (after reporting every error) when it is not UTF-8 or
    /// breaks the quoting rules.
    /// </summary>
    public static string? Les(string fil, byte[] innhold, Feilsamler feil)
    {
        ReadOnlySpan<byte> bytes = innhold;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            feil.Legg(fil, 1, 1, Satserfeilkoder.UgyldigCsv, "Filen er kodet som UTF-16 (byte order mark); satsfilene skal være UTF-8.");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string tekst;
        try
        {
            tekst = StrengUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var lest, out _, replaceInvalidSequences: false);
            var gyldig = status == System.Buffers.OperationStatus.Done ? string.Empty : Encoding.UTF8.GetString(bytes[..lest]);
            var (linje, kolonne) = Posisjon(gyldig);
            feil.Legg(fil, linje, kolonne, Satserfeilkoder.UgyldigCsv, $"Filen er ikke gyldig UTF-8 (byte 0x{bytes[lest]:X2} i felt {kolonne}).");
            return null;
        }

        return SjekkSitering(fil, tekst, feil) ? tekst : null;
    }

    /// <summary>Line (1-based) and field number (1-based) at the end of <paramref name="foer"/>.</summary>
    private static (int Linje, int Kolonne) Posisjon(string foer)
    {
        var linje = 1;
        var kolonne = 1;
        var iSitat = false;
        foreach (var c in foer)
        {
            if (c == '"')
            {
                iSitat = !iSitat;
            }
            else if (c == '\n')
            {
                linje++;
                if (!iSitat)
                {
                    kolonne = 1;
                }
            }
            else if (c == ',' && !iSitat)
            {
                kolonne++;
            }
        }

        return (linje, kolonne);
    }

    private static bool SjekkSitering(string fil, string tekst, Feilsamler feil)
    {
        var ok = true;
        var linje = 1;
        var kolonne = 1;
        var i = 0;
        while (i < tekst.Length)
        {
            // At the start of a field.
            var feltStart = i;
            if (tekst[i] == '"')
            {
                var startlinje = linje;
                if (!HoppOverSitat(tekst, ref i, ref linje))
                {
                    feil.Legg(fil, startlinje, kolonne, Satserfeilkoder.UgyldigCsv, $"Anførselstegnet i feltet {Sitat(tekst, feltStart)} lukkes aldri.");
                    return false;
                }

                if (i < tekst.Length && tekst[i] is not (',' or '\n' or '\r'))
                {
                    ok = false;
                    feil.Legg(fil, linje, kolonne, Satserfeilkoder.UgyldigCsv, $"Ugyldig CSV i feltet {Sitat(tekst, feltStart)}: etter et avsluttende anførselstegn må det komme komma eller linjeskift; anførselstegn inne i feltet skrives dobbelt.");
                    i = HoppTilLinjeslutt(tekst, i);
                }
            }
            else if (!HoppOverUsitert(tekst, ref i))
            {
                ok = false;
                feil.Legg(fil, linje, kolonne, Satserfeilkoder.UgyldigCsv, $"Ugyldig CSV i feltet {Sitat(tekst, feltStart)}: et felt med anførselstegn må være helt omsluttet av dem, og anførselstegn inne i feltet skrives dobbelt.");
                i = HoppTilLinjeslutt(tekst, i);
            }

            if (!EtterFelt(tekst, ref i, ref linje, ref kolonne))
            {
                break;
            }
        }

        return ok;
    }

    /// <summary>
    /// Moves past a quoted field from its opening quote (a doubled quote inside is one character), counting line
    /// breaks; false when the quote is never closed.
    /// </summary>
    private static bool HoppOverSitat(string tekst, ref int i, ref int linje)
    {
        i++;
        while (i < tekst.Length)
        {
            if (tekst[i] == '"')
            {
                if (i + 1 < tekst.Length && tekst[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                i++;
                return true;
            }

            if (tekst[i] == '\n')
            {
                linje++;
            }

            i++;
        }

        return false;
    }

    /// <summary>Moves to the end of an unquoted field; false (standing on it) at a quote inside it.</summary>
    private static bool HoppOverUsitert(string tekst, ref int i)
    {
        while (i < tekst.Length && tekst[i] is not (',' or '\n'))
        {
            if (tekst[i] == '"')
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>After a field: a comma (next field), a line break (next line) or the end (false).</summary>
    private static bool EtterFelt(string tekst, ref int i, ref int linje, ref int kolonne)
    {
        if (i < tekst.Length && tekst[i] == '\r')
        {
            i++;
        }

        if (i >= tekst.Length)
        {
            return false;
        }

        if (tekst[i] == ',')
        {
            kolonne++;
        }
        else if (tekst[i] == '\n')
        {
            linje++;
            kolonne = 1;
        }

        i++;
        return true;
    }

    private static int HoppTilLinjeslutt(string tekst, int i)
    {
        var slutt = tekst.IndexOf('\n', i);
        return slutt < 0 ? tekst.Length : slutt;
    }

    /// <summary>The field starting at <paramref name="start"/>, up to its comma or line end, cut to a few characters.</summary>
    private static string Sitat(string tekst, int start)
    {
        var slutt = start;
        var sitert = start < tekst.Length && tekst[start] == '"'; // only a field that opens with a quote is quoted
        var iSitat = false;
        while (slutt < tekst.Length && (iSitat || tekst[slutt] is not (',' or '\n' or '\r')))
        {
            if (sitert && tekst[slutt] == '"')
            {
                iSitat = !iSitat;
            }

            slutt++;
        }

        // An unterminated quote runs to the end of the file: quote only its first line.
        var felt = tekst[start..slutt];
        var linjeslutt = felt.IndexOfAny(['\r', '\n']);
        if (linjeslutt >= 0)
        {
            felt = felt[..linjeslutt] + Inndatatekst.Kuttmerke;
        }

        return "«" + Inndatatekst.Kort(felt, MaksSitat) + "»";
    }
}
