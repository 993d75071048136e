using System.Collections.Immutable;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Json;

/// <summary>
/// The allowed text values of one enumeration in the JSON documents and on the command line, in a fixed order,
/// matched case-insensitively. An unknown value is a violation (rule <c>UGYLDIG_VERDI</c>) that lists the allowed
/// values; nothing silently defaults.
/// </summary>
/// <typeparam name="T">The engine's enum.</typeparam>
public sealed class Verdiliste<T>
    where T : struct, Enum
{
    private readonly ImmutableArray<(string Navn, T Verdi)> _verdier;

    /// <summary>Creates the list from (text, value) pairs; the first text of a value is its canonical spelling.</summary>
    public Verdiliste(params (string Navn, T Verdi)[] verdier) => _verdier = [.. verdier];

    /// <summary>The allowed texts, in order.</summary>
    public IEnumerable<string> Navn => _verdier.Select(v => v.Navn);

    /// <summary>The allowed texts as one comma-separated string.</summary>
    public string Tillatte => string.Join(", ", Navn);

    /// <summary>The value for a text, or false.</summary>
    public bool TryFinn(string? tekst, out T verdi)
    {
        foreach (var (navn, v) in _verdier)
        {
            if (string.Equals(navn, tekst, StringComparison.OrdinalIgnoreCase))
            {
                verdi = v;
                return true;
            }
        }

        verdi = default;
        return false;
    }

    /// <summary>The canonical text of a value.</summary>
    public string TekstFor(T verdi)
    {
        foreach (var (navn, v) in _verdier)
        {
            if (EqualityComparer<T>.Default.Equals(v, verdi))
            {
                return navn;
            }
        }

        return verdi.ToString();
    }

    /// <summary>
    /// Maps <paramref name="tekst"/>: <paramref name="standard"/> when null, the value when known; otherwise records
    /// a <c>UGYLDIG_VERDI</c> violation on <paramref name="felt"/> and returns <paramref name="standard"/>.
    /// </summary>
    public T Les(string? tekst, string felt, T standard, ICollection<Valideringsfeil> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        if (tekst is null)
        {
            return standard;
        }

        if (TryFinn(tekst, out var verdi))
        {
            return verdi;
        }

        feil.Add(new Valideringsfeil(felt, tekst, Feilkoder.UgyldigVerdi, "Ukjent verdi; tillatt: " + Tillatte + "."));
        return standard;
    }
}
