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
    private readonly List<Valideringsfeil> _feil = [];

    /// <summary>
    /// An amount in kroner (<c>10000</c>, <c>10000.50</c>): not negative, at most two decimals, read exactly from the
    /// text (never rounded: <c>10000.001</c> is refused, not read as 10000.00).
    /// </summary>
    public Beloep Beloep(string tekst, string valg)
    {
        if (!Engine.Felles.Beloep.TryFraTekst(tekst, valg, tillatEksponent: false, out var beloep, out var f))
        {
            _feil.Add(f);
        }

        return beloep;
    }

    /// <summary>A percentage (<c>21.99</c>): not negative, at most two decimals, read exactly from the text.</summary>
    public Prosent Prosent(string tekst, string valg)
    {
        if (!Engine.Felles.Prosent.TryFraTekst(tekst, valg, tillatEksponent: false, out var prosent, out var f))
        {
            _feil.Add(f);
        }

        return prosent;
    }

    /// <summary>A date <c>ÅÅÅÅ-MM-DD</c>.</summary>
    public LocalDate Dato(string tekst, string valg)
    {
        if (Datoformat.TryLes(tekst, out var dato))
        {
            return dato;
        }

        _feil.Add(new Valideringsfeil(valg, tekst, Feilkoder.UgyldigDato, "Forventet en gyldig dato på formen ÅÅÅÅ-MM-DD i år 1–9999."));
        return default;
    }

    /// <summary>A year (<c>2021</c>): a whole number from 1 to 9999.</summary>
    public int Aar(string tekst, string valg)
    {
        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var aar) && aar is >= 1 and <= 9999)
        {
            return aar;
        }

        _feil.Add(new Valideringsfeil(valg, tekst, Feilkoder.UgyldigAar, "Forventet et årstall, f.eks. 2021."));
        return 0;
    }

    /// <summary>
    /// Runs an engine call and, when it refuses its input, gives the violations the names the command line uses
    /// (<paramref name="valgnavn"/> maps an engine field to its option).
    /// </summary>
    public static T MedValgnavn<T>(Func<T> beregning, Func<string, string> valgnavn)
    {
        ArgumentNullException.ThrowIfNull(beregning);
        try
        {
            return beregning();
        }
        catch (UgyldigInndataException e)
        {
            throw new UgyldigInndataException([.. e.Feil.Select(f => f with { Felt = valgnavn(f.Felt) })]);
        }
    }

    /// <summary>Records a violation.</summary>
    public void Legg(Valideringsfeil feil) => _feil.Add(feil);

    /// <summary>Throws <see cref="UgyldigInndataException"/> with every violation, if any.</summary>
    public void SjekkGyldig()
    {
        if (_feil.Count > 0)
        {
            throw new UgyldigInndataException(_feil);
        }
    }
}
