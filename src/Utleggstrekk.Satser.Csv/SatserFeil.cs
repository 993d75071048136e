using System.Collections.Immutable;
using System.Globalization;

namespace Utleggstrekk.Satser.Csv;

/// <summary>
/// One broken rule in a satser directory: where (file, line, column) and which rule, with a message a person can read.
/// </summary>
/// <param name="Fil">The file name inside the satser directory (as named in the manifest), e.g. <c>livsopphold.csv</c>.</param>
/// <param name="Linje">Line number, 1-based (the header is line 1); 0 when the error is not about one line (e.g. a missing file).</param>
/// <param name="Kolonne">Column number, 1-based; 0 when the error is not about one column.</param>
/// <param name="Regel">The rule broken, a stable code from <see cref="Satserfeilkoder"/> (e.g. <c>OVERLAPP</c>).</param>
/// <param name="Melding">What is wrong, in Norwegian, naming the offending value.</param>
public sealed record SatserFeil(string Fil, int Linje, int Kolonne, string Regel, string Melding)
{
    /// <summary>The error as <c>fil:linje:kolonne: melding [REGEL]</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Fil}:{Linje}:{Kolonne}: {Melding} [{Regel}]");
}

/// <summary>
/// Thrown when a satser directory (or the embedded defaults) is refused. Carries every error found, not just the first;
/// nothing of the set is loaded.
/// </summary>
public sealed class SatserException : Engine.Felles.UtleggstrekkException
{
    /// <summary>Creates the exception from every error found.</summary>
    public SatserException(IReadOnlyList<SatserFeil> feil)
        : base(Format(feil), SomValideringsfeil(feil))
    {
        Feil = ImmutableArray.CreateRange(feil); // a copy: the caller's list may change, the exception's may not
    }

    /// <summary>Every error found, in file order, then by line and column.</summary>
    public IReadOnlyList<SatserFeil> Feil { get; }

    // As field the place fil:linje:kolonne, so the error object of --json still points at the cell.
    private static Engine.Felles.Valideringsfeil[] SomValideringsfeil(IReadOnlyList<SatserFeil> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        return [.. feil.Select(f => new Engine.Felles.Valideringsfeil(
            string.Create(CultureInfo.InvariantCulture, $"{f.Fil}:{f.Linje}:{f.Kolonne}"), null, f.Regel, f.Melding))];
    }

    private static string Format(IReadOnlyList<SatserFeil> feil)
    {
        ArgumentNullException.ThrowIfNull(feil);
        return string.Create(CultureInfo.InvariantCulture, $"Satsene ble avvist ({feil.Count} feil):")
            + Environment.NewLine
            + string.Join(Environment.NewLine, feil.Select(f => f.ToString()));
    }
}
