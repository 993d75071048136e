using NodaTime;

namespace Utleggstrekk.Engine.Satser;

/// <summary>
/// Thrown when a rate table has no figure for the date asked, and assumed (carried-forward) rates are not allowed.
/// No figure is invented: a gap stays a gap.
/// </summary>
public sealed class SatserManglerException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tabell">The table (<c>livsopphold</c>, <c>samvaer</c>, <c>trekkgrenser</c>, …).</param>
    /// <param name="dato">The date no figure is known for.</param>
    /// <param name="detalj">What was looked up, e.g. the category or parameter.</param>
    /// <param name="sistKjenteDag">The last day the table is known to be valid for, if any.</param>
    public SatserManglerException(string tabell, LocalDate dato, string detalj, LocalDate? sistKjenteDag)
        : base(Format(tabell, dato, detalj, sistKjenteDag))
    {
        Tabell = tabell;
        Dato = dato;
        Detalj = detalj;
        SistKjenteDag = sistKjenteDag;
    }

    /// <summary>The table.</summary>
    public string Tabell { get; }

    /// <summary>The date asked for.</summary>
    public LocalDate Dato { get; }

    /// <summary>What was looked up.</summary>
    public string Detalj { get; }

    /// <summary>The last day the table is known to be valid for, if any.</summary>
    public LocalDate? SistKjenteDag { get; }

    private static string Format(string tabell, LocalDate dato, string detalj, LocalDate? sist) =>
        $"satser for {dato:uuuu-MM-dd} mangler: tabell '{tabell}' ({detalj}) har ingen kjent sats for datoen"
        + (sist is { } s ? $"; sist kjente dag er {s:uuuu-MM-dd}. Tillat antatte satser eksplisitt for å bruke siste sats videre (resultatet merkes 'antatt')." : ".");
}
