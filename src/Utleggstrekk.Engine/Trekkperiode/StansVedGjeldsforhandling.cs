using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Does the trekk stop when gjeldsforhandling is opened? For 4 months from the opening (gol. § 3-4 femte ledd), except
/// for claims from a criminal act and bidrag (gol. § 4-8 første ledd bokstav d og h). Source: Retningslinje pkt. 8.6,
/// which applies from 16 December 2020.
/// </summary>
internal static class StansVedGjeldsforhandling
{
    private const int StansMaanederGjeldsforhandling = 4;

    /// <summary>Gjeldsforhandling opened: the trekk stops for 4 months, with exceptions.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.Gjeldsforhandling",
        "gol. § 3-4 femte ledd; gol. § 4-8 første ledd bokstav d og h; Retningslinje pkt. 8.6",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Når gjeldsforhandling åpnes, opphører utleggstrekk i fire måneder fra åpningen, unntatt for krav som grunner "
        + "på en straffbar handling (ikke inndragning og saksomkostninger i straffesaker) og for bidrag.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Stanssvar Beregn(LocalDate aapningsdato, Kravart art)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        SjekkDato(aapningsdato, "aapningsdato", feil);

        KastHvisFeil(feil);
        var kilde = Regel.Kilde;
        switch (art)
        {
            case Kravart.Bidrag:
                return Loeper(
                    Trekkperiodegrunn.GjeldsforhandlingUnntakBidrag,
                    kilde,
                    "Opphøret gjelder ikke bidragsforpliktelser etter ekteskapslovgivningen eller barneloven; trekket "
                    + "fortsetter.");
            case Kravart.ErstatningStraffbarHandling:
            case Kravart.Bot:
                return Loeper(
                    Trekkperiodegrunn.GjeldsforhandlingUnntakStraffbarHandling,
                    kilde,
                    "Opphøret gjelder ikke krav som grunner på en straffbar handling (bøter, erstatning); trekket "
                    + "fortsetter.");
            case Kravart.Voldserstatningsregress:
                return Loeper(
                    Trekkperiodegrunn.GjeldsforhandlingUnntakVoldserstatningsregress,
                    kilde + "; voldserstatningsloven § 11 (tolkning)",
                    "Statens regresskrav etter voldserstatningsloven § 11 grunner på en straffbar handling og er etter "
                    + "vår tolkning unntatt; trekket fortsetter.");
            default:
                break;
        }

        // Counted like a statutory period in months (domstolloven § 148; fl. § 29 nr. 1, as for foreldelse): it expires on
        // the day of the 4th month after with the opening day's number, or that month's last day when it has no such day
        // (NodaTime's PlusMonths clamps to the month's end). That day is still a stop day, so the stop never ends early.
        var sisteDag = aapningsdato.PlusMonths(StansMaanederGjeldsforhandling);
        var til = sisteDag.PlusDays(1);
        var straffesak = art is Kravart.InndragningStraffesak or Kravart.SaksomkostningerStraffesak;
        return new Stanssvar(
            true,
            aapningsdato,
            til,
            sisteDag,
            straffesak
                ? Trekkperiodegrunn.GjeldsforhandlingStansInndragningSaksomkostninger
                : Trekkperiodegrunn.GjeldsforhandlingStans4Maaneder,
            kilde,
            (straffesak
                ? "Inndragningskrav og saksomkostninger i straffesaker er ikke unntatt. "
                : string.Empty)
            + $"Utleggstrekket opphører ved åpning av gjeldsforhandling {Dato(aapningsdato)}, i første omgang i fire "
            + $"måneder (siste dag {Dato(sisteDag)}, fristberegning som domstolloven § 148).");
    }
}
