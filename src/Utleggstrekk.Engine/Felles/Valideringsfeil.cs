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
/// Thrown when input breaks one or more rules. Invalid input never produces a number.
/// </summary>
public sealed class UgyldigInputException : Exception
{
    /// <summary>Creates the exception from one or more violations (all of them, not just the first).</summary>
    public UgyldigInputException(IReadOnlyList<Valideringsfeil> feil)
        : base(Format(feil))
    {
        Feil = ImmutableArray.CreateRange(feil); // a copy: the caller's list may change, the exception's may not
    }

    /// <summary>Creates the exception from a single violation.</summary>
    public UgyldigInputException(Valideringsfeil feil)
        : this([feil])
    {
    }

    /// <summary>Every violation found.</summary>
    public IReadOnlyList<Valideringsfeil> Feil { get; }

    private static string Format(IReadOnlyList<Valideringsfeil> feil) =>
        feil.Count == 1 ? feil[0].ToString() : string.Join(Environment.NewLine, feil.Select(f => f.ToString()));
}
