using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Json;

namespace Utleggstrekk.Cli;

/// <summary>
/// Parses option values given as text (amounts, percentages, dates) with the invariant culture, whatever the
/// machine's locale, and collects every violation naming the option and the value.
/// </summary>
internal sealed class Argumentleser
{
    private const NumberStyles Tallstil = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
    private readonly List<Valideringsfeil> _feil = [];

    /// <summary>An amount in kroner (<c>10000</c>, <c>10000.50</c>): not negative, at most two decimals.</summary>
    public Beloep Beloep(string tekst, string valg)
    {
        if (!decimal.TryParse(tekst, Tallstil, CultureInfo.InvariantCulture, out var kroner))
        {
            _feil.Add(new Valideringsfeil(valg, tekst, "UGYLDIG_BELOEP", "Forventet et beløp i kroner med punktum som desimalskille, f.eks. 10000 eller 10000.50."));
            return Engine.Felles.Beloep.Null;
        }

        if (!Engine.Felles.Beloep.TryFraEkstern(kroner, valg, out var beloep, out var f))
        {
            _feil.Add(f with { Verdi = tekst });
        }

        return beloep;
    }

    /// <summary>A percentage (<c>21.99</c>): not negative, at most two decimals.</summary>
    public Prosent Prosent(string tekst, string valg)
    {
        if (decimal.TryParse(tekst, Tallstil, CultureInfo.InvariantCulture, out var verdi))
        {
            try
            {
                return Engine.Felles.Prosent.FraEkstern(verdi, valg);
            }
            catch (UgyldigInputException e)
            {
                _feil.AddRange(e.Feil.Select(f => f with { Verdi = tekst }));
                return Engine.Felles.Prosent.Null;
            }
        }

        _feil.Add(new Valideringsfeil(valg, tekst, "UGYLDIG_RENTE", "Forventet en prosentsats med punktum som desimalskille, f.eks. 21.99."));
        return Engine.Felles.Prosent.Null;
    }

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public LocalDate Dato(string tekst, string valg)
    {
        if (Datoformat.TryLes(tekst, out var dato))
        {
            return dato;
        }

        _feil.Add(new Valideringsfeil(valg, tekst, "UGYLDIG_DATO", "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD."));
        return default;
    }

    /// <summary>A year (<c>2021</c>): a whole number from 1 to 9999.</summary>
    public int Aar(string tekst, string valg)
    {
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var aar) && aar is >= 1 and <= 9999)
        {
            return aar;
        }

        _feil.Add(new Valideringsfeil(valg, tekst, "UGYLDIG_AAR", "Forventet et årstall, f.eks. 2021."));
        return 0;
    }

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>Throws <see cref="UgyldigInputException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInputException(_feil);
        }
    }
}
