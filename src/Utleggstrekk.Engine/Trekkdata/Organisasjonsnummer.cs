using System.Globalization;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkdata;

/// <summary>
/// A Norwegian organisation number: nine digits whose last digit is the MOD11 check digit of the first eight
/// (weights 3, 2, 7, 6, 5, 4, 3, 2; remainder 0 gives check digit 0, remainder 1 makes the number invalid).
/// </summary>
public readonly record struct Organisasjonsnummer
{
    private static readonly int[] Vekter = [3, 2, 7, 6, 5, 4, 3, 2];

    private readonly int _verdi;

    private Organisasjonsnummer(int verdi) => _verdi = verdi;

    /// <summary>The nine digits as a number.</summary>
    public int Verdi => _verdi;

    /// <summary>Reads nine digits with a valid check digit; false otherwise (no exception).</summary>
    public static bool TryLes(string? tekst, out Organisasjonsnummer orgnr)
    {
        orgnr = default;
        if (tekst is null || tekst.Length != 9)
        {
            return false;
        }

        var sum = 0;
        var verdi = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = tekst[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            var siffer = c - '0';
            verdi = (verdi * 10) + siffer;
            if (i < 8)
            {
                sum += siffer * Vekter[i];
            }
        }

        var rest = sum % 11;
        if (rest == 1)
        {
            return false;
        }

        var kontroll = rest == 0 ? 0 : 11 - rest;
        if (kontroll != verdi % 10)
        {
            return false;
        }

        orgnr = new Organisasjonsnummer(verdi);
        return true;
    }

    /// <summary>Reads an organisation number or throws, naming <paramref name="felt"/> (rule <c>UGYLDIG_ORGNR</c>).</summary>
    /// <exception cref="UgyldigInndataException">Not nine digits, or a wrong MOD11 check digit.</exception>
    public static Organisasjonsnummer Les(string? tekst, string felt)
    {
        if (!TryLes(tekst, out var orgnr))
        {
            throw new UgyldigInndataException(Feil(tekst, felt));
        }

        return orgnr;
    }

    /// <summary>
    /// Reads an organisation number or throws; the violation names the field <c>organisasjonsnummer</c> (use
    /// <see cref="Les(string?, string)"/> to name the caller's own field).
    /// </summary>
    /// <exception cref="UgyldigInndataException">Not nine digits, or a wrong MOD11 check digit.</exception>
    public static Organisasjonsnummer Les(string? tekst) => Les(tekst, "organisasjonsnummer");

    /// <summary>The violation for a text that is not a valid organisation number.</summary>
    public static Valideringsfeil Feil(string? tekst, string felt) =>
        new(felt, tekst, Feilkoder.UgyldigOrgnr, "Organisasjonsnummeret må ha ni siffer med gyldig kontrollsiffer (MOD11).");

    /// <summary>The nine digits.</summary>
    public override string ToString() => _verdi.ToString("D9", CultureInfo.InvariantCulture);
}
