using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// When is the claim time-barred after an utleggstrekk? No limitation runs while the trekk runs, and a new 10-year
/// period runs from the day the trekkpliktige was notified (fl. § 21 nr. 1 og nr. 3; fl. § 29 nr. 1). Source:
/// Retningslinje pkt. 9, which applies from 16 December 2020.
/// </summary>
internal static class ForeldelseEtterTrekk
{
    private const int ForeldelseAar = 10;

    /// <summary>The last notification date whose ten-year period, and the day after it, are still dates: 9989-12-30.</summary>
    private static readonly LocalDate SisteUnderretningsdato = Datogrense.Siste.PlusDays(-1).PlusYears(-ForeldelseAar);

    /// <summary>Foreldelse: new 10-year period from the notification of the trekkpliktige.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.Foreldelse",
        "fl. § 21 nr. 1 og nr. 3; fl. § 29 nr. 1; Innst. O. nr. 128 (1992-1993) pkt. 16; tvangsl. § 7-21; "
        + "Retningslinje pkt. 9",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Ingen foreldelse løper mens trekket løper; en ny tiårsfrist løper fra dagen trekkpliktige ble underrettet "
        + "om trekket.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Foreldelsessvar Beregn(LocalDate underretningsdato)
    {
        // Ten years on, and the day after the last, must still be dates (NodaTime ends at 9999-12-31): a tighter bound
        // than HoeyesteAar, which allows for the other rules' shorter periods only.
        if (!Datogrense.ErGyldig(underretningsdato) || underretningsdato > SisteUnderretningsdato)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                "underretningsdato",
                Dato(underretningsdato),
                Datogrense.UgyldigDato,
                $"Datoen må ligge mellom 0001-01-01 og {Dato(SisteUnderretningsdato)}, så den nye fristen på ti år ender innenfor år 9999."));
        }

        var sisteDag = underretningsdato.PlusYears(ForeldelseAar);
        return new Foreldelsessvar(
            underretningsdato,
            sisteDag,
            sisteDag.PlusDays(1),
            Trekkperiodegrunn.ForeldelseNy10AarsFrist,
            Regel.Kilde,
            $"Kravet foreldes ikke mens trekket løper. Ny frist på ti år regnes fra {Dato(underretningsdato)}, da den "
            + $"trekkpliktige ble underrettet, og løper ut ved utgangen av {Dato(sisteDag)} (fl. § 29 nr. 1; "
            + "forlengelse til neste virkedag etter nr. 2 er ikke med).");
    }
}
