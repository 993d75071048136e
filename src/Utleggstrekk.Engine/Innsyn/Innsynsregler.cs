using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Innsyn;

/// <summary>The innsyn rules with their legal sources (forskrift 2025-07-09-1510 § 4; ELAN "Innsyn i ett trekk").</summary>
/// <remarks>
/// <see cref="Regel.GyldigFra"/> is the date of the forskrift (2025-07-09); the seeds do not state a later
/// commencement date, so none is claimed.
/// </remarks>
public static class Innsynsregler
{
    private const string Forskrift = "forskrift 2025-07-09-1510 § 4";
    private static readonly LocalDate Fra = new(2025, 7, 9);

    /// <summary>Who may see a krav, and in which trekk.</summary>
    public static Regel Tilgang { get; } = new(
        "Innsyn.Tilgang",
        Forskrift + "; ELAN: Innsyn i ett trekk (forutsetninger)",
        Fra,
        "Innsyn gis bare i krav der den som spør er saksøker eller prosessfullmektig, og bare i et etablert trekk som ikke er avsluttet; ingen annen kreditor eller annet krav navngis.");

    /// <summary>Aggregate (a): the claims covered before the krav.</summary>
    public static Regel HoeyerePrioritet { get; } = new(
        "Innsyn.HoeyerePrioritet",
        Forskrift + " bokstav a; deknl. § 2-8",
        Fra,
        "Summen av gjenstående beløp og stipulerte renter for kravene som dekkes før kravet i trekkets dekningsrekkefølge (bedre artsprioritet, eller samme artsprioritet og dekket før), også renteandeler som dekkes i klasse f.");

    /// <summary>Aggregate (b): the other claims of the krav's class.</summary>
    public static Regel SammePrioritet { get; } = new(
        "Innsyn.SammePrioritet",
        Forskrift + " bokstav b; deknl. § 2-8 tredje ledd; Retningslinje pkt. 6.1",
        Fra,
        "Summen for de andre delene i kravets artsprioritet som ikke dekkes før kravet, lest av de samme delene som fordelingen bruker: hovedstol i sin klasse, renter på krav i artsprioritet a–d i klasse f (pkt. 6.1), i artsprioritet a hvert bidrag etter størrelse (løpende bidrag: det som forfaller denne perioden; bidragsgjeld: gjenstående). Kravets andel er den andelen fordelingen gir kravet av de første kronene artsprioriteten får etter at alle kravene i a er dekket, mens artsprioriteten ikke er dekket fullt: krav som deler forholdsmessig med hverandre (samme a), har andeler som er til sammen 100 %, og et krav som dekkes alene som det neste, får 100 %. To desimaler.");

    /// <summary>Aggregate (c): the løpende bidrag the trekk covers.</summary>
    public static Regel UforfalteBidrag { get; } = new(
        "Innsyn.UforfalteBidrag",
        Forskrift + " bokstav c",
        Fra,
        "Hvor mye av trekket som skal dekke uforfalte bidragskrav: summen av de besluttede løpende bidragene per måned.");

    /// <summary>Aggregate (d): the amounts received in the last month.</summary>
    public static Regel MottattSistePeriode { get; } = new(
        "Innsyn.MottattSistePeriode",
        Forskrift + " bokstav d",
        Fra,
        "Mottatte og plasserte trekkbeløp med dato fra og med én måned før innsynsdatoen til og med innsynsdatoen.");

    /// <summary>Aggregate (e): the decided trekk per trekkpliktig.</summary>
    public static Regel BesluttetTrekk { get; } = new(
        "Innsyn.BesluttetTrekk",
        Forskrift + " bokstav e",
        Fra,
        "Trekkpåleggene som gjelder på innsynsdatoen eller senere, per trekkpliktig, med periode og beløp eller prosent.");

    /// <summary>Stipulated interest to the innsyn date.</summary>
    public static Regel StipulertRente { get; } = new(
        "Innsyn.StipulertRente",
        "forsinkelsesrenteloven § 3; " + Forskrift + " bokstav a og b",
        Fra,
        "Stipulert rente: renten på gjenstående fra renteFra til innsynsdatoen (forsinkelsesrente eller avtalt sats), pluss påløpt rente oppgitt for kravet.");
}
