using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using static Utleggstrekk.Engine.Trekkperiode.Trekkperiodefelles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// How long may the trekk run? At most 2 years from the beslutningsdato (tvangsl. § 7-21; deknl. § 2-7 tredje ledd),
/// 5 years for bøter, no limit for bidrag, and for skattekrav the longer of 2 years and the 5-year tax deadline
/// (<see cref="Skattefrist"/>); a trekk laid down to start later gets only the rest of the period (LG-2019-124144;
/// LG-2022-173461). Source: Retningslinje pkt. 7.2, which applies from 16 December 2020 (the statutes are older).
/// </summary>
internal static class LengsteTrekkperiode
{
    /// <summary>Years of the main rule (also the tax rule's floor and the forlengelse period).</summary>
    internal const int OrdinaereAar = 2;

    private const int BotAar = 5;

    /// <summary>Main rule: at most 2 years from the beslutningsdato.</summary>
    internal static readonly Regel Ordinaer2Aar = new(
        "Trekkperiode.Ordinaer2Aar",
        "tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Trekkperioden kan ikke overstige to år regnet fra dagen trekket ble besluttet.");

    /// <summary>Bøter: at most 5 years.</summary>
    internal static readonly Regel Bot5Aar = new(
        "Trekkperiode.Bot5Aar",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "For bøter kan trekkperioden være inntil fem år fra beslutningsdatoen.");

    /// <summary>Bidrag: no maximum.</summary>
    internal static readonly Regel BidragIngenGrense = new(
        "Trekkperiode.BidragIngenGrense",
        "deknl. § 2-7 tredje ledd, jf. tvangsl. § 7-21; Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "For bidrag gjelder det ingen maksimal trekkperiode.");

    /// <summary>A trekk laid down to start when another ends gets only the rest of the period.</summary>
    internal static readonly Regel StartSenere = new(
        "Trekkperiode.StartSenere",
        "LG-2019-124144; LG-2022-173461; Retningslinje pkt. 7.2",
        Trekkperiodefelles.RetningslinjeGyldigFra,
        "Et trekk kan legges ned med virkning fra en senere dag, men bare for resten av perioden regnet fra "
        + "beslutningsdatoen.");

    /// <summary>The period for the question <paramref name="f"/> (see <see cref="Trekkperiodeberegner.Beregn"/>).</summary>
    internal static Trekkperiodesvar Beregn(TrekkperiodeForespoersel f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Valider(f);

        var b = f.Beslutningsdato;
        var (til, grunn, regel, forklaring) = FraBeslutningsdatoen(f);
        return f.Start is not { } start || start == b
            ? Svar(b, til, grunn, regel.Kilde, forklaring)
            : MedSenereStart(b, start, til, grunn, regel, forklaring, f.Kategori);
    }

    /// <summary>The period counted from the beslutningsdato, by the claim's category.</summary>
    private static (LocalDate? Til, string Grunn, Regel Regel, string Forklaring) FraBeslutningsdatoen(TrekkperiodeForespoersel f)
    {
        var b = f.Beslutningsdato;
        LocalDate? til;
        string grunn;
        Regel regel;
        string forklaring;
        switch (f.Kategori)
        {
            case Kravkategori.Ordinaer:
                til = b.PlusYears(OrdinaereAar);
                grunn = Trekkperiodegrunn.Ordinaer2Aar;
                regel = Ordinaer2Aar;
                forklaring = $"Trekkperioden kan ikke overstige to år regnet fra beslutningsdatoen {Dato(b)}.";
                break;
            case Kravkategori.Bot:
                til = b.PlusYears(BotAar);
                grunn = Trekkperiodegrunn.Bot5Aar;
                regel = Bot5Aar;
                forklaring = $"For bøter er maksgrensen fem år regnet fra beslutningsdatoen {Dato(b)}.";
                break;
            case Kravkategori.Bidrag:
                til = null;
                grunn = Trekkperiodegrunn.BidragIngenGrense;
                regel = BidragIngenGrense;
                forklaring = "For bidragskrav gjelder det ingen maksgrense.";
                break;
            default:
                return Skattefrist.Beregn(f);
        }

        return (til, grunn, regel, forklaring);
    }

    /// <summary>
    /// A trekk laid down to start after the beslutningsdato gets only the rest of the period counted from it
    /// (LG-2019-124144; LG-2022-173461); none is left when it would start on or after the period's end.
    /// </summary>
    private static Trekkperiodesvar MedSenereStart(
        LocalDate b, LocalDate start, LocalDate? til, string grunn, Regel regel, string forklaring, Kravkategori kategori)
    {
        if (til is { } slutt && start >= slutt)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                "start",
                Dato(start),
                Feilkoder.StartEtterTrekkperiodensSlutt,
                $"Trekket kan ikke starte {Dato(start)}: trekkperioden regnet fra beslutningsdatoen {Dato(b)} er ute "
                + $"(siste dag {Dato(slutt.PlusDays(-1))}), så det gjenstår ingen periode "
                + "(LG-2019-124144; LG-2022-173461; Retningslinje pkt. 7.2)."));
        }

        if (kategori == Kravkategori.Bidrag)
        {
            return Svar(
                start,
                null,
                grunn,
                regel.Kilde,
                $"{forklaring} Trekket starter {Dato(start)}.");
        }

        var startGrunn = grunn switch
        {
            Trekkperiodegrunn.Bot5Aar => Trekkperiodegrunn.StartSenereRestAv5Aar,
            Trekkperiodegrunn.Skatt5AarFraInntektsaar or Trekkperiodegrunn.Skatt5AarFraEndringsvedtak =>
                Trekkperiodegrunn.StartSenereRestAvSkattefrist,
            _ => Trekkperiodegrunn.StartSenereRestAv2Aar,
        };
        return Svar(
            start,
            til,
            startGrunn,
            regel.Kilde + "; " + StartSenere.Kilde,
            $"{forklaring} Trekket er lagt ned med virkning fra {Dato(start)} og får bare resten av perioden ({grunn}).");
    }

    /// <summary>Every input rule <paramref name="f"/> breaks, thrown at once.</summary>
    private static void Valider(TrekkperiodeForespoersel f)
    {
        var feil = new List<Valideringsfeil>();
        var b = f.Beslutningsdato;
        if (!Enum.IsDefined(f.Kategori))
        {
            feil.Add(new Valideringsfeil(
                "kategori",
                ((int)f.Kategori).ToString(CultureInfo.InvariantCulture),
                Feilkoder.UkjentKategori,
                "Ukjent kravkategori; gyldige verdier er Ordinaer, Bot, Skatt og Bidrag."));
        }

        var bGyldig = SjekkDato(b, "beslutningsdato", feil);

        ValiderAarene(f, feil);

        if (f.Start is { } start && SjekkDato(start, "start", feil) && bGyldig && start < b)
        {
            feil.Add(new Valideringsfeil(
                "start",
                Dato(start),
                Feilkoder.StartFoerBeslutningsdato,
                $"Trekket kan ikke starte før beslutningsdatoen {Dato(b)}."));
        }

        KastHvisFeil(feil);
    }

    /// <summary>
    /// The years of a tax claim (deknl. § 2-7 tredje ledd tredje punktum): only for skattekrav, required unless the
    /// trekk is extended, not after the beslutningsdato's year, an endringsvedtak after its income year.
    /// </summary>
    private static void ValiderAarene(TrekkperiodeForespoersel f, List<Valideringsfeil> feil)
    {
        var b = f.Beslutningsdato;
        var skatt = f.Kategori == Kravkategori.Skatt;
        if (!skatt)
        {
            KunForSkatt(f.Inntektsaar, "inntektsaar", feil);
            KunForSkatt(f.Endringsvedtakaar, "endringsvedtakaar", feil);
            if (f.Forlengelse)
            {
                feil.Add(new Valideringsfeil(
                    "forlengelse",
                    "true",
                    Feilkoder.ForlengelseKunSkatt,
                    "Forlengelse med egen frist gjelder bare skattekrav; for andre krav må trekket legges ned på nytt "
                    + "(beregn det som et nytt trekk) (Retningslinje pkt. 6.2 og 7.2)."));
            }
        }
        else if (!f.Forlengelse && f.Inntektsaar is null && f.Endringsvedtakaar is null)
        {
            feil.Add(new Valideringsfeil(
                "inntektsaar",
                null,
                Feilkoder.Paakrevd,
                "For skattekrav må inntektsåret (eller året for endringsvedtaket) oppgis; fristen regnes fra "
                + "utgangen av det (deknl. § 2-7 tredje ledd tredje punktum)."));
        }

        if (skatt)
        {
            AarFoerBeslutning(f.Inntektsaar, "inntektsaar", Feilkoder.InntektsaarEtterBeslutning, "Inntektsåret", b, feil);
            AarFoerBeslutning(
                f.Endringsvedtakaar, "endringsvedtakaar", Feilkoder.EndringsvedtakaarEtterBeslutning, "Året for endringsvedtaket", b, feil);
            if (f.Inntektsaar is { } i && f.Endringsvedtakaar is { } e && i >= 1 && e >= 1 && e <= i)
            {
                feil.Add(new Valideringsfeil(
                    "endringsvedtakaar",
                    Tall(e),
                    Feilkoder.EndringsvedtakFoerInntektsaar,
                    $"Et endringsvedtak for inntektsåret {Tall(i)} treffes tidligst året etter inntektsåret."));
            }
        }
    }

    /// <summary>Records <c>KUN_FOR_SKATT</c> when a tax-only year is given for another category.</summary>
    private static void KunForSkatt(int? aar, string felt, List<Valideringsfeil> feil)
    {
        if (aar is { } a)
        {
            feil.Add(new Valideringsfeil(
                felt,
                Tall(a),
                Feilkoder.KunForSkatt,
                "Feltet gjelder bare kategori Skatt (deknl. § 2-7 tredje ledd tredje punktum)."));
        }
    }

    /// <summary>Records a year before year 1 or after the beslutningsdato's year.</summary>
    private static void AarFoerBeslutning(
        int? aar, string felt, string regel, string navn, LocalDate beslutning, List<Valideringsfeil> feil)
    {
        if (aar is not { } a)
        {
            return;
        }

        if (a < 1)
        {
            feil.Add(new Valideringsfeil(felt, Tall(a), Feilkoder.UgyldigAar, $"{navn} må være et år etter år 0."));
        }
        else if (a > beslutning.Year)
        {
            feil.Add(new Valideringsfeil(
                felt,
                Tall(a),
                regel,
                $"{navn} kan ikke være etter året for beslutningsdatoen {Dato(beslutning)}."));
        }
    }
}
