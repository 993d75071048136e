using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The input rules of a <see cref="Trekksak"/>: <see cref="ErGyldig"/> is the allocation-free check of the hot path,
/// <see cref="Samle"/> collects every violation with field, value and rule (only when input is invalid or asked for).
/// </summary>
internal static class Trekksakvalidering
{
    /// <summary>Rule code: a negative (or absurdly large) amount.</summary>
    internal const string UgyldigBeloep = Feilkoder.UgyldigBeloep;

    /// <summary>Rule code: forskuddstrekk + trekk with better priority exceed gross.</summary>
    internal const string TrekkOverBrutto = "TREKK_OVER_BRUTTO";

    /// <summary>Rule code: samværsklasse outside 1–4.</summary>
    internal const string UgyldigSamvaersklasse = "UGYLDIG_SAMVAERSKLASSE";

    /// <summary>Rule code: a date of birth after the beregningsdato.</summary>
    internal const string FoedtEtterBeregningsdato = "FOEDSELSDATO_ETTER_BEREGNINGSDATO";

    /// <summary>Rule code: partner figures for a single debtor.</summary>
    internal const string PartnerForEnslig = "PARTNER_FOR_ENSLIG";

    /// <summary>Rule code: the schematic næring rule without næringsinntekt.</summary>
    internal const string NaeringUtenNaeringsinntekt = "NAERING_SKJEMATISK_UTEN_NAERINGSINNTEKT";

    /// <summary>Rule code: an undefined enum value.</summary>
    internal const string UgyldigVerdi = Feilkoder.UgyldigVerdi;

    /// <summary>Rule code: a required text is missing (an other expense's text, the reason for the 80 % ceiling).</summary>
    internal const string Paakrevd = Feilkoder.Paakrevd;

    /// <summary>
    /// Technical bound, not a legal figure: amounts above 10^12 kr are refused so sums of the case's amounts cannot
    /// overflow.
    /// </summary>
    internal static readonly Beloep MaksBeloep = Beloep.FraKroner(1_000_000_000_000);

    /// <summary>2^46 øre: below <see cref="MaksBeloep"/> (10^14 øre), a power of two for the one-branch pre-check.</summary>
    private const ulong SikkertUnderMaks = 1UL << 46;

    /// <summary>Collects every violation into <paramref name="feil"/> (none added when the case is valid).</summary>
    internal static void Samle(Trekksak sak, List<Valideringsfeil> feil)
    {
        SamleInntekt(sak, feil);
        SamleHusstand(sak, feil);
        SamleFoedselsdatoer(sak, feil);
        SamleAndreUtgifter(sak, feil);
    }

    /// <summary>The amounts of the case; forskuddstrekk and better-priority trekk not above gross.</summary>
    private static void SamleInntekt(Trekksak sak, List<Valideringsfeil> feil)
    {
        // Non-short-circuit '&': every amount is checked and reported.
        var inntektGyldig = SjekkBeloep(sak.BruttoPerMaaned, Trekksakfelt.BruttoPerMaaned, feil)
            & SjekkBeloep(sak.ForskuddstrekkPerMaaned, Trekksakfelt.ForskuddstrekkPerMaaned, feil)
            & SjekkBeloep(sak.TrekkMedBedrePrioritetPerMaaned, Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, feil);
        SjekkBeloep(sak.AndreInntekterPerMaaned, Trekksakfelt.AndreInntekterPerMaaned, feil);
        SjekkBeloep(sak.PartnerNettoPerMaaned, Trekksakfelt.PartnerNettoPerMaaned, feil);
        SjekkBeloep(sak.PartnerEgenGjeldPerMaaned, Trekksakfelt.PartnerEgenGjeldPerMaaned, feil);
        SjekkBeloep(sak.Boutgift, Trekksakfelt.Boutgift, feil);
        SjekkBeloep(sak.Barnetilsyn, Trekksakfelt.Barnetilsyn, feil);
        SjekkBeloep(sak.BidragBetalt, Trekksakfelt.BidragBetalt, feil);

        // Only meaningful when the three income amounts are themselves valid.
        if (inntektGyldig
            && sak.ForskuddstrekkPerMaaned + sak.TrekkMedBedrePrioritetPerMaaned > sak.BruttoPerMaaned)
        {
            feil.Add(new Valideringsfeil(
                Trekksakfelt.ForskuddstrekkPerMaaned,
                sak.ForskuddstrekkPerMaaned.ToString(),
                TrekkOverBrutto,
                $"Forskuddstrekk ({sak.ForskuddstrekkPerMaaned}) og trekk med bedre prioritet ({sak.TrekkMedBedrePrioritetPerMaaned}) er til sammen mer enn bruttoinntekten ({sak.BruttoPerMaaned})."));
        }
    }

    /// <summary>Sivilstand (no partner figures for a single debtor), cost sharing, the ceiling and the næring rule.</summary>
    private static void SamleHusstand(Trekksak sak, List<Valideringsfeil> feil)
    {
        if (unchecked((uint)sak.Sivilstand) > (uint)Sivilstand.Samboer)
        {
            feil.Add(Udefinert(Trekksakfelt.Sivilstand, (int)sak.Sivilstand));
        }
        else if (sak.Sivilstand == Sivilstand.Enslig)
        {
            if (!sak.PartnerNettoPerMaaned.ErNull)
            {
                feil.Add(new Valideringsfeil(Trekksakfelt.PartnerNettoPerMaaned, sak.PartnerNettoPerMaaned.ToString(), PartnerForEnslig, "En enslig skyldner har ingen ektefelle eller samboer; beløpet må være 0."));
            }

            if (!sak.PartnerEgenGjeldPerMaaned.ErNull)
            {
                feil.Add(new Valideringsfeil(Trekksakfelt.PartnerEgenGjeldPerMaaned, sak.PartnerEgenGjeldPerMaaned.ToString(), PartnerForEnslig, "En enslig skyldner har ingen ektefelle eller samboer; beløpet må være 0."));
            }
        }

        if (unchecked((uint)sak.Kostnadsdeling) > (uint)Kostnadsdeling.Husstand)
        {
            feil.Add(Udefinert(Trekksakfelt.Kostnadsdeling, (int)sak.Kostnadsdeling));
        }

        if (unchecked((uint)sak.Tak) > (uint)Takregel.Utvidet)
        {
            feil.Add(Udefinert(Trekksakfelt.Tak, (int)sak.Tak));
        }
        else if (sak.Tak == Takregel.Utvidet && !HarSynligTekst(sak.TakBegrunnelse))
        {
            feil.Add(new Valideringsfeil(Trekksakfelt.TakBegrunnelse, sak.TakBegrunnelse, Paakrevd, "Det utvidede taket (80 %) er saksbehandlers uttrykkelige valg og krever en begrunnelse med synlige bokstaver eller sifre (regler.takBegrunnelse)."));
        }

        if (sak.NaeringSkjematisk && !sak.Naeringsinntekt)
        {
            feil.Add(new Valideringsfeil(Trekksakfelt.NaeringSkjematisk, "true", NaeringUtenNaeringsinntekt, $"Den skjematiske næringsregelen forutsetter næringsinntekt ({Trekksakfelt.Naeringsinntekt} = true)."));
        }
    }

    /// <summary>The children's dates of birth (allowed dates, not after the beregningsdato) and samværsklasser.</summary>
    private static void SamleFoedselsdatoer(Trekksak sak, List<Valideringsfeil> feil)
    {
        var dato = sak.Beregningsdato;
        var datoGyldig = Datogrense.Sjekk(dato, Trekksakfelt.Beregningsdato, feil);
        var barn = sak.Barn.AsSpan();
        for (var i = 0; i < barn.Length; i++)
        {
            // A birth date outside years 1–9999 is recorded by Sjekk and cannot be compared with the beregningsdato.
            if (Datogrense.Sjekk(barn[i].Foedselsdato, Trekksakfelt.BarnFelt(i, "foedselsdato"), feil)
                && datoGyldig && barn[i].Foedselsdato > dato)
            {
                feil.Add(EtterBeregningsdato(Trekksakfelt.BarnFelt(i, "foedselsdato"), barn[i].Foedselsdato, dato));
            }
        }

        var samvaersbarn = sak.Samvaersbarn.AsSpan();
        for (var i = 0; i < samvaersbarn.Length; i++)
        {
            // A birth date outside years 1–9999 is recorded by Sjekk and cannot be compared with the beregningsdato.
            if (Datogrense.Sjekk(samvaersbarn[i].Foedselsdato, Trekksakfelt.SamvaersbarnFelt(i, "foedselsdato"), feil)
                && datoGyldig && samvaersbarn[i].Foedselsdato > dato)
            {
                feil.Add(EtterBeregningsdato(Trekksakfelt.SamvaersbarnFelt(i, "foedselsdato"), samvaersbarn[i].Foedselsdato, dato));
            }

            var klasse = samvaersbarn[i].Samvaersklasse;
            if (klasse is < 1 or > 4)
            {
                feil.Add(new Valideringsfeil(
                    Trekksakfelt.SamvaersbarnFelt(i, "samvaersklasse"),
                    klasse.ToString(CultureInfo.InvariantCulture),
                    UgyldigSamvaersklasse,
                    "Samværsklassen må være 1, 2, 3 eller 4."));
            }
        }
    }

    /// <summary>Each other expense's amount and text, and their sum within <see cref="MaksBeloep"/>.</summary>
    private static void SamleAndreUtgifter(Trekksak sak, List<Valideringsfeil> feil)
    {
        var andre = sak.AndreUtgifter.AsSpan();
        var andreGyldige = true;
        for (var i = 0; i < andre.Length; i++)
        {
            andreGyldige &= SjekkBeloep(andre[i].Beloep, Trekksakfelt.AnnenUtgiftFelt(i, "beloep"), feil);
            if (string.IsNullOrWhiteSpace(andre[i].Tekst))
            {
                feil.Add(new Valideringsfeil(Trekksakfelt.AnnenUtgiftFelt(i, "tekst"), null, Paakrevd, "En annen utgift må ha en tekst som sier hva den er."));
            }
        }

        if (andreGyldige && !AndreUtgifterISum(andre))
        {
            feil.Add(new Valideringsfeil(
                Trekksakfelt.AndreUtgifter,
                andre.Length.ToString(CultureInfo.InvariantCulture) + " utgifter",
                UgyldigBeloep,
                $"Summen av de andre utgiftene er større enn {MaksBeloep} kr, grensen for ett beløp."));
        }
    }

    /// <summary>
    /// True when the other expenses (each already within <see cref="MaksBeloep"/>) add up to no more than
    /// <see cref="MaksBeloep"/>: a technical bound, so the sums of the case cannot overflow however many there are.
    /// </summary>
    private static bool AndreUtgifterISum(ReadOnlySpan<AnnenUtgift> andre)
    {
        var sum = 0L;
        foreach (ref readonly var utgift in andre)
        {
            sum += utgift.Beloep.Oere; // each ≤ MaksBeloep, and we stop as soon as the sum exceeds it: no overflow
            if (sum > MaksBeloep.Oere)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>As <see cref="AndreUtgifterISum(ReadOnlySpan{AnnenUtgift})"/>, for the hot path's input.</summary>
    private static bool AndreUtgifterISum<TSak>(ref TSak sak)
        where TSak : ITrekkinndata, allows ref struct
    {
        var sum = 0L;
        var antall = sak.AntallAndreUtgifter;
        for (var i = 0; i < antall; i++)
        {
            sum += sak.AnnenUtgiftBeloep(i).Oere; // each ≤ MaksBeloep, and we stop as soon as the sum exceeds it: no overflow
            if (sum > MaksBeloep.Oere)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The hot path's check: the same rules as <see cref="Samle"/>, as plain comparisons, stopping at the first
    /// violation and allocating nothing. A property test keeps the two paths in agreement.
    /// </summary>
    internal static bool ErGyldig(Trekksak sak)
    {
        var inndata = new TrekksakInndata(sak);
        return ErGyldig(ref inndata);
    }

    /// <summary>As <see cref="ErGyldig(Trekksak)"/>, for any input holder (a portfolio row).</summary>
    internal static bool ErGyldig<TSak>(ref TSak sak)
        where TSak : ITrekkinndata, allows ref struct
    {
        return BeloepGyldige(ref sak) && ValgGyldige(ref sak) && Datogrense.ErGyldig(sak.Beregningsdato) && ListerGyldige(ref sak);
    }

    /// <summary>
    /// Every amount of the case within 0 … <see cref="MaksBeloep"/>. Unsigned casts are unchecked on purpose: a
    /// negative value becomes huge, so one unsigned comparison catches both a negative amount and one above the bound.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool BeloepGyldige<TSak>(ref TSak sak)
        where TSak : ITrekkinndata, allows ref struct
    {
        // Common case first, with one branch: every amount non-negative and below 2^46 øre (≈ 7·10^11 kr, under the
        // bound) exactly when their bitwise OR is (a negative amount sets the sign bit). Otherwise the exact check.
        var samlet = sak.BruttoPerMaaned.Oere | sak.ForskuddstrekkPerMaaned.Oere | sak.TrekkMedBedrePrioritetPerMaaned.Oere
            | sak.AndreInntekterPerMaaned.Oere | sak.PartnerNettoPerMaaned.Oere | sak.PartnerEgenGjeldPerMaaned.Oere
            | sak.Boutgift.Oere | sak.Barnetilsyn.Oere | sak.BidragBetalt.Oere;
        if (unchecked((ulong)samlet) < SikkertUnderMaks)
        {
            return true;
        }

        var maks = (ulong)MaksBeloep.Oere;
        return unchecked((ulong)sak.BruttoPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.ForskuddstrekkPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.TrekkMedBedrePrioritetPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.AndreInntekterPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.PartnerNettoPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.PartnerEgenGjeldPerMaaned.Oere) <= maks
            && unchecked((ulong)sak.Boutgift.Oere) <= maks
            && unchecked((ulong)sak.Barnetilsyn.Oere) <= maks
            && unchecked((ulong)sak.BidragBetalt.Oere) <= maks;
    }

    /// <summary>
    /// The choices and their conditions: deductions not above gross, defined enum values, a reason for the 80 %
    /// ceiling, næringsinntekt for the næring rule, no partner figures for a single debtor.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ValgGyldige<TSak>(ref TSak sak)
        where TSak : ITrekkinndata, allows ref struct =>
        sak.ForskuddstrekkPerMaaned.Oere + sak.TrekkMedBedrePrioritetPerMaaned.Oere <= sak.BruttoPerMaaned.Oere
        && unchecked((uint)sak.Sivilstand) <= (uint)Sivilstand.Samboer
        && unchecked((uint)sak.Kostnadsdeling) <= (uint)Kostnadsdeling.Husstand
        && unchecked((uint)sak.Tak) <= (uint)Takregel.Utvidet
        && (sak.Tak != Takregel.Utvidet || HarSynligTekst(sak.TakBegrunnelse))
        && (!sak.NaeringSkjematisk || sak.Naeringsinntekt)
        && (sak.Sivilstand != Sivilstand.Enslig || (sak.PartnerNettoPerMaaned.Oere | sak.PartnerEgenGjeldPerMaaned.Oere) == 0);

    /// <summary>
    /// The lists: children's dates of birth, samværsklasser 1–4, each other expense's amount and text and their sum.
    /// Asked only when the beregningsdato is an allowed date.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ListerGyldige<TSak>(ref TSak sak)
        where TSak : ITrekkinndata, allows ref struct
    {
        var antallBarn = sak.AntallBarn;
        for (var i = 0; i < antallBarn; i++)
        {
            if (!sak.BarnFoedtGyldig(i))
            {
                return false;
            }
        }

        var antallSamvaersbarn = sak.AntallSamvaersbarn;
        for (var i = 0; i < antallSamvaersbarn; i++)
        {
            if (!sak.SamvaersbarnFoedtGyldig(i) || unchecked((uint)(sak.Samvaersklasse(i) - 1)) > 3u)
            {
                return false;
            }
        }

        var maks = (ulong)MaksBeloep.Oere;
        var antallAndre = sak.AntallAndreUtgifter;
        for (var i = 0; i < antallAndre; i++)
        {
            if (unchecked((ulong)sak.AnnenUtgiftBeloep(i).Oere) > maks || string.IsNullOrWhiteSpace(sak.AnnenUtgiftTekst(i)))
            {
                return false;
            }
        }

        return AndreUtgifterISum(ref sak);
    }

    private static bool SjekkBeloep(Beloep beloep, string felt, List<Valideringsfeil> feil)
    {
        if (beloep.ErNegativt)
        {
            feil.Add(new Valideringsfeil(felt, beloep.ToString(), UgyldigBeloep, "Beløpet kan ikke være negativt."));
            return false;
        }

        if (beloep > MaksBeloep)
        {
            feil.Add(new Valideringsfeil(felt, beloep.ToString(), UgyldigBeloep, "Beløpet er for stort."));
            return false;
        }

        return true;
    }

    private static Valideringsfeil Udefinert(string felt, int verdi) =>
        new(felt, verdi.ToString(CultureInfo.InvariantCulture), UgyldigVerdi, "Verdien er ikke en av de tillatte.");

    private static Valideringsfeil EtterBeregningsdato(string felt, LocalDate foedt, LocalDate dato) =>
        new(
            felt,
            Isodato.Tekst(foedt),
            FoedtEtterBeregningsdato,
            $"Fødselsdatoen er etter beregningsdatoen {Isodato.Tekst(dato)}.");

    /// <summary>
    /// True when <paramref name="tekst"/> has at least one letter or digit: a reason of only spaces, no-break spaces
    /// or zero-width characters (<c>"\u00a0\u200b"</c>) says nothing and is refused. Allocation-free.
    /// </summary>
    internal static bool HarSynligTekst(string? tekst)
    {
        if (tekst is null)
        {
            return false;
        }

        foreach (var tegn in tekst.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetterOrDigit(tegn))
            {
                return true;
            }
        }

        return false;
    }
}
