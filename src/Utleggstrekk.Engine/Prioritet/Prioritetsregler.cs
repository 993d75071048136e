using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>The distribution rules with their legal sources.</summary>
/// <remarks>
/// Dates: the rules of deknl. § 2-8 are given from 1 January 2023, the date the current list a–f (with letter c) came
/// into force (Retningslinje pkt. 6.1). The coordinated trekk is given from 1 January 2026, the start of the transition
/// to the new innkrevingslov stated in the ELAN documentation.
/// </remarks>
public static class Prioritetsregler
{
    private static readonly LocalDate Fra2023 = new(2023, 1, 1);
    private static readonly LocalDate Fra2026 = new(2026, 1, 1);

    /// <summary>Class order a before b … before f.</summary>
    public static Regel Artsprioritet { get; } = new(
        "Prioritet.Artsprioritet",
        "deknl. § 2-8 første ledd; Retningslinje pkt. 6.1",
        Fra2023,
        "Krav med bedre artsprioritet (a foran b … foran f) dekkes fullt før krav med dårligere artsprioritet får noe.");

    /// <summary>Within a class, the earliest pålegg is covered in full first.</summary>
    public static Regel Tidsprioritet { get; } = new(
        "Prioritet.Tidsprioritet",
        "deknl. § 2-8 tredje ledd; Retningslinje pkt. 6.2",
        Fra2023,
        "Ved lik artsprioritet dekkes kravet det først ble gitt pålegg om fullt før senere krav; i samme sak og dato går lavere prioritetISak først, og krav med samme prioritetISak deler forholdsmessig etter behov (ingen referanse avgjør rekkefølgen).");

    /// <summary>Same class, same tidsprioritet, several cases: shared pro rata by need (no "first" on one day).</summary>
    public static Regel SammeDag { get; } = new(
        "Prioritet.SammeDag",
        "deknl. § 2-8 tredje ledd; Retningslinje pkt. 6.2",
        Fra2023,
        "Samme dag, delt forholdsmessig: krav i ulike saker med samme artsprioritet og samme tidsprioritet har lik prioritet og deles forholdsmessig etter behov; hver sak dekker sine krav i rekkefølgen etter prioritetISak. Saksreferansen avgjør ingenting.");

    /// <summary>Accrued interest on a class a–d claim is its own part in class f, keeping the claim's time priority.</summary>
    public static Regel RenterIKlasseF { get; } = new(
        "Prioritet.RenterIKlasseF",
        "Retningslinje pkt. 6.1 og 6.2",
        Fra2023,
        "Renter og gebyr følger hovedstolens artsprioritet bare for skatt og offentlige avgifter (e); påløpte renter på krav i artsprioritet a–d dekkes i artsprioritet f, med kravets tidsprioritet (pkt. 6.2). Saksomkostninger prioriteres aldri.");

    /// <summary>Class a claims share pro rata by the size of each bidrag.</summary>
    public static Regel ForholdsmessigBidrag { get; } = new(
        "Prioritet.ForholdsmessigBidrag",
        "deknl. § 2-8 tredje ledd siste punktum; Retningslinje pkt. 6.2",
        Fra2023,
        "Krav etter bokstav a deles forholdsmessig etter størrelsen av de enkelte bidrag (løpende bidrag: beløpet som forfaller; bidragsgjeld: gjenstående).");

    /// <summary>The coordinated trekk (modelled).</summary>
    public static Regel Samordnet { get; } = new(
        "Prioritet.Samordnet",
        "modellert etter ELAN-dokumentasjonen for innsyn i ett trekk (forskrift 2025-07-09-1510 § 4 bokstav b)",
        Fra2026,
        "Innen artsprioritet b–f dekkes krav med bevart tidsprioritet først i datoorden; resten deles forholdsmessig etter dividendegrunnlag (gjenstående pluss påløpte renter). Artsprioritet a deles alltid etter bidragenes størrelse.");

    /// <summary>Largest-remainder rounding of pro-rata shares.</summary>
    public static Regel StoersteRest { get; } = new(
        "Prioritet.StoersteRest",
        "Beregningskonvensjon i Utleggstrekk.Engine (kildene sier ikke hvordan øre fordeles ved forholdsmessig deling)",
        Fra2023,
        "Forholdsmessige andeler rundes ned til øre; de øre som gjenstår gis til de største restene (lik rest: tidligste tidsprioritet, så laveste kravreferanse; en sak regnes med sin laveste kravreferanse). Bare dette ene øret kan avhenge av referansene.");

    /// <summary>Money left when every claim is covered.</summary>
    public static Regel Overskudd { get; } = new(
        "Prioritet.Overskudd",
        "Beregningskonvensjon i Utleggstrekk.Engine (et beløp som overstiger kravene, rapporteres og fordeles ikke)",
        Fra2023,
        "Det som er igjen når alle krav er dekket, rapporteres som overskudd og forsvinner aldri.");
}
