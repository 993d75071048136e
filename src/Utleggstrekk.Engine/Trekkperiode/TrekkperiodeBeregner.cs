using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkperiode;

/// <summary>
/// How long a trekk may run and what happens to it over its life (SPEC §7): the maximum trekkperiode, tidsprioritet
/// on forlengelse and for accrued interest, gjeldsforhandling, konkurs and foreldelse. Every answer carries a stable
/// reason code, the legal source and an explanation in Norwegian (bokmål). Stateless and thread-safe; these are
/// decision-time questions, not a hot path, so the answers are ordinary objects.
/// </summary>
/// <remarks>
/// Periods are half-open <c>[Fra, Til)</c>. "N years from day D" is <c>[D, D.PlusYears(N))</c>: D itself is the
/// first trekk day, so the last day is <c>D.PlusYears(N) − 1 day</c>. This is the counting the Retningslinje uses in
/// its own example (restskatt 2021: the 5 years start 1.1.2022 and end with 31.12.2026). NodaTime's
/// <c>PlusYears</c> moves 29 February to 28 February in a non-leap year, so 2 years from 2024-02-29 ends before
/// 2026-02-28 (last day 2026-02-27). See <c>docs/trekkperiode.md</c>.
/// </remarks>
public static class TrekkperiodeBeregner
{
    /// <summary>The highest year of a beslutningsdato the arithmetic supports (NodaTime ends at year 9999).</summary>
    public const int HoeyesteAar = 9990;

    private const int OrdinaereAar = 2;
    private const int BotAar = 5;
    private const int SkattAar = 5;
    private const int StansMaanederGjeldsforhandling = 4;
    private const int ForeldelseAar = 10;

    /// <summary>The last notification date whose ten-year period, and the day after it, are still dates: 9989-12-30.</summary>
    private static readonly LocalDate SisteUnderretningsdato = Datogrense.Siste.PlusDays(-1).PlusYears(-ForeldelseAar);

    /// <summary>
    /// The longest period the trekk may run (tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje pkt. 7.2;
    /// LG-2019-124144 for a later start).
    /// </summary>
    /// <param name="f">The question.</param>
    /// <returns>The half-open period, the reason code, the source and an explanation.</returns>
    /// <exception cref="UgyldigInputException">The input breaks one or more rules; every broken rule is listed.</exception>
    public static Trekkperiodesvar Beregn(TrekkperiodeForespoersel f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Valider(f);

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
                regel = TrekkperiodeRegler.Ordinaer2Aar;
                forklaring = $"Trekkperioden kan ikke overstige to år regnet fra beslutningsdatoen {Dato(b)}.";
                break;
            case Kravkategori.Bot:
                til = b.PlusYears(BotAar);
                grunn = Trekkperiodegrunn.Bot5Aar;
                regel = TrekkperiodeRegler.Bot5Aar;
                forklaring = $"For bøter er maksgrensen fem år regnet fra beslutningsdatoen {Dato(b)}.";
                break;
            case Kravkategori.Bidrag:
                til = null;
                grunn = Trekkperiodegrunn.BidragIngenGrense;
                regel = TrekkperiodeRegler.BidragIngenGrense;
                forklaring = "For bidragskrav gjelder det ingen maksgrense.";
                break;
            default:
                (til, grunn, regel, forklaring) = Skatt(f);
                break;
        }

        if (f.Start is not { } start || start == b)
        {
            return Svar(b, til, grunn, regel.Kilde, forklaring);
        }

        if (til is { } slutt && start >= slutt)
        {
            throw new UgyldigInputException(new Valideringsfeil(
                "start",
                Dato(start),
                Feilkoder.StartEtterTrekkperiodensSlutt,
                $"Trekket kan ikke starte {Dato(start)}: trekkperioden regnet fra beslutningsdatoen {Dato(b)} er ute "
                + $"(siste dag {Dato(slutt.PlusDays(-1))}), så det gjenstår ingen periode "
                + "(LG-2019-124144; LG-2022-173461; Retningslinje pkt. 7.2)."));
        }

        if (f.Kategori == Kravkategori.Bidrag)
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
            regel.Kilde + "; " + TrekkperiodeRegler.StartSenere.Kilde,
            $"{forklaring} Trekket er lagt ned med virkning fra {Dato(start)} og får bare resten av perioden ({grunn}).");
    }

    /// <summary>
    /// The tidsprioritet of a claim when its trekk is extended (forlengelse) (sktbf. § 14-5-4 tredje ledd;
    /// Retningslinje pkt. 6.2).
    /// </summary>
    /// <param name="art">The kind of claim; only <see cref="Kravart.SkattOgAvgift"/> can keep its priority.</param>
    /// <param name="opprinnelig">The original tidsprioritet (date the first trekk was laid down).</param>
    /// <param name="nyBeslutningsdato">The date of the decision that extends (or lays down anew) the trekk.</param>
    /// <param name="varselSendtFoerUtloep">A valid tvangsl. § 4-19 varsel was sent before the trekkperiode ended.</param>
    /// <param name="stoerrelseVurdertPaaNytt">The size of the trekk was assessed anew.</param>
    /// <returns>The tidsprioritet after the forlengelse.</returns>
    /// <exception cref="UgyldigInputException">The new decision is dated before the original, or <paramref name="art"/> is unknown.</exception>
    public static Tidsprioritetsvar TidsprioritetVedForlengelse(
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
        var kilde = TrekkperiodeRegler.TidsprioritetVedForlengelse.Kilde;
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

    /// <summary>
    /// The tidsprioritet of interest accrued in the trekkperiode (sktbf. § 14-5-4 annet ledd; tvangsl. § 7-21;
    /// Retningslinje pkt. 6.2).
    /// </summary>
    /// <param name="art">The kind of claim the interest belongs to.</param>
    /// <param name="hovedstolensTidsprioritet">The principal's tidsprioritet.</param>
    /// <param name="restanseFerdigInnbetalt">Tax claims: the day the rest of the restanse was paid; <c>null</c> = not yet.</param>
    /// <param name="renteoppgaveFremsatt">Tax claims: the day the statement of accrued interest was made; <c>null</c> = not yet.</param>
    /// <returns>The interest's tidsprioritet, or <c>null</c> when a tax claim's statement came too late.</returns>
    /// <exception cref="UgyldigInputException">A date lies before the principal's tidsprioritet, or <paramref name="art"/> is unknown.</exception>
    public static Rentetidsprioritetsvar TidsprioritetForRenter(
        Kravart art,
        LocalDate hovedstolensTidsprioritet,
        LocalDate? restanseFerdigInnbetalt = null,
        LocalDate? renteoppgaveFremsatt = null)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        // The dates' range first: dates outside it (or of another calendar) cannot be compared. For the restanse, the
        // deadline is one month later; past HoeyesteAar that could leave NodaTime's range (9999-12-31).
        var hGyldig = SjekkDato(hovedstolensTidsprioritet, "hovedstolensTidsprioritet", feil);
        var rGyldig = restanseFerdigInnbetalt is not { } r || SjekkDato(r, "restanseFerdigInnbetalt", feil);
        var oGyldig = renteoppgaveFremsatt is not { } o || Datogrense.Sjekk(o, "renteoppgaveFremsatt", feil);
        if (hGyldig && rGyldig)
        {
            IkkeFoer(restanseFerdigInnbetalt, hovedstolensTidsprioritet, "restanseFerdigInnbetalt", feil);
        }

        if (hGyldig && oGyldig)
        {
            IkkeFoer(renteoppgaveFremsatt, hovedstolensTidsprioritet, "renteoppgaveFremsatt", feil);
        }

        KastHvisFeil(feil);
        var kilde = TrekkperiodeRegler.RenterTidsprioritet.Kilde;
        var h = hovedstolensTidsprioritet;
        if (art != Kravart.SkattOgAvgift)
        {
            return new Rentetidsprioritetsvar(
                h,
                null,
                Trekkperiodegrunn.RenterHovedstolensTidsprioritet,
                "tvangsl. § 7-21; Retningslinje pkt. 6.2",
                $"Renter påløpt i trekkperioden dekkes av trekket og har hovedstolens tidsprioritet {Dato(h)}, også "
                + $"når rentekravet sendes etter at hovedstolen er nedbetalt.");
        }

        if (restanseFerdigInnbetalt is not { } betalt)
        {
            return new Rentetidsprioritetsvar(
                h,
                null,
                Trekkperiodegrunn.SkattRenterHovedstolensTidsprioritet,
                kilde,
                $"Renter påløpt i trekkperioden har hovedstolens tidsprioritet {Dato(h)} så lenge oppgave over renter "
                + "fremsettes senest en måned etter at øvrig restanse er ferdig innbetalt (restansen er ikke betalt ennå).");
        }

        var frist = betalt.PlusMonths(1);
        if (renteoppgaveFremsatt is { } oppgave && oppgave > frist)
        {
            return new Rentetidsprioritetsvar(
                null,
                frist,
                Trekkperiodegrunn.SkattRenterOppgaveEtterFrist,
                kilde,
                $"Oppgaven over renter ble fremsatt {Dato(oppgave)}, etter fristen {Dato(frist)} (en måned etter at "
                + $"restansen ble betalt {Dato(betalt)}): rentene har ikke hovedstolens tidsprioritet. Kilden sier ikke "
                + $"hvilken tidsprioritet de da får.");
        }

        return new Rentetidsprioritetsvar(
            h,
            frist,
            Trekkperiodegrunn.SkattRenterHovedstolensTidsprioritet,
            kilde,
            $"Renter påløpt i trekkperioden har hovedstolens tidsprioritet {Dato(h)} når oppgaven fremsettes senest "
            + $"{Dato(frist)} (en måned etter at restansen ble betalt {Dato(betalt)}).");
    }

    /// <summary>
    /// Whether the trekk for one claim stops when gjeldsforhandling is opened (gol. § 3-4 femte ledd; Retningslinje
    /// pkt. 8.6): 4 months from the opening, except for claims from a criminal act and bidrag.
    /// </summary>
    /// <param name="aapningsdato">The day gjeldsforhandling was opened.</param>
    /// <param name="art">The kind of claim the trekk is for.</param>
    /// <returns>Whether the trekk stops, and for which period.</returns>
    /// <exception cref="UgyldigInputException">The date is out of range, or <paramref name="art"/> is unknown.</exception>
    public static Stanssvar VedGjeldsforhandling(LocalDate aapningsdato, Kravart art)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        SjekkDato(aapningsdato, "aapningsdato", feil);

        KastHvisFeil(feil);
        var kilde = TrekkperiodeRegler.Gjeldsforhandling.Kilde;
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

    /// <summary>
    /// Whether a running trekk yields when the debtor (skyldner) is bankrupt (deknl. § 2-11; bidragsinnkrevingsloven
    /// § 18 første ledd; LH-2012-83190; Retningslinje pkt. 8.5.2).
    /// </summary>
    /// <param name="art">The kind of claim the trekk is for.</param>
    /// <param name="beslagsdato">
    /// The day the court's order giving the konkursbo beslag in the wage under deknl. § 2-11 took effect;
    /// <c>null</c> when the bo has not taken beslag.
    /// </param>
    /// <returns>Whether the trekk stops (from the beslag, with no end stated by the source).</returns>
    /// <exception cref="UgyldigInputException"><paramref name="art"/> is unknown.</exception>
    public static Stanssvar VedSkyldnersKonkurs(Kravart art, LocalDate? beslagsdato)
    {
        var feil = new List<Valideringsfeil>();
        ValiderArt(art, feil);
        if (beslagsdato is { } dato)
        {
            Datogrense.Sjekk(dato, "beslagsdato", feil);
        }

        KastHvisFeil(feil);
        var kilde = TrekkperiodeRegler.SkyldnersKonkurs.Kilde;
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

    /// <summary>
    /// Whether amounts already withheld stay outside the trekkpliktiges (employer's) konkursbo (sktbl. § 14-5;
    /// bidragsinnkrevingsloven § 18 annet ledd; tvangsl. § 7-22; Retningslinje pkt. 8.5.1).
    /// </summary>
    /// <param name="art">The kind of claim the amount was withheld for.</param>
    /// <param name="holdtAdskilt">The trekkpliktige in fact kept the withheld money apart from its own.</param>
    /// <returns>Whether there is separatistrett.</returns>
    /// <exception cref="UgyldigInputException"><paramref name="art"/> is unknown.</exception>
    public static Separatistrettsvar VedTrekkpliktigesKonkurs(Kravart art, bool holdtAdskilt)
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

    /// <summary>
    /// The new limitation period after an utleggstrekk (fl. § 21 nr. 1 and nr. 3; fl. § 29 nr. 1; Retningslinje
    /// pkt. 9): no limitation runs while the trekk runs, and a new 10-year period runs from the day the trekkpliktige
    /// was notified of the trekk (not from the day the trekk ends).
    /// </summary>
    /// <param name="underretningsdato">The day the trekkpliktige was notified of the trekk.</param>
    /// <returns>The new period's last day and the first day the claim is time-barred.</returns>
    /// <exception cref="UgyldigInputException">The date is out of range.</exception>
    public static Foreldelsessvar NyForeldelsesfrist(LocalDate underretningsdato)
    {
        // Ten years on, and the day after the last, must still be dates (NodaTime ends at 9999-12-31): a tighter bound
        // than HoeyesteAar, which allows for the other rules' shorter periods only.
        if (!Datogrense.ErGyldig(underretningsdato) || underretningsdato > SisteUnderretningsdato)
        {
            throw new UgyldigInputException(new Valideringsfeil(
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
            TrekkperiodeRegler.Foreldelse.Kilde,
            $"Kravet foreldes ikke mens trekket løper. Ny frist på ti år regnes fra {Dato(underretningsdato)}, da den "
            + $"trekkpliktige ble underrettet, og løper ut ved utgangen av {Dato(sisteDag)} (fl. § 29 nr. 1; "
            + "forlengelse til neste virkedag etter nr. 2 er ikke med).");
    }

    private static (LocalDate? Til, string Grunn, Regel Regel, string Forklaring) Skatt(TrekkperiodeForespoersel f)
    {
        var b = f.Beslutningsdato;
        var toAar = b.PlusYears(OrdinaereAar);
        if (f.Forlengelse)
        {
            return (toAar, Trekkperiodegrunn.SkattForlengelse2Aar, TrekkperiodeRegler.SkattForlengelse2Aar,
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
                TrekkperiodeRegler.Skatt5Aar,
                $"For skattekrav regnes femårsfristen fra {hva}: fra {Dato(fristStart)}, siste dag "
                + $"{Dato(skattTil.PlusDays(-1))}.");
        }

        return (toAar, Trekkperiodegrunn.SkattOrdinaer2AarLengst, TrekkperiodeRegler.SkattOrdinaer2AarLengst,
            $"Femårsfristen for skattekrav regnet fra {hva} (siste dag {Dato(skattTil.PlusDays(-1))}) ville gitt en "
            + $"kortere periode enn hovedregelen; skattefristen er en utvidelse, så toårsfristen fra beslutningsdatoen "
            + $"{Dato(b)} gjelder.");
    }

    private static void Valider(TrekkperiodeForespoersel f)
    {
        var feil = new List<Valideringsfeil>();
        var b = f.Beslutningsdato;
        var skatt = f.Kategori == Kravkategori.Skatt;
        if (!Enum.IsDefined(f.Kategori))
        {
            feil.Add(new Valideringsfeil(
                "kategori",
                ((int)f.Kategori).ToString(CultureInfo.InvariantCulture),
                Feilkoder.UkjentKategori,
                "Ukjent kravkategori; gyldige verdier er Ordinaer, Bot, Skatt og Bidrag."));
        }

        var bGyldig = SjekkDato(b, "beslutningsdato", feil);

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

    private static void IkkeFoer(LocalDate? dato, LocalDate grense, string felt, List<Valideringsfeil> feil)
    {
        if (dato is { } d && d < grense)
        {
            feil.Add(new Valideringsfeil(
                felt,
                Dato(d),
                Feilkoder.DatoFoerHovedstolensTidsprioritet,
                $"Datoen kan ikke være før hovedstolens tidsprioritet {Dato(grense)}."));
        }
    }

    private static void ValiderArt(Kravart art, List<Valideringsfeil> feil)
    {
        if (!Enum.IsDefined(art))
        {
            feil.Add(new Valideringsfeil(
                "art",
                ((int)art).ToString(CultureInfo.InvariantCulture),
                Feilkoder.UkjentKravart,
                "Ukjent kravart."));
        }
    }

    private static Valideringsfeil UtenforDatoomraade(string felt, LocalDate dato) =>
        new(felt, Dato(dato), Datogrense.UgyldigDato, $"Datoen må ligge i år 1–{Tall(HoeyesteAar)}.");

    /// <summary>
    /// Outside the dates this class computes with: before year 1 or in another calendar (<see cref="Datogrense"/>), or
    /// after <see cref="HoeyesteAar"/>, where adding the longest period could leave NodaTime's range.
    /// </summary>
    private static bool UtenforOmraade(LocalDate dato) => !Datogrense.ErGyldig(dato) || dato.Year > HoeyesteAar;

    /// <summary>Records <c>UGYLDIG_DATO</c> when <paramref name="dato"/> is <see cref="UtenforOmraade"/>; true when it is not.</summary>
    private static bool SjekkDato(LocalDate dato, string felt, List<Valideringsfeil> feil)
    {
        if (UtenforOmraade(dato))
        {
            feil.Add(UtenforDatoomraade(felt, dato));
            return false;
        }

        return true;
    }

    private static void KastHvisFeil(List<Valideringsfeil> feil)
    {
        if (feil.Count > 0)
        {
            throw new UgyldigInputException(feil);
        }
    }

    private static Trekkperiodesvar Svar(LocalDate fra, LocalDate? til, string grunn, string kilde, string forklaring) =>
        new(fra, til, til?.PlusDays(-1), grunn, kilde, forklaring);

    private static Stanssvar Loeper(string grunn, string kilde, string forklaring) =>
        new(false, null, null, null, grunn, kilde, forklaring);

    private static string Dato(LocalDate d) => Isodato.Tekst(d);

    private static string Tall(int n) => n.ToString(CultureInfo.InvariantCulture);
}
