using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Framskriving;

/// <summary>The projection rules with their sources (SPEC §9).</summary>
public static class Framskrivingsregler
{
    private static readonly LocalDate Fra2023 = new(2023, 1, 1);

    /// <summary>The month's payment from the decided trekk.</summary>
    public static Regel MaanedensTrekk { get; } = new(
        "Framskriving.MaanedensTrekk",
        "deknl. § 2-7; tvangsl. § 7-21; SPEC § 9",
        Fra2023,
        "Månedens trekk er summen av trekkpåleggene som gjelder den første dagen i måneden (beløp, eller prosent av bruttoinntekten rundet ned til hele kroner); utenfor trekkpåleggenes perioder og etter trekkperiodens slutt trekkes ingenting.");

    /// <summary>Interest before principal within one claim.</summary>
    public static Regel RenterFoerHovedstol { get; } = new(
        "Framskriving.RenterFoerHovedstol",
        "alminnelig avregningsregel (renter dekkes før hovedstol); SPEC § 9 (tolkning, se docs/framskriving.md)",
        Fra2023,
        "Det et krav får av månedens trekk, dekker først påløpte renter og deretter hovedstolen; renter av krav i klasse a–d er en egen del i klasse f og dekkes der.");

    /// <summary>Interest accrues month by month on what remains of the principal.</summary>
    public static Regel Renteopptjening { get; } = new(
        "Framskriving.Renteopptjening",
        "forsinkelsesrenteloven § 3; SPEC § 5 og § 9",
        Fra2023,
        "Etter månedens fordeling løper enkel rente på gjenstående hovedstol til neste måned (forsinkelsesrente fra tabellen, videreført og merket antatt etter tabellens slutt, eller avtalt sats), avrundet én gang per måned.");

    /// <summary>A claim whose own trekkperiode has ended takes no part in the month's fordeling.</summary>
    public static Regel KravetsTrekkperiode { get; } = new(
        "Framskriving.KravetsTrekkperiode",
        "tvangsl. § 7-21; Retningslinje for utleggstrekk pkt. 7; SPEC § 7 og § 9",
        Fra2023,
        "Et krav er med i månedens fordeling bare når måneden begynner før kravets egen trekkperiode slutter; etter slutten får det ingenting av trekket (de andre kravene deler betalingen etter reglene), renten løper videre og det som står igjen, forblir ubetalt. Når ingen krav har trekkperiode igjen, trekkes ingenting.");
}
