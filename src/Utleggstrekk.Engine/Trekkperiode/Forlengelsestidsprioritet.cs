using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Does a trekk keep its tidsprioritet when it is extended (forlengelse)? Only a skattekrav, and only when a valid
/// tvangsl. § 4-19 varsel was sent before the period ran out and the size was assessed anew (sktbf. § 14-5-4 tredje
/// ledd); other trekk are laid down anew (deknl. § 2-8 tredje ledd). Source: Retningslinje pkt. 6.2, which applies
/// from 16 December 2020.
/// </summary>
internal static class Forlengelsestidsprioritet
{
    /// <summary>Tidsprioritet on forlengelse.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.TidsprioritetVedForlengelse",
        "sktbf. § 14-5-4 tredje ledd; tvangsl. § 4-19; Retningslinje pkt. 6.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Et løpende skattetrekk beholder opprinnelig tidsprioritet ved forlengelse når gyldig varsel etter § 4-19 ble "
        + "sendt før perioden løp ut og størrelsen er vurdert på nytt; andre trekk må legges ned på nytt.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Tidsprioritetsvar Beregn(
        Kravart art,
        LocalDate opprinnelig,
        LocalDate nyBeslutningsdato,
        bool varselSendtFoerUtloep,
        bool stoerrelseVurdertPaaNytt)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        if (SjekkDato(opprinnelig, "opprinnelig", feil) & SjekkDato(nyBeslutningsdato, "nyBeslutningsdato", feil)
            && nyBeslutningsdato < opprinnelig)
        {
            feil.Add(new Valideringsfeil(
                "nyBeslutningsdato",
                Dato(nyBeslutningsdato),
                Feilkoder.NyBeslutningFoerOpprinnelig,
                $"Ny beslutningsdato kan ikke være før opprinnelig tidsprioritet {Dato(opprinnelig)}."));
        }

        KastHvisFeil(feil);
        var kilde = Regel.Kilde;
        if (art != Kravart.SkattOgAvgift)
        {
            return new Tidsprioritetsvar(
                nyBeslutningsdato,
                Trekkperiodegrunn.NyTidsprioritetNyttTrekk,
                "deknl. § 2-8 tredje ledd; Retningslinje pkt. 6.2",
                $"For andre krav enn skatte- og avgiftskrav må trekket legges ned på nytt og får ny tidsprioritet "
                + $"{Dato(nyBeslutningsdato)}.");
        }

        if (varselSendtFoerUtloep && stoerrelseVurdertPaaNytt)
        {
            return new Tidsprioritetsvar(
                opprinnelig,
                Trekkperiodegrunn.SkattBeholderOpprinneligTidsprioritet,
                kilde,
                $"Varsel etter tvangsl. § 4-19 ble sendt før trekkperioden løp ut og trekkets størrelse er vurdert på "
                + $"nytt: trekket beholder opprinnelig tidsprioritet {Dato(opprinnelig)}.");
        }

        var mangler = (varselSendtFoerUtloep, stoerrelseVurdertPaaNytt) switch
        {
            (false, false) => "varsel etter tvangsl. § 4-19 før utløpet ble ikke sendt, og størrelsen ble ikke vurdert på nytt",
            (false, _) => "varsel etter tvangsl. § 4-19 ble ikke sendt før trekkperioden løp ut",
            _ => "trekkets størrelse ble ikke vurdert på nytt",
        };
        return new Tidsprioritetsvar(
            nyBeslutningsdato,
            Trekkperiodegrunn.SkattNyTidsprioritetVilkaarIkkeOppfylt,
            kilde,
            $"Vilkårene for å beholde opprinnelig tidsprioritet er ikke oppfylt ({mangler}); ny tidsprioritet "
            + $"{Dato(nyBeslutningsdato)}.");
    }
}
