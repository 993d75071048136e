using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Livsopphold;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The size of a trekk (deknl. § 2-7; Retningslinje for utleggstrekk pkt. 5; SPEC §4): livsopphold, household
/// expenses, the debtor's share, available income, raw trekk, limits and rounding. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Beregn"/> is the hot path and allocates nothing for valid input. <see cref="Forklar"/> runs the very same
/// arithmetic (one generic core) and additionally records the explanation trace. See <c>docs/trekkberegning.md</c>.
/// </remarks>
public static class Trekkberegner
{
    /// <summary>The calculation as a whole: the root of every explanation trace.</summary>
    public static readonly Regel Regel = new(
        "Trekkberegning.Trekkstoerrelse",
        "deknl. § 2-7; Retningslinje for utleggstrekk pkt. 5.1–5.4",
        new LocalDate(2020, 12, 16),
        "Trekket er den delen av skyldnerens inntekt som overstiger det skyldneren og husstanden med rimelighet trenger til livsopphold, innenfor takene.");

    /// <summary>Every rule the calculation applies, in step order.</summary>
    public static IReadOnlyList<Regel> Regler { get; } =
    [
        Regel,
        Livsoppholdsnorm.Regel,
        LivsoppholdVoksne.Regel,
        LivsoppholdBarn.Regel,
        FjerdePersonReduksjon.Regel,
        Samvaerstillegg.Regel,
        SamvaerReduksjonTredjeBarn.Regel,
        Husstandsutgifter.Regel,
        PartnerDisponibelt.Regel,
        HalvpartDeling.Regel,
        ForholdsmessigDeling.Regel,
        HusstandDeling.Regel,
        EgneUtgifter.Regel,
        DisponibelInntekt.Regel,
        Trekkevne.Regel,
        TrekkbarInntektGrense.Regel,
        Trekktak.Regel,
        Naeringsgrense.Regel,
        HeleNettoinntekt.Regel,
        TrekkAvrunding.Regel,
        Loennsperiodeomregning.Regel,
    ];

    /// <summary>
    /// Computes the trekk per month. Allocates nothing for valid input.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The case breaks one or more input rules (all are listed).</exception>
    /// <exception cref="SatserManglerException">A needed rate is not known for the beregningsdato and assumed rates are not allowed.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Trekkresultat Beregn(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(satser);
        var inndata = new TrekksakInndata(sak);
        if (!Trekksakvalidering.ErGyldig(ref inndata))
        {
            KastUgyldig(sak);
        }

        var sporing = default(IngenSporing);
        ref readonly var segment = ref satser.Dagsindeks.Finn(inndata.Beregningsdato, inndata.DatoNoekkel);

        // The core throws a refusal itself (kastFeil), so its result is returned as it is. With this method not
        // inlined into its caller the JIT passes the caller's return buffer straight through, and the core writes the
        // result there: inlined, or with the check after the call, the result went to a local and was copied with
        // wide loads right after the core's field stores, which stalled on store forwarding (~11 % of a call's
        // samples under perf; docs/ytelse.md).
        return Beregn(ref inndata, satser, in segment, valg, ref sporing, out _, kastFeil: true);
    }

    /// <summary>
    /// Computes the trekk per month and the explanation trace: each step with its rule and legal source, the facts it
    /// used and its result.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The case breaks one or more input rules (all are listed).</exception>
    /// <exception cref="SatserManglerException">A needed rate is not known for the beregningsdato and assumed rates are not allowed.</exception>
    public static (Trekkresultat Resultat, Forklaring Forklaring) Forklar(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(satser);
        var inndata = new TrekksakInndata(sak);
        if (!Trekksakvalidering.ErGyldig(ref inndata))
        {
            KastUgyldig(sak);
        }

        var opptak = new Forklaringsopptak(sak, satser);
        ref readonly var segment = ref satser.Dagsindeks.Finn(inndata.Beregningsdato, inndata.DatoNoekkel);
        var resultat = Beregn(ref inndata, satser, in segment, valg, ref opptak, out _, kastFeil: true);
        return (resultat, opptak.Bygg(resultat));
    }

    /// <summary>
    /// Every input rule <paramref name="sak"/> breaks (empty when valid). Field names are the SAK.json paths in
    /// <see cref="Trekksakfelt"/>.
    /// </summary>
    public static IReadOnlyList<Valideringsfeil> Valider(Trekksak sak)
    {
        ArgumentNullException.ThrowIfNull(sak);
        var feil = new List<Valideringsfeil>();
        Trekksakvalidering.Samle(sak, feil);
        return feil;
    }

    /// <summary>
    /// Converts a monthly trekk to a pay period: monthly unchanged, 14 days × 12/26, weekly × 12/52; rounded down to
    /// whole kroner (rule <see cref="Loennsperiodeomregning"/>).
    /// </summary>
    /// <exception cref="UgyldigInndataException">The amount is negative (field <c>trekkPerMaaned</c>, rule <c>UGYLDIG_BELOEP</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periode"/> is not a defined <see cref="Loennsperiode"/> (API misuse).</exception>
    public static Beloep TilLoennsperiode(Beloep trekkPerMaaned, Loennsperiode periode)
    {
        if (trekkPerMaaned.ErNegativt)
        {
            throw new UgyldigInndataException(new Valideringsfeil(
                "trekkPerMaaned", trekkPerMaaned.ToString(), Feilkoder.UgyldigBeloep, "Trekket kan ikke være negativt."));
        }

        var perAar = periode switch
        {
            Loennsperiode.Maaned => 12L,
            Loennsperiode.FjortenDager => 26L,
            Loennsperiode.Uke => 52L,
            _ => throw new ArgumentOutOfRangeException(nameof(periode), periode, "Unknown pay period."),
        };

        return Beloep.FraOere(Heltallsregning.MulDivNed(trekkPerMaaned.Oere, 12, perAar)).NedTilHeleKroner();
    }

    /// <summary>
    /// The single arithmetic core, specialised by the JIT for each kind of input and each sporing. The caller has
    /// checked the input (<see cref="Trekksakvalidering.ErGyldig"/>) and looked up the day's rates
    /// (<paramref name="segment"/>, <see cref="Dagsindeks.Finn(LocalDate, int)"/> for the beregningsdato).
    /// </summary>
    /// <remarks>
    /// <para>Step 1 (livsopphold and samvær add-ons) lives in two step methods of its own, each also specialised per
    /// sporing: the JIT then compiles each with its own budget of locals and inlines the small rule helpers, which it
    /// stops doing in one method this large.</para>
    /// <para>A refusal (a needed rate missing, or a trekk that would take the whole net income) is thrown when
    /// <paramref name="kastFeil"/> is set (<see cref="Kast"/>, <see cref="AvvisHeleNettoinntekt"/>: the one-call paths,
    /// before anything is written to the result); otherwise it is returned in <paramref name="feil"/>, and the result is
    /// then incomplete and must not be used (the portfolio run records it as the row's status).</para>
    /// </remarks>
    internal static Trekkresultat Beregn<TSak, TSporing>(ref TSak sak, Satsgrunnlag satser, ref readonly Dagssegment segment, Beregningsvalg valg, ref TSporing sporing, out Kjernefeil feil, bool kastFeil = false)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var tillatAntatt = valg.TillatAntatteSatser;
        var antatt = AntattSats.Ingen;
        feil = Kjernefeil.Ingen;

        // Step 1a: livsopphold of the household.
        var livsopphold = BeregnLivsopphold(ref sak, in segment, tillatAntatt, ref antatt, ref sporing, ref feil);
        if (feil != Kjernefeil.Ingen)
        {
            return Avvist(feil, kastFeil, sak.Beregningsdato, satser);
        }

        var avledet = AvledetSats.Ingen;
        if (segment.LivsAvledet != 0 && BrukerAvledetLivsopphold(ref sak, in segment))
        {
            avledet |= AvledetSats.Livsopphold;
        }

        // Step 1b: samvær add-ons (the debtor's own expense).
        var samvaer = Samvaersum(ref sak, satser, in segment, tillatAntatt, ref antatt, ref avledet, ref sporing, ref feil);
        if (feil != Kjernefeil.Ingen)
        {
            return Avvist(feil, kastFeil, sak.Beregningsdato, satser);
        }

        // Step 2: household expenses E (and the other expenses that are the debtor's own).
        var husstandsutgifter = SumHusstandsutgifter(ref sak, livsopphold, out var andreEgne, ref sporing);

        // Step 4 (needed by step 3): available income.
        var nettoTrekkbar = sak.BruttoPerMaaned - sak.ForskuddstrekkPerMaaned - sak.TrekkMedBedrePrioritetPerMaaned;
        var disponibelt = nettoTrekkbar + sak.AndreInntekterPerMaaned;

        // Step 3: the debtor's share.
        var skyldnersandel = BeregnSkyldnersandel(ref sak, husstandsutgifter, disponibelt, samvaer, andreEgne, ref sporing);
        sporing.Disponibelt(nettoTrekkbar, disponibelt);

        // Step 5: raw trekk.
        var raa = disponibelt - skyldnersandel;
        sporing.RaaTrekk(disponibelt, skyldnersandel, raa);

        // Step 6: limits; the lowest wins, ties in the order Livsopphold, TrekkbarInntekt, Tak, Naering20.
        var utvidet = sak.Tak == Takregel.Utvidet;
        var grenser = Begrens(ref sak, in segment, raa, nettoTrekkbar, utvidet, ref sporing, ref feil);
        if (feil != Kjernefeil.Ingen)
        {
            return Avvist(feil, kastFeil, sak.Beregningsdato, satser);
        }

        // Step 7: round down to whole kroner; trekkprosent down to two decimals.
        var foerAvrunding = Beloep.Max(Beloep.Null, grenser.Grense);
        var trekk = foerAvrunding.NedTilHeleKroner();
        var trekkprosent = TrekkAvrunding.Trekkprosent(trekk, sak.BruttoPerMaaned);

        if (segment.GrenserAvledet != 0)
        {
            avledet |= AvledeteGrenser(ref sak, in segment, utvidet);
        }

        // Pkt. 5.4: never the whole net income (refused; the result carries the two figures for the message).
        // No table TrekkgrenserTabell.Lag accepts reaches this: the ceilings are capped at 80 % of the gross, so the
        // ceiling's room stays below the net income. Kept so the rule holds if that cap is ever lifted.
        if (!trekk.ErNull && trekk >= nettoTrekkbar)
        {
            feil = Kjernefeil.HeleNettoinntekt;
            AvvisHeleNettoinntekt(kastFeil, trekk, nettoTrekkbar);
        }
        else
        {
            sporing.Resultat(foerAvrunding, trekk, trekkprosent);
        }

        return new Trekkresultat
        {
            Beregningsdato = sak.Beregningsdato,
            TrekkPerMaaned = trekk,
            Trekkprosent = trekkprosent,
            Begrensning = grenser.Binding,
            Livsopphold = livsopphold,
            Samvaerstillegg = samvaer,
            Husstandsutgifter = husstandsutgifter,
            Skyldnersandel = skyldnersandel,
            Disponibelt = disponibelt,
            RaaTrekk = raa,
            TrekkbarInntekt = nettoTrekkbar,
            Takrom = grenser.Takrom,
            Naeringsgrense = grenser.Naering,
            Antatt = antatt,
            Avledet = avledet,
            SatserVersjon = satser.Versjon,
        };
    }

    /// <summary>
    /// Step 1b: the samvær add-ons. Without samvær children there is no add-on and no table is consulted: exactly what
    /// <see cref="BeregnSamvaer"/> records and returns for an empty list, without the call (most cases).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep Samvaersum<TSak, TSporing>(ref TSak sak, Satsgrunnlag satser, in Dagssegment segment, bool tillatAntatt, ref AntattSats antatt, ref AvledetSats avledet, ref TSporing sporing, ref Kjernefeil feil)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        if (sak.AntallSamvaersbarn == 0)
        {
            sporing.Samvaer(-1, SatsStatus.Mangler, 0, SamvaerReduksjonTredjeBarn.AntallRedusert(0), Prosent.Null, Beloep.Null);
            return Beloep.Null;
        }

        return BeregnSamvaer(ref sak, satser, in segment, tillatAntatt, ref antatt, ref avledet, ref sporing, ref feil);
    }

    /// <summary>
    /// Step 2: household expenses E = livsopphold + housing + child care + the other expenses shared by the household;
    /// the other expenses that are the debtor's own come back in <paramref name="andreEgne"/> (step 3).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep SumHusstandsutgifter<TSak, TSporing>(ref TSak sak, Beloep livsopphold, out Beloep andreEgne, ref TSporing sporing)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var andreFelles = Beloep.Null;
        andreEgne = Beloep.Null;
        var antallAndre = sak.AntallAndreUtgifter;
        for (var i = 0; i < antallAndre; i++)
        {
            if (sak.AnnenUtgiftEgen(i))
            {
                andreEgne += sak.AnnenUtgiftBeloep(i);
            }
            else
            {
                andreFelles += sak.AnnenUtgiftBeloep(i);
            }
        }

        var husstandsutgifter = livsopphold + sak.Boutgift + sak.Barnetilsyn + andreFelles;
        sporing.Husstandsutgifter(livsopphold, andreFelles, husstandsutgifter);
        return husstandsutgifter;
    }

    /// <summary>
    /// Step 3: the debtor's share of E (all of it when single; otherwise split with the partner by the chosen
    /// <see cref="Kostnadsdeling"/>) plus the debtor's own expenses: samvær add-ons, bidrag paid, own other expenses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep BeregnSkyldnersandel<TSak, TSporing>(ref TSak sak, Beloep husstandsutgifter, Beloep disponibelt, Beloep samvaer, Beloep andreEgne, ref TSporing sporing)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        Beloep partnerDisponibelt;
        Beloep andelAvHusstand;
        if (sak.Sivilstand == Sivilstand.Enslig)
        {
            partnerDisponibelt = Beloep.Null;
            andelAvHusstand = husstandsutgifter;
        }
        else
        {
            partnerDisponibelt = PartnerDisponibelt.Beregn(sak.PartnerNettoPerMaaned, sak.PartnerEgenGjeldPerMaaned);
            andelAvHusstand = sak.Kostnadsdeling switch
            {
                Kostnadsdeling.Forholdsmessig => ForholdsmessigDeling.Andel(husstandsutgifter, disponibelt, partnerDisponibelt),
                Kostnadsdeling.Husstand => HusstandDeling.Andel(husstandsutgifter, partnerDisponibelt),
                _ => HalvpartDeling.Andel(husstandsutgifter, partnerDisponibelt),
            };
        }

        var skyldnersandel = andelAvHusstand + samvaer + sak.BidragBetalt + andreEgne;
        sporing.Andel(husstandsutgifter, disponibelt, partnerDisponibelt, andelAvHusstand, samvaer, andreEgne, skyldnersandel);
        return skyldnersandel;
    }

    /// <summary>
    /// Step 6: the lowest of the raw trekk, the garnishable income, the ceiling's room and (when chosen) the næring
    /// limit; ties go to the first in that order. No capacity (raw trekk ≤ 0) means no trekk. A missing trekkgrense
    /// sets <paramref name="feil"/> (the result is then not used).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Grensevalg Begrens<TSak, TSporing>(ref TSak sak, in Dagssegment segment, Beloep raa, Beloep nettoTrekkbar, bool utvidet, ref TSporing sporing, ref Kjernefeil feil)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var brutto = sak.BruttoPerMaaned;
        var takProsent = Grense(in segment, utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal, ref feil);
        if (feil != Kjernefeil.Ingen)
        {
            return default;
        }

        var takrom = Trekktak.Rom(brutto, takProsent, sak.ForskuddstrekkPerMaaned, sak.TrekkMedBedrePrioritetPerMaaned);
        var naeringProsent = Prosent.Null;
        Beloep? naering = null;

        var grense = raa;
        var binding = Begrensning.Livsopphold;
        if (nettoTrekkbar < grense)
        {
            grense = nettoTrekkbar;
            binding = Begrensning.TrekkbarInntekt;
        }

        if (takrom < grense)
        {
            grense = takrom;
            binding = utvidet ? Begrensning.Tak80 : Begrensning.Tak60;
        }

        if (sak.NaeringSkjematisk)
        {
            naeringProsent = Grense(in segment, Trekkgrense.NaeringSkjematisk, ref feil);
            if (feil != Kjernefeil.Ingen)
            {
                return default;
            }

            var naeringGrense = Oeresregning.AndelNed(naeringProsent, brutto);
            naering = naeringGrense;
            if (naeringGrense < grense)
            {
                grense = naeringGrense;
                binding = Begrensning.Naering20;
            }
        }

        if (raa.Oere <= 0)
        {
            grense = Beloep.Null;
            binding = Begrensning.IngenTrekkevne;
        }

        sporing.Grenser(raa, nettoTrekkbar, takProsent, takrom, naeringProsent, naering, binding, grense);
        return new Grensevalg(grense, binding, takrom, naering);
    }

    /// <summary>Step 6's outcome: the binding limit, which rule it is, and the two figures the result reports.</summary>
    private readonly record struct Grensevalg(Beloep Grense, Begrensning Binding, Beloep Takrom, Beloep? Naering);

    /// <summary>Step 1a: the household's livsopphold (adults, children, the cut from the 4th person).</summary>
    /// <remarks>
    /// The adults are counted here (inlined into the core); the children, when there are any (about half the cases),
    /// in <see cref="LeggTilBarn"/>. Without children no one gets the cut from the 4th person (at most two adults), so
    /// the step ends with the adults' sum, as <see cref="LeggTilBarn"/> would end it for an empty list.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep BeregnLivsopphold<TSak, TSporing>(ref TSak sak, in Dagssegment segment, bool tillatAntatt, ref AntattSats antatt, ref TSporing sporing, ref Kjernefeil feil)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var livsPeriode = segment.Livsopphold(tillatAntatt, out var livsStatus);
        if (livsPeriode < 0)
        {
            feil = Kjernefeil.LivsoppholdMangler;
            return Beloep.Null;
        }

        if (livsStatus == SatsStatus.Antatt)
        {
            antatt |= AntattSats.Livsopphold;
        }

        ref readonly var livsSatser = ref segment.Livssatser;
        var sivilstand = sak.Sivilstand;
        var par = sivilstand != Sivilstand.Enslig;
        var antallVoksne = LivsoppholdVoksne.Antall(par);
        var satsPerVoksen = LivsoppholdVoksne.SatsPerVoksen(par, in livsSatser);
        var livsopphold = satsPerVoksen * antallVoksne;
        sporing.Voksne(sivilstand, antallVoksne, satsPerVoksen, livsopphold);
        if (sak.AntallBarn == 0)
        {
            sporing.Livsopphold(livsPeriode, livsStatus, antallVoksne, FjerdePersonReduksjon.AntallRedusert(antallVoksne, 0), Prosent.Null, livsopphold);
            return livsopphold;
        }

        return LeggTilBarn(ref sak, in segment, livsPeriode, livsStatus, antallVoksne, livsopphold, ref sporing, ref feil);
    }

    /// <summary>Step 1a for a household with children: each counted child's rate, the cut from the 4th person.</summary>
    /// <remarks>
    /// <see cref="SkipLocalsInitAttribute"/>: the stack buffer is written (for every index used) before it is read, so
    /// zeroing it is wasted work on the hot path.
    /// </remarks>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Beloep LeggTilBarn<TSak, TSporing>(ref TSak sak, in Dagssegment segment, int livsPeriode, SatsStatus livsStatus, int antallVoksne, Beloep livsopphold, ref TSporing sporing, ref Kjernefeil feil)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        ref readonly var livsSatser = ref segment.Livssatser;

        // Ages and date keys are computed once into a stack buffer (up to MaksBufret children; more are recomputed).
        var antallBarnIListen = sak.AntallBarn;
        // No buffer for an empty list (nothing to buffer).
        var bufret = antallBarnIListen is > 0 and <= MaksBufret;
        Unsafe.SkipInit(out Barnebuffer buffer);
        var barnBuffer = bufret ? (Span<int>)buffer : default;
        var barnAlder = bufret ? barnBuffer[..antallBarnIListen] : [];
        var barnRang = bufret ? barnBuffer.Slice(MaksBufret, antallBarnIListen) : [];
        var antallBarn = TellBarn(ref sak, barnAlder, barnRang);

        var antallRedusert = FjerdePersonReduksjon.AntallRedusert(antallVoksne, antallBarn);
        var reduksjon = Prosent.Null;
        if (antallRedusert > 0)
        {
            reduksjon = Grense(in segment, Trekkgrense.ReduksjonFraFjerdePerson, ref feil);
            if (feil != Kjernefeil.Ingen)
            {
                return Beloep.Null;
            }
        }

        for (var i = 0; i < antallBarnIListen; i = unchecked(i + 1))
        {
            var alder = barnAlder.IsEmpty ? sak.BarnAlder(i) : barnAlder[i];
            if (!LivsoppholdBarn.Medregnes(alder, sak.BarnVideregaaende(i)))
            {
                sporing.Barn(i, alder, false, Beloep.Null, false, Beloep.Null);
                continue;
            }

            var sats = livsSatser.ForBarn(alder);
            var redusert = antallRedusert > 0 && (bufret
                ? Yngstefoerst.AntallForan(barnRang, barnRang[i]) < antallRedusert
                : Yngstefoerst.BlantYngste(ref sak, [], [], i, antallRedusert));
            var etter = redusert ? FjerdePersonReduksjon.Reduser(sats, reduksjon) : sats;
            livsopphold += etter;
            sporing.Barn(i, alder, true, sats, redusert, etter);
        }

        sporing.Livsopphold(livsPeriode, livsStatus, antallVoksne + antallBarn, antallRedusert, reduksjon, livsopphold);

        return livsopphold;
    }

    /// <summary>
    /// Step 1b: the samvær add-ons (the cut from the 3rd samvær child). The table is consulted only when a child gets
    /// an add-on.
    /// </summary>
    /// <remarks><see cref="SkipLocalsInitAttribute"/>: as in <see cref="BeregnLivsopphold"/>.</remarks>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Beloep BeregnSamvaer<TSak, TSporing>(ref TSak sak, Satsgrunnlag satser, in Dagssegment segment, bool tillatAntatt, ref AntattSats antatt, ref AvledetSats avledet, ref TSporing sporing, ref Kjernefeil feil)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var antallIListen = sak.AntallSamvaersbarn;
        var samvaerBufret = antallIListen is > 0 and <= MaksBufret;
        Unsafe.SkipInit(out Barnebuffer buffer);
        var samvaerBuffer = samvaerBufret ? (Span<int>)buffer : default;
        var samvaerAlder = samvaerBufret ? samvaerBuffer[..antallIListen] : [];
        var samvaerNoekler = samvaerBufret ? samvaerBuffer.Slice(MaksBufret, antallIListen) : [];
        var antallSamvaer = TellSamvaersbarn(ref sak, samvaerAlder, samvaerNoekler);

        var samvaer = Beloep.Null;
        var samvaerPeriode = -1;
        var samvaerStatus = SatsStatus.Mangler;
        var antallSamvaerRedusert = SamvaerReduksjonTredjeBarn.AntallRedusert(antallSamvaer);
        var samvaerReduksjon = Prosent.Null;
        if (antallSamvaer > 0)
        {
            var samvaerTabell = satser.Samvaer;
            samvaerPeriode = segment.Samvaer(tillatAntatt, out samvaerStatus);
            if (samvaerPeriode < 0)
            {
                feil = Kjernefeil.SamvaerMangler;
                return Beloep.Null;
            }

            if (samvaerStatus == SatsStatus.Antatt)
            {
                antatt |= AntattSats.Samvaer;
            }

            if (antallSamvaerRedusert > 0)
            {
                samvaerReduksjon = Grense(in segment, Trekkgrense.ReduksjonSamvaerFraTredjeBarn, ref feil);
                if (feil != Kjernefeil.Ingen)
                {
                    return Beloep.Null;
                }
            }

            samvaer = SumSamvaerstillegg(ref sak, in segment, samvaerTabell, samvaerPeriode, samvaerAlder, samvaerNoekler, antallSamvaerRedusert, samvaerReduksjon, ref avledet, ref sporing);
        }
        else
        {
            for (var i = 0; i < antallIListen; i++)
            {
                sporing.Samvaersbarn(i, samvaerAlder.IsEmpty ? sak.SamvaersbarnAlder(i) : samvaerAlder[i], false, Beloep.Null, false, Beloep.Null);
            }
        }

        sporing.Samvaer(samvaerPeriode, samvaerStatus, antallSamvaer, antallSamvaerRedusert, samvaerReduksjon, samvaer);

        return samvaer;
    }

    /// <summary>
    /// The household children who count (<see cref="LivsoppholdBarn.Medregnes"/>); when <paramref name="alder"/> is not
    /// empty (the list fits the stack buffer), each child's age and rank key (<see cref="Yngstefoerst.Rangnoekkel"/>)
    /// are stored for the steps after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TellBarn<TSak>(scoped ref TSak sak, scoped Span<int> alder, scoped Span<int> rang)
        where TSak : ITrekkinndata, allows ref struct
    {
        var antall = 0;
        var antallIListen = sak.AntallBarn;

        // Unchecked: index and count stay below the list's length.
        for (var i = 0; i < antallIListen; i = unchecked(i + 1))
        {
            // The key before the age and both before the stores: a holder that derives the age from the key
            // (TrekksakInndata) then reads and decomposes the date once.
            var noekkel = sak.BarnFoedtNoekkel(i);
            var a = sak.BarnAlder(i);
            var medregnet = LivsoppholdBarn.Medregnes(a, sak.BarnVideregaaende(i));
            if (!alder.IsEmpty)
            {
                alder[i] = a;
                rang[i] = Yngstefoerst.Rangnoekkel(noekkel, i, medregnet);
            }

            antall = unchecked(antall + (medregnet ? 1 : 0));
        }

        return antall;
    }

    /// <summary>
    /// The samvær children who get an add-on (under 18); when <paramref name="alder"/> is not empty (the list fits
    /// the stack buffer), each child's age and date key are stored for the steps after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TellSamvaersbarn<TSak>(scoped ref TSak sak, scoped Span<int> alder, scoped Span<int> noekler)
        where TSak : ITrekkinndata, allows ref struct
    {
        var antall = 0;
        var antallIListen = sak.AntallSamvaersbarn;
        for (var i = 0; i < antallIListen; i++)
        {
            // As in TellBarn: the key first, then the age, then the stores.
            var noekkel = sak.SamvaersbarnFoedtNoekkel(i);
            var a = sak.SamvaersbarnAlder(i);
            if (!alder.IsEmpty)
            {
                alder[i] = a;
                noekler[i] = noekkel;
            }

            if (Samvaerstillegg.Medregnes(a))
            {
                antall++;
            }
        }

        return antall;
    }

    /// <summary>
    /// Step 1b per child: the add-on of its class and age band, cut from the 3rd child youngest first
    /// (<see cref="SamvaerReduksjonTredjeBarn"/>); a child of 18 or more gets none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Beloep SumSamvaerstillegg<TSak, TSporing>(scoped ref TSak sak, in Dagssegment segment, SamvaerTabell tabell, int periode, scoped ReadOnlySpan<int> alderListe, scoped ReadOnlySpan<int> noekler, int antallRedusert, Prosent reduksjon, ref AvledetSats avledet, ref TSporing sporing)
        where TSak : ITrekkinndata, allows ref struct
        where TSporing : struct, ISporing
    {
        var samvaer = Beloep.Null;
        var antallIListen = sak.AntallSamvaersbarn;
        for (var i = 0; i < antallIListen; i++)
        {
            var alder = alderListe.IsEmpty ? sak.SamvaersbarnAlder(i) : alderListe[i];
            if (!Samvaerstillegg.Medregnes(alder))
            {
                sporing.Samvaersbarn(i, alder, false, Beloep.Null, false, Beloep.Null);
                continue;
            }

            var klasse = sak.Samvaersklasse(i);
            var band = SamvaerTabell.Aldersband(alder);
            var sats = segment.Samvaerssats(klasse, band);
            if (segment.SamvaerAvledet(klasse, band))
            {
                avledet |= AvledetSats.Samvaer;
            }

            var redusert = Yngstefoerst.BlantYngste(ref sak, alderListe, noekler, i, antallRedusert, tabell, periode);
            var etter = redusert ? SamvaerReduksjonTredjeBarn.Reduser(sats, reduksjon) : sats;
            samvaer += etter;
            sporing.Samvaersbarn(i, alder, true, sats, redusert, etter);
        }

        return samvaer;
    }

    /// <summary>
    /// Whether a livsopphold figure the household uses (the adults' category, each counted child's band) is derived.
    /// Called only when the period has a derived category, so the common case pays one test.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool BrukerAvledetLivsopphold<TSak>(ref TSak sak, in Dagssegment segment)
        where TSak : ITrekkinndata, allows ref struct
    {
        var maske = segment.LivsAvledet;
        var voksne = sak.Sivilstand == Sivilstand.Enslig ? LivsoppholdKategori.Enslig : LivsoppholdKategori.ParPerPerson;
        if ((maske & LivsoppholdTabell.Bit(voksne)) != 0)
        {
            return true;
        }

        ref readonly var satser = ref segment.Livssatser;
        for (var i = 0; i < sak.AntallBarn; i++)
        {
            var alder = sak.BarnAlder(i);
            if (LivsoppholdBarn.Medregnes(alder, sak.BarnVideregaaende(i)) && (maske & LivsoppholdTabell.Bit(satser.KategoriForBarn(alder))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="AvledetSats.Trekkgrenser"/> when a trekkgrense the case used is derived: the ceiling always, the
    /// næring rule when chosen, the reductions when they cut a rate. Called only when the day has a derived trekkgrense.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AvledetSats AvledeteGrenser<TSak>(ref TSak sak, in Dagssegment segment, bool utvidet)
        where TSak : ITrekkinndata, allows ref struct
    {
        var brukt = segment.GrenseAvledet(utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal)
            || (sak.NaeringSkjematisk && segment.GrenseAvledet(Trekkgrense.NaeringSkjematisk));
        if (!brukt && segment.GrenseAvledet(Trekkgrense.ReduksjonFraFjerdePerson))
        {
            var barn = 0;
            for (var i = 0; i < sak.AntallBarn; i++)
            {
                barn += LivsoppholdBarn.Medregnes(sak.BarnAlder(i), sak.BarnVideregaaende(i)) ? 1 : 0;
            }

            brukt = FjerdePersonReduksjon.AntallRedusert(LivsoppholdVoksne.Antall(sak.Sivilstand != Sivilstand.Enslig), barn) > 0;
        }

        if (!brukt && segment.GrenseAvledet(Trekkgrense.ReduksjonSamvaerFraTredjeBarn))
        {
            var samvaer = 0;
            for (var i = 0; i < sak.AntallSamvaersbarn; i++)
            {
                samvaer += Samvaerstillegg.Medregnes(sak.SamvaersbarnAlder(i)) ? 1 : 0;
            }

            brukt = SamvaerReduksjonTredjeBarn.AntallRedusert(samvaer) > 0;
        }

        return brukt ? AvledetSats.Trekkgrenser : AvledetSats.Ingen;
    }

    /// <summary>
    /// Children (and, separately, samvær children) whose ages and date or rank keys are buffered on the stack; at most 32
    /// (<see cref="Yngstefoerst.Rangnoekkel"/> keeps the index in five bits).
    /// </summary>
    private const int MaksBufret = 16;

    /// <summary>
    /// Ages and date keys of up to <see cref="MaksBufret"/> children, on the stack. A fixed-size local instead of
    /// <c>stackalloc</c>: a method with <c>stackalloc</c> is compiled once without profile data, this one is re-jitted
    /// with it.
    /// </summary>
    [InlineArray(2 * MaksBufret)]
    private struct Barnebuffer
    {
        private int _element;
    }

    /// <summary>A trekkgrense of the day; a missing one sets <paramref name="feil"/> (and gives 0 %).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Prosent Grense(in Dagssegment segment, Trekkgrense grense, ref Kjernefeil feil)
    {
        if (!segment.TryGrense(grense, out var prosent))
        {
            feil = Kjernefeil.GrenseMangler + (int)grense;
        }

        return prosent;
    }

    /// <summary>
    /// A refusal for a missing rate: thrown (<see cref="Kast"/>) when <paramref name="kast"/> is set, otherwise the
    /// (unusable) empty result the core returns with <c>feil</c> set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Trekkresultat Avvist(Kjernefeil feil, bool kast, LocalDate dato, Satsgrunnlag satser)
    {
        if (kast)
        {
            Kast(feil, dato, satser);
        }

        return default;
    }

    /// <summary>Throws the exception of a refusal for a missing rate (<see cref="SatserManglerException"/>).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Kast(Kjernefeil feil, LocalDate dato, Satsgrunnlag satser)
    {
        switch (feil)
        {
            case Kjernefeil.LivsoppholdMangler:
                KastSatserMangler("livsopphold", dato, "livsoppholdssatser", satser.Livsopphold.Tidsserie, antattMulig: true);
                break;
            case Kjernefeil.SamvaerMangler:
                KastSatserMangler("samvaer", dato, "samværstillegg", satser.Samvaer.Tidsserie, antattMulig: true);
                break;
            case >= Kjernefeil.GrenseMangler:
                var grense = (Trekkgrense)(feil - Kjernefeil.GrenseMangler);
                KastSatserMangler("trekkgrenser", dato, TrekkgrenserTabell.Parameternavn[(int)grense], satser.Trekkgrenser[grense].Tidsserie, antattMulig: false);
                break;
        }

        throw new InvalidOperationException($"Ukjent feilkode {feil}.");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastSatserMangler(string tabell, LocalDate dato, string detalj, Tidsserie tidsserie, bool antattMulig) =>
        throw new SatserManglerException(tabell, dato, detalj, tidsserie, antattMulig);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void KastUgyldig(Trekksak sak) => throw new UgyldigInndataException(Valider(sak));

    /// <summary>
    /// When <paramref name="kast"/> is set, throws the refusal of a trekk that would take the whole net income
    /// (Retningslinje pkt. 5.4); otherwise the core returns it in <c>feil</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AvvisHeleNettoinntekt(bool kast, Beloep trekk, Beloep netto)
    {
        if (kast)
        {
            KastHeleNettoinntekt(trekk, netto);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastHeleNettoinntekt(Beloep trekk, Beloep netto) =>
        throw new InvalidOperationException(
            $"Trekket {trekk} ville tatt hele nettoinntekten {netto} (Retningslinje pkt. 5.4); taket i trekkgrenser-tabellen må være under 100 %.");
}

/// <summary>
/// Why the arithmetic core refused a (valid) case; <see cref="Ingen"/> when it did not. From
/// <see cref="GrenseMangler"/> on, the value minus <see cref="GrenseMangler"/> is the missing <see cref="Trekkgrense"/>.
/// </summary>
internal enum Kjernefeil
{
    /// <summary>Computed.</summary>
    Ingen = 0,

    /// <summary>No livsopphold rates for the date (and assumed rates not allowed).</summary>
    LivsoppholdMangler = 1,

    /// <summary>No samvær add-ons for the date (and assumed rates not allowed).</summary>
    SamvaerMangler = 2,

    /// <summary>The trekk would take the whole net income (Retningslinje pkt. 5.4; only a ceiling of 100 % or more can do that).</summary>
    HeleNettoinntekt = 3,

    /// <summary>A trekkgrense missing for the date: this value plus the <see cref="Trekkgrense"/>.</summary>
    GrenseMangler = 8,
}
