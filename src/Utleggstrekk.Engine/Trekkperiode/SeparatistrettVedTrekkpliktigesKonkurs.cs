using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// Do amounts already withheld stay outside the trekkpliktiges (employer's) konkursbo? For skatte- and bidragskrav when
/// they were in fact kept apart (sktbl. § 14-5 annet og tredje ledd; bidragsinnkrevingsloven § 18 annet ledd); for
/// other claims there is no such rule (tvangsl. § 7-22). Source: Retningslinje pkt. 8.5.1, which applies from
/// 16 December 2020.
/// </summary>
internal static class SeparatistrettVedTrekkpliktigesKonkurs
{
    /// <summary>The trekkpliktiges konkurs: withheld amounts and separatistrett.</summary>
    internal static readonly Regel Regel = new(
        "Trekkperiode.TrekkpliktigesKonkurs",
        "sktbl. § 14-5 annet og tredje ledd; bidragsinnkrevingsloven § 18 annet ledd; tvangsl. § 7-22; "
        + "Retningslinje pkt. 8.5.1",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Trukne beløp for skatte- og bidragskrav holdes utenfor trekkpliktiges konkursbo når de faktisk er holdt "
        + "adskilt; for andre krav er det ingen plikt til å holde dem adskilt og derfor ingen separatistrett.");

    /// <summary>The answer; see <see cref="Trekkperiodeberegner"/> for the parameters.</summary>
    internal static Separatistrettsvar Beregn(Kravart art, bool holdtAdskilt)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        KastHvisFeil(feil);
        if (art is not (Kravart.SkattOgAvgift or Kravart.Bidrag))
        {
            return new Separatistrettsvar(
                false,
                Trekkperiodegrunn.TrekkpliktigKonkursIngenSaerregel,
                "tvangsl. § 7-22; Retningslinje pkt. 8.5.1",
                "For dette kravet gjelder ingen særbestemmelse, og tvangsl. § 7-22 gir ingen plikt til å holde trukket "
                + "beløp adskilt, så vilkåret for separatistrett er ikke oppfylt.");
        }

        var skatt = art == Kravart.SkattOgAvgift;
        var kilde = skatt
            ? "sktbl. § 14-5 annet og tredje ledd; Retningslinje pkt. 8.5.1"
            : "bidragsinnkrevingsloven § 18 annet ledd; Retningslinje pkt. 8.5.1";
        if (!holdtAdskilt)
        {
            return new Separatistrettsvar(
                false,
                Trekkperiodegrunn.TrekkpliktigKonkursIkkeHoldtAdskilt,
                kilde,
                "Trukket beløp er ikke holdt adskilt fra trekkpliktiges egne midler, så det foreligger ikke "
                + "separatistrett.");
        }

        return new Separatistrettsvar(
            true,
            skatt
                ? Trekkperiodegrunn.TrekkpliktigKonkursSkattSeparatistrett
                : Trekkperiodegrunn.TrekkpliktigKonkursBidragSeparatistrett,
            kilde,
            "Trukket beløp går ikke inn i trekkpliktiges konkursbo når det rent faktisk er holdt adskilt.");
    }
}
