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
    /// <exception cref="UgyldigInputException">The case breaks one or more input rules (all are listed).</exception>
    /// <exception cref="SatserManglerException">A needed rate is not known for the beregningsdato and assumed rates are not allowed.</exception>
    public static TrekkResultat Beregn(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(satser);
        if (!Trekksakvalidering.ErGyldig(sak))
        {
            KastUgyldig(sak);
        }

        var sporing = default(IngenSporing);
        return Beregn(sak, satser, valg, ref sporing);
    }

    /// <summary>
    /// Computes the trekk per month and the explanation trace: each step with its rule and legal source, the facts it
    /// used and its result.
    /// </summary>
    /// <exception cref="UgyldigInputException">The case breaks one or more input rules (all are listed).</exception>
    /// <exception cref="SatserManglerException">A needed rate is not known for the beregningsdato and assumed rates are not allowed.</exception>
    public static (TrekkResultat Resultat, Forklaring Forklaring) Forklar(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(satser);
        if (!Trekksakvalidering.ErGyldig(sak))
        {
            KastUgyldig(sak);
        }

        var opptak = new Forklaringsopptak(sak, satser);
        var resultat = Beregn(sak, satser, valg, ref opptak);
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
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or the period is not defined.</exception>
    public static Beloep TilLoennsperiode(Beloep trekkPerMaaned, Loennsperiode periode)
    {
        if (trekkPerMaaned.ErNegativt)
        {
            throw new ArgumentOutOfRangeException(nameof(trekkPerMaaned), trekkPerMaaned, "The trekk cannot be negative.");
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

    /// <summary>The single arithmetic core, specialised by the JIT for each sporing.</summary>
    /// <remarks>
    /// Step 1 (livsopphold and samvær add-ons) lives in two step methods of its own, each also specialised per
    /// sporing: the JIT then compiles each with its own budget of locals and inlines the small rule helpers, which it
    /// stops doing in one method this large.
    /// </remarks>
    internal static TrekkResultat Beregn<TSporing>(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg, ref TSporing sporing)
        where TSporing : struct, ISporing
    {
        var dato = sak.Beregningsdato;
        var dag = Tidsserie.Dagnummer(dato);
        var tillatAntatt = valg.TillatAntatteSatser;
        var antatt = AntattSats.Ingen;
        var sivilstand = sak.Sivilstand;

        // The livsopphold and samvær periods and all trekkgrenser in force on the date, in one lookup; a rate is read
        // (and its absence refused) only where a step needs it.
        ref readonly var segment = ref satser.Dagsindeks.Finn(dag);

        // Step 1a: livsopphold of the household.
        var livsopphold = BeregnLivsopphold(sak, satser, in segment, tillatAntatt, ref antatt, ref sporing);

        // Step 1b: samvær add-ons (the debtor's own expense).
        var samvaer = BeregnSamvaer(sak, satser, in segment, tillatAntatt, ref antatt, ref sporing);

        // Step 2: household expenses E.
        var andreFelles = Beloep.Null;
        var andreEgne = Beloep.Null;
        var andre = sak.AndreUtgifter.AsSpan();
        for (var i = 0; i < andre.Length; i++)
        {
            if (andre[i].EgenUtgift)
            {
                andreEgne += andre[i].Beloep;
            }
            else
            {
                andreFelles += andre[i].Beloep;
            }
        }

        var husstandsutgifter = livsopphold + sak.Boutgift + sak.Barnetilsyn + andreFelles;
        sporing.Husstandsutgifter(livsopphold, andreFelles, husstandsutgifter);

        // Step 4 (needed by step 3): available income.
        var nettoTrekkbar = sak.BruttoPerMaaned - sak.ForskuddstrekkPerMaaned - sak.TrekkMedBedrePrioritetPerMaaned;
        var disponibelt = nettoTrekkbar + sak.AndreInntekterPerMaaned;

        // Step 3: the debtor's share.
        var partnerDisponibelt = sivilstand == Sivilstand.Enslig
            ? Beloep.Null
            : PartnerDisponibelt.Beregn(sak.PartnerNettoPerMaaned, sak.PartnerEgenGjeldPerMaaned);
        Beloep andelAvHusstand;
        if (sivilstand == Sivilstand.Enslig)
        {
            andelAvHusstand = husstandsutgifter;
        }
        else
        {
            andelAvHusstand = sak.Kostnadsdeling switch
            {
                Kostnadsdeling.Forholdsmessig => ForholdsmessigDeling.Andel(husstandsutgifter, disponibelt, partnerDisponibelt),
                Kostnadsdeling.Husstand => HusstandDeling.Andel(husstandsutgifter, partnerDisponibelt),
                _ => HalvpartDeling.Andel(husstandsutgifter, partnerDisponibelt),
            };
        }

        var skyldnersandel = andelAvHusstand + samvaer + sak.BidragBetalt + andreEgne;
        sporing.Andel(husstandsutgifter, disponibelt, partnerDisponibelt, andelAvHusstand, samvaer, andreEgne, skyldnersandel);
        sporing.Disponibelt(nettoTrekkbar, disponibelt);

        // Step 5: raw trekk.
        var raa = disponibelt - skyldnersandel;
        sporing.RaaTrekk(disponibelt, skyldnersandel, raa);

        // Step 6: limits; the lowest wins, ties in the order Livsopphold, TrekkbarInntekt, Tak, Naering20.
        var brutto = sak.BruttoPerMaaned;
        var utvidet = sak.Tak == Takregel.Utvidet;
        var takProsent = Grense(satser, in segment, utvidet ? Trekkgrense.TakMaks : Trekkgrense.TakNormal, dato);
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
            naeringProsent = Grense(satser, in segment, Trekkgrense.NaeringSkjematisk, dato);
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

        // Step 7: round down to whole kroner; trekkprosent down to two decimals.
        var foerAvrunding = Beloep.Max(Beloep.Null, grense);
        var trekk = foerAvrunding.NedTilHeleKroner();
        var trekkprosent = TrekkAvrunding.Trekkprosent(trekk, brutto);

        // Pkt. 5.4: never the whole net income.
        if (!trekk.ErNull && trekk >= nettoTrekkbar)
        {
            KastHeleNettoinntekt(trekk, nettoTrekkbar);
        }

        sporing.Resultat(foerAvrunding, trekk, trekkprosent);

        return new TrekkResultat
        {
            Beregningsdato = sak.Beregningsdato,
            TrekkPerMaaned = trekk,
            Trekkprosent = trekkprosent,
            Begrensning = binding,
            Livsopphold = livsopphold,
            Samvaerstillegg = samvaer,
            Husstandsutgifter = husstandsutgifter,
            Skyldnersandel = skyldnersandel,
            Disponibelt = disponibelt,
            RaaTrekk = raa,
            TrekkbarInntekt = nettoTrekkbar,
            Takrom = takrom,
            Naeringsgrense = naering,
            Antatt = antatt,
            SatserVersjon = satser.Versjon,
        };
    }

    /// <summary>Step 1a: the household's livsopphold (adults, children, the cut from the 4th person).</summary>
    /// <remarks>
    /// <see cref="SkipLocalsInitAttribute"/>: the stack buffer is written (for every index used) before it is read, so
    /// zeroing it is wasted work on the hot path.
    /// </remarks>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Beloep BeregnLivsopphold<TSporing>(Trekksak sak, Satsgrunnlag satser, in Dagssegment segment, bool tillatAntatt, ref AntattSats antatt, ref TSporing sporing)
        where TSporing : struct, ISporing
    {
        var dato = sak.Beregningsdato;
        var livsPeriode = segment.Livsopphold(tillatAntatt, out var livsStatus);
        if (livsPeriode < 0)
        {
            KastSatserMangler("livsopphold", dato, "livsoppholdssatser", satser.Livsopphold.Tidsserie, antattMulig: true);
        }

        if (livsStatus == SatsStatus.Antatt)
        {
            antatt |= AntattSats.Livsopphold;
        }

        ref readonly var livsSatser = ref segment.Livssatser;
        var sivilstand = sak.Sivilstand;
        var antallVoksne = LivsoppholdVoksne.Antall(sivilstand);
        var satsPerVoksen = LivsoppholdVoksne.SatsPerVoksen(sivilstand, in livsSatser);
        var livsopphold = satsPerVoksen * antallVoksne;
        sporing.Voksne(sivilstand, antallVoksne, satsPerVoksen, livsopphold);

        // Ages and date keys are computed once into a stack buffer (up to MaksBufret children; more are recomputed).
        var barn = sak.Barn.AsSpan();
        // No buffer for an empty list (nothing to buffer).
        var bufret = barn.Length is > 0 and <= MaksBufret;
        Unsafe.SkipInit(out Barnebuffer buffer);
        var barnBuffer = bufret ? (Span<int>)buffer : default;
        var barnAlder = bufret ? barnBuffer[..barn.Length] : [];
        var barnNoekler = bufret ? barnBuffer.Slice(MaksBufret, barn.Length) : [];
        var antallBarn = 0;
        for (var i = 0; i < barn.Length; i++)
        {
            var alder = Alder.HeleAar(barn[i].Foedselsdato, dato);
            if (bufret)
            {
                barnAlder[i] = alder;
                barnNoekler[i] = Alder.Noekkel(barn[i].Foedselsdato);
            }

            if (LivsoppholdBarn.Medregnes(alder, barn[i].Videregaaende))
            {
                antallBarn++;
            }
        }

        var antallRedusert = FjerdePersonReduksjon.AntallRedusert(antallVoksne, antallBarn);
        var reduksjon = antallRedusert > 0
            ? Grense(satser, in segment, Trekkgrense.ReduksjonFraFjerdePerson, dato)
            : Prosent.Null;
        for (var i = 0; i < barn.Length; i++)
        {
            var alder = barnAlder.IsEmpty ? Alder.HeleAar(barn[i].Foedselsdato, dato) : barnAlder[i];
            if (!LivsoppholdBarn.Medregnes(alder, barn[i].Videregaaende))
            {
                sporing.Barn(i, alder, false, Beloep.Null, false, Beloep.Null);
                continue;
            }

            var sats = livsSatser.ForBarn(alder);
            var redusert = Yngstefoerst.BlantYngste(barn, barnAlder, barnNoekler, i, antallRedusert, dato);
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
    private static Beloep BeregnSamvaer<TSporing>(Trekksak sak, Satsgrunnlag satser, in Dagssegment segment, bool tillatAntatt, ref AntattSats antatt, ref TSporing sporing)
        where TSporing : struct, ISporing
    {
        var dato = sak.Beregningsdato;
        var samvaersbarn = sak.Samvaersbarn.AsSpan();
        var samvaerBufret = samvaersbarn.Length is > 0 and <= MaksBufret;
        Unsafe.SkipInit(out Barnebuffer buffer);
        var samvaerBuffer = samvaerBufret ? (Span<int>)buffer : default;
        var samvaerAlder = samvaerBufret ? samvaerBuffer[..samvaersbarn.Length] : [];
        var samvaerNoekler = samvaerBufret ? samvaerBuffer.Slice(MaksBufret, samvaersbarn.Length) : [];
        var antallSamvaer = 0;
        for (var i = 0; i < samvaersbarn.Length; i++)
        {
            var alder = Alder.HeleAar(samvaersbarn[i].Foedselsdato, dato);
            if (samvaerBufret)
            {
                samvaerAlder[i] = alder;
                samvaerNoekler[i] = Alder.Noekkel(samvaersbarn[i].Foedselsdato);
            }

            if (Samvaerstillegg.Medregnes(alder))
            {
                antallSamvaer++;
            }
        }

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
                KastSatserMangler("samvaer", dato, "samværstillegg", samvaerTabell.Tidsserie, antattMulig: true);
            }

            if (samvaerStatus == SatsStatus.Antatt)
            {
                antatt |= AntattSats.Samvaer;
            }

            if (antallSamvaerRedusert > 0)
            {
                samvaerReduksjon = Grense(satser, in segment, Trekkgrense.ReduksjonSamvaerFraTredjeBarn, dato);
            }

            for (var i = 0; i < samvaersbarn.Length; i++)
            {
                var alder = samvaerAlder.IsEmpty ? Alder.HeleAar(samvaersbarn[i].Foedselsdato, dato) : samvaerAlder[i];
                if (!Samvaerstillegg.Medregnes(alder))
                {
                    sporing.Samvaersbarn(i, alder, false, Beloep.Null, false, Beloep.Null);
                    continue;
                }

                var sats = segment.Samvaerssats(samvaersbarn[i].Samvaersklasse, SamvaerTabell.Aldersband(alder));
                var redusert = Yngstefoerst.BlantYngste(samvaersbarn, samvaerAlder, samvaerNoekler, i, antallSamvaerRedusert, dato, samvaerTabell, samvaerPeriode);
                var etter = redusert ? SamvaerReduksjonTredjeBarn.Reduser(sats, samvaerReduksjon) : sats;
                samvaer += etter;
                sporing.Samvaersbarn(i, alder, true, sats, redusert, etter);
            }
        }
        else
        {
            for (var i = 0; i < samvaersbarn.Length; i++)
            {
                sporing.Samvaersbarn(i, samvaerAlder.IsEmpty ? Alder.HeleAar(samvaersbarn[i].Foedselsdato, dato) : samvaerAlder[i], false, Beloep.Null, false, Beloep.Null);
            }
        }

        sporing.Samvaer(samvaerPeriode, samvaerStatus, antallSamvaer, antallSamvaerRedusert, samvaerReduksjon, samvaer);

        return samvaer;
    }

    /// <summary>Children (and, separately, samvær children) whose ages and date keys are buffered on the stack.</summary>
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Prosent Grense(Satsgrunnlag satser, in Dagssegment segment, Trekkgrense grense, LocalDate dato)
    {
        if (!segment.TryGrense(grense, out var prosent))
        {
            KastSatserMangler("trekkgrenser", dato, TrekkgrenserTabell.Parameternavn[(int)grense], satser.Trekkgrenser[grense].Tidsserie, antattMulig: false);
        }

        return prosent;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastSatserMangler(string tabell, LocalDate dato, string detalj, Tidsserie tidsserie, bool antattMulig) =>
        throw new SatserManglerException(tabell, dato, detalj, tidsserie, antattMulig);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastUgyldig(Trekksak sak) => throw new UgyldigInputException(Valider(sak));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KastHeleNettoinntekt(Beloep trekk, Beloep netto) =>
        throw new InvalidOperationException(
            $"Trekket {trekk} ville tatt hele nettoinntekten {netto} (Retningslinje pkt. 5.4); taket i trekkgrenser-tabellen må være under 100 %.");
}
