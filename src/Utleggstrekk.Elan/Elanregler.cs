using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Elan;

/// <summary>The rules the importer applies beyond ELAN's code table, each with its legal source.</summary>
public static class Elanregler
{
    private static readonly LocalDate Fra2023 = new(2023, 1, 1);

    /// <summary>The document's class letter is read with the chosen letter list and mapped to today's six letters.</summary>
    public static Regel Bokstaver { get; } = new(
        "Elan.Bokstaver",
        "deknl. § 2-8 første ledd (seks bokstaver fra 1.1.2023, fem før)",
        Fra2023,
        "prioritetDekningsloven leses med valgt bokstavliste (foer2023: a, b, c bøter, d skatt, e andre krav; 2023: a–f) og oversettes eksplisitt til dagens bokstaver.");

    /// <summary>A krav without prioritetDekningsloven is an ordinary claim, class f.</summary>
    public static Regel UtenArtsprioritet { get; } = new(
        "Elan.UtenArtsprioritet",
        "deknl. § 2-8 første ledd bokstav f; Retningslinje for utleggstrekk pkt. 6.1 (f)",
        Fra2023,
        "Krav som ikke er prioritert etter bokstavene a til e, er andre krav (bokstav f).");

    /// <summary>Renter and gebyr follow a tax principal's class (e), otherwise class f.</summary>
    public static Regel RenterOgGebyr { get; } = new(
        "Elan.RenterOgGebyr",
        "Retningslinje for utleggstrekk pkt. 6.1 (Skattedirektoratets uttalelse 5. mars 2018)",
        Fra2023,
        "Renter og gebyr på skatte- og avgiftskrav har hovedstolens prioritet (e); renter og gebyr på andre krav har ikke hovedstolens prioritet og er andre krav (f).");

    /// <summary>Costs are never prioritised.</summary>
    public static Regel Kostnader { get; } = new(
        "Elan.Kostnader",
        "Retningslinje for utleggstrekk pkt. 6.1 (f), jf. Ot.prp. nr. 65 (1990-91) s. 353",
        Fra2023,
        "Saksomkostninger er ikke prioritert, uansett hovedkravets prioritet: de er andre krav (f).");

    /// <summary>Interest keeps the principal's time priority.</summary>
    public static Regel RenterTidsprioritet { get; } = new(
        "Elan.RenterTidsprioritet",
        "Retningslinje for utleggstrekk pkt. 6.2; skattebetalingsforskriften § 14-5-4 annet ledd",
        Fra2023,
        "Rentekrav beholder hovedstolens tidsprioritet.");

    /// <summary>The tidsprioritet is the date the trekk is laid down; before that the document's date stands in.</summary>
    public static Regel Tidsprioritet { get; } = new(
        "Elan.Tidsprioritet",
        "deknl. § 2-8 tredje ledd",
        Fra2023,
        "Tidsprioriteten er datoen pålegget om trekk ble gitt. Før trekket er nedlagt brukes begjæringsdatoen (beslutningsdatoen) med mindre en annen dato oppgis.");

    /// <summary>Claimed interest is checked against the engine's interest for the same period and basis.</summary>
    public static Regel Rentekontroll { get; } = new(
        "Elan.Rentekontroll",
        "forsinkelsesrenteloven § 3; ELAN: ettergå krevde rentekrav",
        Fra2023,
        "Krevd rente sammenlignes med renten beregnet for rentePeriode [startdato, sluttdato) av renteGrunnlag, redusert med innbetalinger på det relaterte kravet fra innbetalingsdagen.");
}
