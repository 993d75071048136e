using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// How long may a trekk for skattekrav run? Up to 5 years from the end of the income year, or of the year an
/// endringsvedtak was made (deknl. § 2-7 tredje ledd tredje punktum), read as an extension that never shortens the
/// main rule of 2 years; on forlengelse, 2 years from the new beslutningsdato. Source: Retningslinje pkt. 7.2, which
/// applies from 16 December 2020.
/// </summary>
internal static class Skattefrist
{
    private const int SkattAar = 5;

    /// <summary>Skattekrav: up to 5 years from the end of the income year or of the endringsvedtak year.</summary>
    internal static readonly Regel Skatt5Aar = new(
        "Trekkperiode.Skatt5Aar",
        "deknl. § 2-7 tredje ledd tredje punktum; Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "For skattekrav kan trekket løpe til fem år etter utgangen av inntektsåret, eller etter utgangen av "
        + "kalenderåret et endringsvedtak ble truffet; lest som en utvidelse av hovedregelen på to år.");

    /// <summary>Skattekrav whose 5-year limit would end no later than the main rule: the main rule applies.</summary>
    internal static readonly Regel SkattOrdinaer2AarLengst = new(
        "Trekkperiode.SkattOrdinaer2AarLengst",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd (tredje punktum lest som utvidelse); Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Skattefristen utvider og forkorter aldri hovedregelen på to år: når den ikke ville slutte senere, gjelder to "
        + "år fra beslutningsdatoen.");

    /// <summary>Forlengelse of a tax trekk: 2 years.</summary>
    internal static readonly Regel SkattForlengelse2Aar = new(
        "Trekkperiode.SkattForlengelse2Aar",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2 (forlengelse)",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Når et skattetrekk forlenges, gjelder toårsfristen, regnet fra den nye beslutningsdatoen.");

    /// <summary>The end of a tax trekk's period for <paramref name="f"/>, with its reason, rule and explanation.</summary>
    internal static (LocalDate? Til, string Grunn, Regel Regel, string Forklaring) Beregn(TrekkperiodeForespoersel f)
    {
        var b = f.Beslutningsdato;
        var toAar = b.PlusYears(LengsteTrekkperiode.OrdinaereAar);
        if (f.Forlengelse)
        {
            return (toAar, Trekkperiodegrunn.SkattForlengelse2Aar, SkattForlengelse2Aar,
                $"Ved forlengelse av trekket gjelder toårsfristen, regnet fra beslutningsdatoen {Dato(b)}.");
        }

        var vedEndring = f.Endringsvedtakaar is not null;
        var aar = f.Endringsvedtakaar ?? f.Inntektsaar!.Value;
        var fristStart = new LocalDate(aar + 1, 1, 1);
        var skattTil = fristStart.PlusYears(SkattAar);
        var hva = vedEndring
            ? $"utgangen av kalenderåret {Tall(aar)} da endringsvedtaket ble truffet"
            : $"utgangen av inntektsåret {Tall(aar)}";
        if (skattTil > toAar)
        {
            return (skattTil,
                vedEndring ? Trekkperiodegrunn.Skatt5AarFraEndringsvedtak : Trekkperiodegrunn.Skatt5AarFraInntektsaar,
                Skatt5Aar,
                $"For skattekrav regnes femårsfristen fra {hva}: fra {Dato(fristStart)}, siste dag "
                + $"{Dato(skattTil.PlusDays(-1))}.");
        }

        return (toAar, Trekkperiodegrunn.SkattOrdinaer2AarLengst, SkattOrdinaer2AarLengst,
            $"Femårsfristen for skattekrav regnet fra {hva} (siste dag {Dato(skattTil.PlusDays(-1))}) ville gitt en "
            + $"kortere periode enn hovedregelen; skattefristen er en utvidelse, så toårsfristen fra beslutningsdatoen "
            + $"{Dato(b)} gjelder.");
    }
}
