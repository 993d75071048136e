using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Renter;

/// <summary>The interest rules with their legal sources.</summary>
/// <remarks>
/// The rules are older than the dates given; <see cref="Regel.GyldigFra"/> is the first day covered by the sourced
/// forsinkelsesrente table (<c>satser/forsinkelsesrente.csv</c> starts 2010-01-01), which is the earliest day this
/// engine can compute for. No older date is claimed without a source.
/// </remarks>
public static class Renteregler
{
    private static readonly LocalDate Tabellstart = new(2010, 1, 1);

    /// <summary>Forsinkelsesrente: the rate in force on each day, from the half-yearly table.</summary>
    public static Regel Forsinkelsesrente { get; } = new(
        "Renter.Forsinkelsesrente",
        "forsinkelsesrenteloven § 3 første ledd; satser/forsinkelsesrente.csv",
        Tabellstart,
        "Forsinkelsesrente etter den satsen som gjelder for hver dag (satsen fastsettes for hvert halvår, 1. januar og 1. juli).");

    /// <summary>An agreed rate (<c>avtaltRentesats</c>) used instead of the forsinkelsesrente.</summary>
    public static Regel AvtaltRente { get; } = new(
        "Renter.AvtaltRente",
        "avtaltRentesats i kravet (ELAN-dokumentasjonen)",
        Tabellstart,
        "Avtalt rentesats brukes i stedet for forsinkelsesrenten, med samme dagberegning.");

    /// <summary>Simple interest, day by day, each day carrying rate / days in its calendar year.</summary>
    public static Regel Dagberegning { get; } = new(
        "Renter.Dagberegning",
        "forsinkelsesrenteloven § 3 første ledd (rente per år, regnet for de dagene forsinkelsen varer)",
        Tabellstart,
        "Enkel rente (aldri rente av rente): hver dag i [fra, til) gir sats / antall dager i kalenderåret (365 eller 366).");

    /// <summary>One rounding at the end, to øre, half away from zero.</summary>
    public static Regel Avrunding { get; } = new(
        "Renter.Avrunding",
        "Beregningskonvensjon i Utleggstrekk.Engine (kildene sier ikke hvordan renten avrundes)",
        Tabellstart,
        "Renten summeres eksakt over alle delperioder og avrundes én gang til hele øre, halvt bort fra null.");
}
