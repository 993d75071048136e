using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Satser;

/// <summary>Why a rate table has no figure for a date.</summary>
public enum Satsmangel
{
    /// <summary>Not determined (the thrower only knew the table's last known day, and the date is not after it).</summary>
    Ukjent,

    /// <summary>The date is before the table's first period.</summary>
    FoerFoerstePeriode,

    /// <summary>The date falls in a gap between two periods of the table.</summary>
    Hull,

    /// <summary>The date is after the last day the table is known to be valid for.</summary>
    EtterSistKjenteDag,
}

/// <summary>
/// Thrown when a rate table has no figure for the date asked, and assumed (carried-forward) rates are not allowed.
/// No figure is invented: a gap stays a gap.
/// </summary>
public sealed class SatserManglerException : Felles.UtleggstrekkException
{
    /// <summary>Creates the exception when only the table's last known day is at hand.</summary>
    /// <param name="tabell">The table (<c>livsopphold</c>, <c>samvaer</c>, <c>trekkgrenser</c>, …).</param>
    /// <param name="dato">The date no figure is known for.</param>
    /// <param name="detalj">What was looked up, e.g. the category or parameter.</param>
    /// <param name="sistKjenteDag">The last day the table is known to be valid for, if any.</param>
    public SatserManglerException(string tabell, LocalDate dato, string detalj, LocalDate? sistKjenteDag)
        : this(tabell, dato, detalj, sistKjenteDag, null, sistKjenteDag is { } s && dato > s ? Satsmangel.EtterSistKjenteDag : Satsmangel.Ukjent, antattMulig: true)
    {
    }

    /// <summary>Creates the exception from the table's periods, telling a gap, a date before the first period and a date after the last known day apart.</summary>
    /// <param name="tabell">The table (<c>livsopphold</c>, <c>samvaer</c>, <c>trekkgrenser</c>, …).</param>
    /// <param name="dato">The date no figure is known for.</param>
    /// <param name="detalj">What was looked up, e.g. the category or parameter.</param>
    /// <param name="tidsserie">The periods of the table looked in.</param>
    /// <param name="antattMulig">Whether the caller could carry the last rate forward past the last known day
    /// (<c>Beregningsvalg.TillatAntatteSatser</c>); false for tables that are never assumed (trekkgrenser).</param>
    public SatserManglerException(string tabell, LocalDate dato, string detalj, Tidsserie tidsserie, bool antattMulig = true)
        : this(tabell, dato, detalj, Sist(tidsserie), Foerste(tidsserie), Art(dato, tidsserie), antattMulig)
    {
    }

    private SatserManglerException(string tabell, LocalDate dato, string detalj, LocalDate? sistKjenteDag, LocalDate? foersteDag, Satsmangel mangel, bool antattMulig)
        : this(tabell, dato, detalj, sistKjenteDag, mangel, Format(tabell, dato, detalj, sistKjenteDag, foersteDag, mangel, antattMulig))
    {
    }

    private SatserManglerException(string tabell, LocalDate dato, string detalj, LocalDate? sistKjenteDag, Satsmangel mangel, string melding)
        : base(melding, [new Felles.Valideringsfeil(tabell, Isodato.Tekst(dato), Feilkoder.SatserMangler, melding)])
    {
        Tabell = tabell;
        Dato = dato;
        Detalj = detalj;
        SistKjenteDag = sistKjenteDag;
        Mangel = mangel;
    }

    /// <summary>The table.</summary>
    public string Tabell { get; }

    /// <summary>The date asked for.</summary>
    public LocalDate Dato { get; }

    /// <summary>What was looked up.</summary>
    public string Detalj { get; }

    /// <summary>The last day the table is known to be valid for, if any.</summary>
    public LocalDate? SistKjenteDag { get; }

    /// <summary>Why there is no figure: before the first period, in a gap, or after the last known day.</summary>
    public Satsmangel Mangel { get; }

    private static LocalDate? Sist(Tidsserie tidsserie)
    {
        ArgumentNullException.ThrowIfNull(tidsserie);
        return tidsserie.SistKjenteDag;
    }

    private static LocalDate? Foerste(Tidsserie tidsserie) => tidsserie.Antall > 0 ? tidsserie.Fra(0) : null;

    private static Satsmangel Art(LocalDate dato, Tidsserie tidsserie)
    {
        if (tidsserie.Antall == 0 || dato < tidsserie.Fra(0))
        {
            return Satsmangel.FoerFoerstePeriode;
        }

        return tidsserie.SistKjenteDag is { } sist && dato > sist ? Satsmangel.EtterSistKjenteDag : Satsmangel.Hull;
    }

    /// <summary>The date as <c>uuuu-MM-dd</c>, nothing for null (as an interpolated null reads).</summary>
    private static string? Tekst(LocalDate? dato) => dato is { } d ? Isodato.Tekst(d) : null;

    private static string Format(string tabell, LocalDate dato, string detalj, LocalDate? sist, LocalDate? foerste, Satsmangel mangel, bool antattMulig)
    {
        var start = $"satser for {Isodato.Tekst(dato)} mangler: tabell '{tabell}' ({detalj})";
        return mangel switch
        {
            Satsmangel.FoerFoerstePeriode =>
                $"{start} begynner først {Tekst(foerste)}; datoen er før tabellens første periode. Antatte satser gjelder bare etter siste kjente dag, ikke før første periode.",
            Satsmangel.Hull =>
                $"{start} har et hull: ingen periode dekker datoen. Et hull fylles aldri med antatte satser; tabellen må suppleres.",
            Satsmangel.EtterSistKjenteDag when antattMulig =>
                $"{start} har ingen kjent sats for datoen; sist kjente dag er {Tekst(sist)}. Tillat antatte satser eksplisitt for å bruke siste sats videre (resultatet merkes 'antatt').",
            Satsmangel.EtterSistKjenteDag =>
                $"{start} har ingen kjent sats for datoen; sist kjente dag er {Tekst(sist)}, og denne tabellen føres aldri videre med antatte satser.",
            _ => $"{start} har ingen kjent sats for datoen.",
        };
    }
}
