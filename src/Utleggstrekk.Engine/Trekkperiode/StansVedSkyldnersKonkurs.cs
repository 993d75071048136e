using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Does a running trekk yield when the debtor is bankrupt? Yes, from the konkursbo's beslag in the wage (deknl. § 2-11;
/// LH-2012-83190), except for bidrag (bidragsinnkrevingsloven § 18 første ledd). Source: Retningslinje pkt. 8.5.2,
/// which applies from 16 December 2020.
/// </summary>
internal static class StansVedSkyldnersKonkurs
{
    /// <summary>The debtor's konkurs: the trekk yields to the bo's beslag, except for bidrag.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.SkyldnersKonkurs",
        "deknl. § 2-11; bidragsinnkrevingsloven § 18 første ledd; LH-2012-83190; Retningslinje pkt. 8.5.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Når konkursboet tar beslag i lønnen ved rettens beslutning etter deknl. § 2-11, viker et løpende trekk, "
        + "unntatt trekk for bidrag; uten beslag fortsetter trekket.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Stanssvar Beregn(Kravart art, LocalDate? beslagsdato)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        if (beslagsdato is { } dato)
        {
            Datogrense.Sjekk(dato, "beslagsdato", feil);
        }

        KastHvisFeil(feil);
        var kilde = Regel.Kilde;
        if (beslagsdato is not { } beslag)
        {
            return Loeper(
                Trekkperiodegrunn.KonkursUtenBeslagFortsetter,
                "LH-2012-83190; Retningslinje pkt. 8.5.2",
                "Boet har ikke tatt beslag i lønnsmidlene etter deknl. § 2-11; utleggstrekket kan fortsette å løpe under "
                + "konkursen.");
        }

        if (art == Kravart.Bidrag)
        {
            return Loeper(
                Trekkperiodegrunn.KonkursBidragFortsetter,
                "bidragsinnkrevingsloven § 18 første ledd; Retningslinje pkt. 8.5.2",
                "Utleggstrekk for bidragskrav viker ikke for boets beslag; trekket fortsetter.");
        }

        return new Stanssvar(
            true,
            beslag,
            null,
            null,
            Trekkperiodegrunn.KonkursVikerForBoetsBeslag,
            kilde,
            $"Boet har fått beslag i lønnsmidlene etter deknl. § 2-11 fra {Dato(beslag)}; løpende utleggstrekk må vike "
            + $"for boets rett.");
    }
}
