using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>
/// The input rules of a <see cref="Trekksak"/>. One routine serves both uses: with no list it stops at the first
/// violation and allocates nothing (the hot path's check); with a list it collects every violation.
/// </summary>
internal static class Trekksakvalidering
{
    /// <summary>Rule code: a negative (or absurdly large) amount.</summary>
    internal const string UgyldigBeloep = "UGYLDIG_BELOEP";

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
    internal const string UgyldigVerdi = "UGYLDIG_VERDI";

    /// <summary>Rule code: a required text is missing.</summary>
    internal const string Paakrevd = "PAAKREVD";

    /// <summary>
    /// Technical bound, not a legal figure: amounts above 10^12 kr are refused so sums of the case's amounts cannot
    /// overflow.
    /// </summary>
    internal static readonly Beloep MaksBeloep = Beloep.FraKroner(1_000_000_000_000);

    /// <summary>
    /// Checks the case. Returns true when valid. When <paramref name="feil"/> is null, returns at the first violation
    /// without allocating; otherwise adds every violation to it.
    /// </summary>
    internal static bool Sjekk(Trekksak sak, List<Valideringsfeil>? feil)
    {
        var gyldig = true;
        gyldig &= SjekkBeloep(sak.BruttoPerMaaned, Trekksakfelt.BruttoPerMaaned, feil);
        if (!gyldig && feil is null)
        {
            return false;
        }

        gyldig &= SjekkBeloep(sak.ForskuddstrekkPerMaaned, Trekksakfelt.ForskuddstrekkPerMaaned, feil);
        gyldig &= SjekkBeloep(sak.TrekkMedBedrePrioritetPerMaaned, Trekksakfelt.TrekkMedBedrePrioritetPerMaaned, feil);
        gyldig &= SjekkBeloep(sak.AndreInntekterPerMaaned, Trekksakfelt.AndreInntekterPerMaaned, feil);
        gyldig &= SjekkBeloep(sak.PartnerNettoPerMaaned, Trekksakfelt.PartnerNettoPerMaaned, feil);
        gyldig &= SjekkBeloep(sak.PartnerEgenGjeldPerMaaned, Trekksakfelt.PartnerEgenGjeldPerMaaned, feil);
        gyldig &= SjekkBeloep(sak.Boutgift, Trekksakfelt.Boutgift, feil);
        gyldig &= SjekkBeloep(sak.Barnetilsyn, Trekksakfelt.Barnetilsyn, feil);
        gyldig &= SjekkBeloep(sak.BidragBetalt, Trekksakfelt.BidragBetalt, feil);
        if (!gyldig && feil is null)
        {
            return false;
        }

        // Only meaningful when the three amounts are themselves valid.
        if (gyldig
            && sak.ForskuddstrekkPerMaaned + sak.TrekkMedBedrePrioritetPerMaaned > sak.BruttoPerMaaned)
        {
            gyldig = false;
            feil?.Add(new Valideringsfeil(
                Trekksakfelt.ForskuddstrekkPerMaaned,
                sak.ForskuddstrekkPerMaaned.ToString(),
                TrekkOverBrutto,
                $"Forskuddstrekk ({sak.ForskuddstrekkPerMaaned}) og trekk med bedre prioritet ({sak.TrekkMedBedrePrioritetPerMaaned}) er til sammen mer enn bruttoinntekten ({sak.BruttoPerMaaned})."));
        }

        if ((uint)sak.Sivilstand > (uint)Sivilstand.Samboer)
        {
            gyldig = false;
            feil?.Add(Udefinert(Trekksakfelt.Sivilstand, (int)sak.Sivilstand));
        }
        else if (sak.Sivilstand == Sivilstand.Enslig)
        {
            if (!sak.PartnerNettoPerMaaned.ErNull)
            {
                gyldig = false;
                feil?.Add(new Valideringsfeil(Trekksakfelt.PartnerNettoPerMaaned, sak.PartnerNettoPerMaaned.ToString(), PartnerForEnslig, "En enslig skyldner har ingen ektefelle eller samboer; beløpet må være 0."));
            }

            if (!sak.PartnerEgenGjeldPerMaaned.ErNull)
            {
                gyldig = false;
                feil?.Add(new Valideringsfeil(Trekksakfelt.PartnerEgenGjeldPerMaaned, sak.PartnerEgenGjeldPerMaaned.ToString(), PartnerForEnslig, "En enslig skyldner har ingen ektefelle eller samboer; beløpet må være 0."));
            }
        }

        if ((uint)sak.Kostnadsdeling > (uint)Kostnadsdeling.Husstand)
        {
            gyldig = false;
            feil?.Add(Udefinert(Trekksakfelt.Kostnadsdeling, (int)sak.Kostnadsdeling));
        }

        if ((uint)sak.Tak > (uint)Takregel.Utvidet)
        {
            gyldig = false;
            feil?.Add(Udefinert(Trekksakfelt.Tak, (int)sak.Tak));
        }

        if (sak.NaeringSkjematisk && !sak.Naeringsinntekt)
        {
            gyldig = false;
            feil?.Add(new Valideringsfeil(Trekksakfelt.NaeringSkjematisk, "true", NaeringUtenNaeringsinntekt, $"Den skjematiske næringsregelen forutsetter næringsinntekt ({Trekksakfelt.Naeringsinntekt} = true)."));
        }

        if (!gyldig && feil is null)
        {
            return false;
        }

        var dato = sak.Beregningsdato;
        var barn = sak.Barn.AsSpan();
        for (var i = 0; i < barn.Length; i++)
        {
            if (barn[i].Foedselsdato > dato)
            {
                gyldig = false;
                feil?.Add(EtterBeregningsdato(Trekksakfelt.BarnFelt(i, "foedselsdato"), barn[i].Foedselsdato, dato));
            }
        }

        var samvaersbarn = sak.Samvaersbarn.AsSpan();
        for (var i = 0; i < samvaersbarn.Length; i++)
        {
            if (samvaersbarn[i].Foedselsdato > dato)
            {
                gyldig = false;
                feil?.Add(EtterBeregningsdato(Trekksakfelt.SamvaersbarnFelt(i, "foedselsdato"), samvaersbarn[i].Foedselsdato, dato));
            }

            var klasse = samvaersbarn[i].Samvaersklasse;
            if (klasse is < 1 or > 4)
            {
                gyldig = false;
                feil?.Add(new Valideringsfeil(
                    Trekksakfelt.SamvaersbarnFelt(i, "samvaersklasse"),
                    klasse.ToString(CultureInfo.InvariantCulture),
                    UgyldigSamvaersklasse,
                    "Samværsklassen må være 1, 2, 3 eller 4."));
            }
        }

        var andre = sak.AndreUtgifter.AsSpan();
        for (var i = 0; i < andre.Length; i++)
        {
            if (feil is null && !gyldig)
            {
                return false;
            }

            gyldig &= SjekkBeloep(andre[i].Beloep, feil is null ? Trekksakfelt.AndreUtgifter : Trekksakfelt.AnnenUtgiftFelt(i, "beloep"), feil);
            if (string.IsNullOrWhiteSpace(andre[i].Tekst))
            {
                gyldig = false;
                feil?.Add(new Valideringsfeil(Trekksakfelt.AnnenUtgiftFelt(i, "tekst"), null, Paakrevd, "En annen utgift må ha en tekst som sier hva den er."));
            }
        }

        return gyldig;
    }

    private static bool SjekkBeloep(Beloep beloep, string felt, List<Valideringsfeil>? feil)
    {
        if (beloep.ErNegativt)
        {
            feil?.Add(new Valideringsfeil(felt, beloep.ToString(), UgyldigBeloep, "Beløpet kan ikke være negativt."));
            return false;
        }

        if (beloep > MaksBeloep)
        {
            feil?.Add(new Valideringsfeil(felt, beloep.ToString(), UgyldigBeloep, "Beløpet er for stort."));
            return false;
        }

        return true;
    }

    private static Valideringsfeil Udefinert(string felt, int verdi) =>
        new(felt, verdi.ToString(CultureInfo.InvariantCulture), UgyldigVerdi, "Verdien er ikke en av de tillatte.");

    private static Valideringsfeil EtterBeregningsdato(string felt, LocalDate foedt, LocalDate dato) =>
        new(
            felt,
            foedt.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            FoedtEtterBeregningsdato,
            $"Fødselsdatoen er etter beregningsdatoen {dato.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
}
