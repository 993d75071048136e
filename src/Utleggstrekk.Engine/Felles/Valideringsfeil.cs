using System.Collections.Immutable;

namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// One broken input rule: which field, which value, which rule, and a sentence a caseworker can read.
/// </summary>
/// <param name="Felt">The field, as a dotted path into the input document (e.g. <c>skyldner.bruttoPerMaaned</c>).</param>
/// <param name="Verdi">The offending value as text, or <c>null</c> when the field is missing.</param>
/// <param name="Regel">A stable rule code (e.g. <c>UGYLDIG_BELOEP</c>, <c>PAAKREVD</c>).</param>
/// <param name="Melding">A human-readable explanation.</param>
public sealed record Valideringsfeil(string Felt, string? Verdi, string Regel, string Melding)
{
    /// <inheritdoc />
    public override string ToString() =>
        Verdi is null
            ? $"{Felt}: {Melding} [{Regel}]"
            : $"{Felt} = '{Verdi}': {Melding} [{Regel}]";
}

/// <summary>
/// The base of every exception the libraries throw for bad data: invalid input (<see cref="UgyldigInndataException"/>),
/// rates missing for a date (<c>SatserManglerException</c>) and a refused satser directory (<c>SatserException</c> in
/// Utleggstrekk.Satser.Csv). Catch this one type to turn any of them into an answer for the caller; each carries its
/// problems as <see cref="Valideringsfeil"/> (field, value, rule, Norwegian message). Misuse of the API (a null
/// argument, an undefined enum value passed in code) keeps the .NET exceptions.
/// </summary>
public abstract class UtleggstrekkException : Exception
{
    /// <summary>Creates the exception with its message and its problems.</summary>
    protected UtleggstrekkException(string melding, IReadOnlyList<Valideringsfeil> valideringsfeil)
        : base(melding)
    {
        // A copy the caller cannot change afterwards (a caught exception must keep saying what was wrong).
        Valideringsfeil = ImmutableArray.CreateRange(valideringsfeil ?? []);
    }

    /// <summary>Every problem found, as field, value, rule and message (what the command line prints, and its <c>--json</c> error object).</summary>
    public IReadOnlyList<Valideringsfeil> Valideringsfeil { get; }
}

/// <summary>
/// Thrown when input breaks one or more rules. Invalid input never produces a number.
/// </summary>
public sealed class UgyldigInndataException : UtleggstrekkException
{
    /// <summary>Creates the exception from one or more violations (all of them, not just the first).</summary>
    public UgyldigInndataException(IReadOnlyList<Valideringsfeil> feil)
        : base(Format(feil), feil)
    {
        Feil = ImmutableArray.CreateRange(feil); // a copy: the caller's list may change, the exception's may not
    }

    /// <summary>Creates the exception from a single violation.</summary>
    public UgyldigInndataException(Valideringsfeil feil)
        : this([feil])
    {
    }

    /// <summary>Every violation found.</summary>
    public IReadOnlyList<Valideringsfeil> Feil { get; }

    private static string Format(IReadOnlyList<Valideringsfeil> feil) =>
        feil.Count == 1 ? feil[0].ToString() : string.Join(Environment.NewLine, feil.Select(f => f.ToString()));
}
