using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// Parses single fields of one file with the invariant culture, whatever the thread's culture, reporting each
/// problem with file, line and column. Every method returns false (and reports) when the field is invalid.
/// </summary>
internal sealed class Feltleser(string fil, Feilsamler feil)
{
    private const int MaksHeltallssifre = 12;

    private static readonly LocalDatePattern Datomoenster = Isodato.Moenster;

    public void Legg(Rad rad, int kolonne, string regel, string melding) => feil.Legg(fil, rad.Linje, kolonne, regel, melding);

    /// <summary>A required date <c>uuuu-MM-dd</c>.</summary>
    public bool LesDato(Rad rad, int kolonne, string navn, out LocalDate dato)
    {
        dato = default;
        var tekst = rad.Felt[kolonne - 1];
        if (tekst.Length == 0)
        {
            Legg(rad, kolonne, Satserfeilkoder.VerdiMangler, $"{navn} mangler.");
            return false;
        }

        return ParseDato(rad, kolonne, navn, tekst, out dato);
    }

    /// <summary>
    /// An optional inclusive last day; empty means open (<paramref name="sisteDag"/> null). Must not be before
    /// <paramref name="fra"/> when that is known.
    /// </summary>
    public bool LesSisteDag(Rad rad, int kolonne, string navn, LocalDate? fra, out LocalDate? sisteDag)
    {
        sisteDag = null;
        var tekst = rad.Felt[kolonne - 1];
        if (tekst.Length == 0)
        {
            return true;
        }

        if (!ParseDato(rad, kolonne, navn, tekst, out var dato))
        {
            return false;
        }

        if (fra is { } f && dato < f)
        {
            Legg(rad, kolonne, Satserfeilkoder.TilFoerFra, $"{navn} {Tekst(dato)} er før gyldig_fra {Tekst(f)}.");
            return false;
        }

        sisteDag = dato;
        return true;
    }

    /// <summary>A positive number with at most two decimals, written with digits and an optional <c>.</c>.</summary>
    public bool LesPositivtTall(Rad rad, int kolonne, string navn, out decimal verdi)
    {
        verdi = 0;
        var tekst = rad.Felt[kolonne - 1];
        if (tekst.Length == 0)
        {
            Legg(rad, kolonne, Satserfeilkoder.VerdiMangler, $"{navn} mangler.");
            return false;
        }

        var kropp = tekst.StartsWith('-') ? tekst.AsSpan(1) : tekst.AsSpan();
        var punkt = kropp.IndexOf('.');
        var heltall = punkt < 0 ? kropp : kropp[..punkt];
        var desimaler = punkt < 0 ? [] : kropp[(punkt + 1)..];
        if (heltall.Length == 0 || !ErSifre(heltall) || (punkt >= 0 && (desimaler.Length == 0 || !ErSifre(desimaler))))
        {
            Legg(rad, kolonne, Satserfeilkoder.UgyldigTall, $"{navn} '{tekst}' er ikke et tall; skriv sifre med punktum som desimaltegn, uten mellomrom eller tusenskille (f.eks. 12.25).");
            return false;
        }

        if (heltall.TrimStart('0').Length > MaksHeltallssifre)
        {
            Legg(rad, kolonne, Satserfeilkoder.UgyldigTall, $"{navn} '{tekst}' er for stort.");
            return false;
        }

        if (desimaler.Length > 2)
        {
            Legg(rad, kolonne, Satserfeilkoder.ForMangeDesimaler, $"{navn} '{tekst}' har {desimaler.Length} desimaler; høyst 2 er tillatt.");
            return false;
        }

        verdi = decimal.Parse(tekst, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (verdi <= 0)
        {
            Legg(rad, kolonne, Satserfeilkoder.IkkePositiv, $"{navn} '{tekst}' må være større enn 0.");
            return false;
        }

        return true;
    }

    /// <summary>A positive amount in kroner (at most two decimals).</summary>
    public bool LesBeloep(Rad rad, int kolonne, string navn, out Beloep beloep)
    {
        beloep = default;
        if (!LesPositivtTall(rad, kolonne, navn, out var verdi))
        {
            return false;
        }

        beloep = Beloep.FraDesimal(verdi);
        return true;
    }

    /// <summary>A positive percentage, at most two decimals and at most 100.</summary>
    public bool LesProsent(Rad rad, int kolonne, string navn, out Prosent prosent)
    {
        prosent = default;
        if (!LesPositivtTall(rad, kolonne, navn, out var verdi))
        {
            return false;
        }

        if (verdi > 100)
        {
            Legg(rad, kolonne, Satserfeilkoder.UtenforGrense, $"{navn} '{rad.Felt[kolonne - 1]}' er over 100 prosent.");
            return false;
        }

        prosent = Prosent.FraDesimal(verdi);
        return true;
    }

    /// <summary>A required non-empty text (e.g. <c>kilde</c>).</summary>
    public bool SjekkPaakrevd(Rad rad, int kolonne, string navn)
    {
        if (string.IsNullOrWhiteSpace(rad.Felt[kolonne - 1]))
        {
            Legg(rad, kolonne, Satserfeilkoder.VerdiMangler, $"{navn} mangler; hver sats må ha en kilde.");
            return false;
        }

        return true;
    }

    /// <summary>A required <c>kildegrad</c>: <c>kunngjort</c>, <c>sekundaer</c> or <c>avledet</c>, exactly (lower case).</summary>
    public bool LesKildegrad(Rad rad, int kolonne, out Kildegrad grad)
    {
        var tekst = rad.Felt[kolonne - 1];
        if (tekst.Length == 0)
        {
            grad = default;
            Legg(rad, kolonne, Satserfeilkoder.VerdiMangler, "kildegrad mangler; hver sats må si hvordan den er kjent (kunngjort, sekundaer eller avledet).");
            return false;
        }

        if (!Kildegradkode.TryLes(tekst, out grad))
        {
            Legg(rad, kolonne, Satserfeilkoder.UkjentKildegrad, $"kildegrad '{Inndatatekst.Kort(tekst, Csvskanner.MaksSitat)}' er ukjent; skal være {string.Join(", ", Kildegradkode.Koder)}.");
            return false;
        }

        return true;
    }

    /// <summary>A date as <c>uuuu-MM-dd</c>.</summary>
    public static string Tekst(LocalDate dato) => Datomoenster.Format(dato);

    private bool ParseDato(Rad rad, int kolonne, string navn, string tekst, out LocalDate dato)
    {
        dato = default;
        var resultat = tekst.Length == 10 && tekst[4] == '-' && tekst[7] == '-'
            && ErSifre(tekst.AsSpan(0, 4)) && ErSifre(tekst.AsSpan(5, 2)) && ErSifre(tekst.AsSpan(8, 2))
            ? Datomoenster.Parse(tekst)
            : null;
        if (resultat is null || !resultat.Success || resultat.Value.Year < 1 || resultat.Value.Year > 9998)
        {
            Legg(rad, kolonne, Satserfeilkoder.UgyldigDato, $"{navn} '{tekst}' er ikke en gyldig dato på formen åååå-MM-dd (år 0001–9998).");
            return false;
        }

        dato = resultat.Value;
        return true;
    }

    private static bool ErSifre(ReadOnlySpan<char> tekst)
    {
        foreach (var c in tekst)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return tekst.Length > 0;
    }
}
