using System.Globalization;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Renter;

namespace Utleggstrekk.Engine.Prioritet;

/// <summary>
/// Checks a list of claims before it is distributed over. Collects every violation (never only the first); each names
/// the field as a TREKK.json path (<c>krav[3].prioritetISak</c>), the value and a stable rule code.
/// </summary>
/// <remarks>
/// Rule codes: <c>MANGLER_KRAV</c> (ELAN; no claims at all — a trekk has at least one, field <c>krav</c>),
/// <c>PAAKREVD</c> (missing id, sak, claim or interest start), <c>KRAV_DUPLIKATE_REFERANSER</c> (ELAN; two
/// claims with the same id), <c>PRIORITET_MANGLER</c> (ELAN; artsprioritet not a–f), <c>UGYLDIG_PRIORITET_I_SAK</c>
/// (outside 1–99), <c>UGYLDIG_KRAVTYPE</c>, <c>UGYLDIG_BELOEP</c> (ELAN; negative amount),
/// <c>UGYLDIG_BELOEP</c> also when remaining plus accrued interest, or the claims' needs together, do not fit an
/// amount (on <c>paaloeptRente</c>, or on the claim where the sum first overflows),
/// <c>BIDRAG_MAA_HA_ARTSPRIORITET_A</c> (løpende bidrag and bidragsgjeld are class a, deknl. § 2-8 first ledd a),
/// <c>LOEPENDE_BIDRAG_MANGLER_MAANEDLIG_BELOEP</c>, <c>MAANEDLIG_BELOEP_KUN_FOR_LOEPENDE_BIDRAG</c>,
/// <c>LOEPENDE_BIDRAG_HAR_IKKE_RENTER</c> (not yet due, so no interest), <c>RENTEKRAV_KAN_IKKE_HA_RENTEKRAV</c> (ELAN;
/// never interest on interest), <c>UGYLDIG_RENTEVILKAAR</c>, <c>UGYLDIG_RENTE</c>,
/// <c>KRAVTYPE_HAR_ANNEN_ARTSPRIORITET</c> (renter and gebyr are class e or f, kostnader class f: Retningslinje pkt. 6.1;
/// never silently moved).
/// </remarks>
public static class Kravvalidering
{
    /// <summary>Every violation in <paramref name="krav"/>; empty when the claims are valid.</summary>
    public static IReadOnlyList<Valideringsfeil> Valider(ReadOnlySpan<Krav> krav)
    {
        var feil = new List<Valideringsfeil>();
        if (krav.IsEmpty)
        {
            feil.Add(new Valideringsfeil("krav", "[]", Feilkoder.ManglerKrav, "Trekket må ha minst ett krav."));
            return feil;
        }

        var sett = new Dictionary<string, int>(krav.Length, StringComparer.Ordinal);
        long sumBehov = 0;
        var sumForStor = false;
        for (var i = 0; i < krav.Length; i++)
        {
            var k = krav[i];
            var p = $"krav[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (k is null)
            {
                feil.Add(new Valideringsfeil(p, null, Feilkoder.Paakrevd, "Kravet mangler."));
                continue;
            }

            ValiderEtt(k, p, feil);
            if (!sumForStor && BehovOere(k) is { } behov)
            {
                // Every need fits; their sum must too (the pro-rata sums of needs and weights are at most this).
                if (behov > long.MaxValue - sumBehov)
                {
                    sumForStor = true;
                    var loepende = k.Kravtype == Kravtype.LoependeBidrag;
                    feil.Add(new Valideringsfeil(
                        p + (loepende ? ".maanedligBeloep" : ".gjenstaaende"),
                        (loepende ? k.MaanedligBeloep : k.Gjenstaaende).ToString(),
                        Feilkoder.UgyldigBeloep,
                        "Kravenes samlede behov blir større enn et beløp kan holde."));
                }
                else
                {
                    sumBehov += behov;
                }
            }

            if (!string.IsNullOrWhiteSpace(k.Id) && !sett.TryAdd(k.Id, i))
            {
                feil.Add(new Valideringsfeil(
                    p + ".id",
                    k.Id,
                    Feilkoder.KravDuplikateReferanser,
                    $"Kravreferansen er brukt før, av krav[{sett[k.Id].ToString(CultureInfo.InvariantCulture)}]."));
            }
        }

        return feil;
    }

    /// <summary>Throws <see cref="UgyldigInndataException"/> with every violation when <paramref name="krav"/> is not valid.</summary>
    public static void SjekkGyldig(ReadOnlySpan<Krav> krav)
    {
        var feil = Valider(krav);
        if (feil.Count > 0)
        {
            throw new UgyldigInndataException(feil);
        }
    }

    /// <summary>Every violation of one claim, in a fixed order (field by field as in TREKK.json, then the rules across fields).</summary>
    private static void ValiderEtt(Krav k, string p, List<Valideringsfeil> feil)
    {
        ValiderReferanser(k, p, feil);
        ValiderPrioriteter(k, p, feil);
        ValiderBeloep(k, p, feil);
        ValiderArtsprioritetForKravtype(k, p, feil);
        ValiderMaanedligBeloep(k, p, feil);
        ValiderRentevilkaar(k, p, feil);
    }

    /// <summary>The claim's id and case are given; its tidsprioritet is a date the engine handles.</summary>
    private static void ValiderReferanser(Krav k, string p, List<Valideringsfeil> feil)
    {
        if (string.IsNullOrWhiteSpace(k.Id))
        {
            feil.Add(new Valideringsfeil(p + ".id", k.Id, Feilkoder.Paakrevd, "Kravet må ha en referanse."));
        }

        if (string.IsNullOrWhiteSpace(k.Sak))
        {
            feil.Add(new Valideringsfeil(p + ".sak", k.Sak, Feilkoder.Paakrevd, "Kravet må høre til en sak."));
        }

        Datogrense.Sjekk(k.Tidsprioritet, p + ".tidsprioritet", feil);
    }

    /// <summary>Artsprioritet a–f, prioritetISak (principal and interest part) 1–99, and a known kravtype.</summary>
    private static void ValiderPrioriteter(Krav k, string p, List<Valideringsfeil> feil)
    {
        var ic = CultureInfo.InvariantCulture;
        if (!k.Artsprioritet.ErGyldig())
        {
            feil.Add(new Valideringsfeil(
                p + ".artsprioritet",
                ((int)k.Artsprioritet).ToString(ic),
                Feilkoder.PrioritetMangler,
                "Artsprioritet må være a, b, c, d, e eller f (deknl. § 2-8 første ledd)."));
        }

        if (k.PrioritetISak is < 1 or > 99)
        {
            feil.Add(new Valideringsfeil(
                p + ".prioritetISak",
                k.PrioritetISak.ToString(ic),
                Feilkoder.UgyldigPrioritetISak,
                "Prioritet i saken må være mellom 1 og 99."));
        }

        if (k.RentePrioritetISak is { } rp and (< 1 or > 99))
        {
            feil.Add(new Valideringsfeil(
                p + ".rentevilkaar.prioritetISak",
                rp.ToString(ic),
                Feilkoder.UgyldigPrioritetISak,
                "Rentedelens prioritet i saken må være mellom 1 og 99."));
        }

        if (!Enum.IsDefined(k.Kravtype))
        {
            feil.Add(new Valideringsfeil(p + ".kravtype", ((int)k.Kravtype).ToString(ic), Feilkoder.UgyldigKravtype, "Ukjent kravtype."));
        }
    }

    /// <summary>No amount is negative, and remaining plus accrued interest fits an amount.</summary>
    private static void ValiderBeloep(Krav k, string p, List<Valideringsfeil> feil)
    {
        IkkeNegativ(k.Gjenstaaende, p + ".gjenstaaende", feil);
        IkkeNegativ(k.MaanedligBeloep, p + ".maanedligBeloep", feil);
        IkkeNegativ(k.PaaloeptRente, p + ".paaloeptRente", feil);
        if (k.Kravtype != Kravtype.LoependeBidrag && !k.Gjenstaaende.ErNegativt && !k.PaaloeptRente.ErNegativt
            && k.PaaloeptRente.Oere > long.MaxValue - k.Gjenstaaende.Oere)
        {
            feil.Add(new Valideringsfeil(
                p + ".paaloeptRente",
                k.PaaloeptRente.ToString(),
                Feilkoder.UgyldigBeloep,
                "Gjenstående pluss påløpte renter blir større enn et beløp kan holde."));
        }
    }

    /// <summary>
    /// The kravtype's own class: bidrag class a (deknl. § 2-8 first ledd a); renter and gebyr class e or f, kostnader
    /// class f (Retningslinje pkt. 6.1). A claim in another class is refused, never silently moved.
    /// </summary>
    private static void ValiderArtsprioritetForKravtype(Krav k, string p, List<Valideringsfeil> feil)
    {
        var erBidrag = k.Kravtype is Kravtype.LoependeBidrag or Kravtype.Bidragsgjeld;
        if (erBidrag && k.Artsprioritet.ErGyldig() && k.Artsprioritet != Artsprioritet.A)
        {
            feil.Add(new Valideringsfeil(
                p + ".artsprioritet",
                k.Artsprioritet.Bokstav().ToString(),
                Feilkoder.BidragMaaHaArtsprioritetA,
                "Løpende bidrag og bidragsgjeld grunner seg på lovbestemt forsørgelsesplikt og har artsprioritet a (deknl. § 2-8 første ledd bokstav a)."));
        }

        if (k.Artsprioritet.ErGyldig() && k.Kravtype is Kravtype.Renter or Kravtype.Gebyr && k.Artsprioritet < Artsprioritet.E)
        {
            feil.Add(new Valideringsfeil(
                p + ".artsprioritet",
                k.Artsprioritet.Bokstav().ToString(),
                Feilkoder.KravtypeHarAnnenArtsprioritet,
                "Renter og gebyr har artsprioritet e når de gjelder skatt eller offentlig avgift, ellers f; de følger ikke hovedstolens artsprioritet a–d (Retningslinje pkt. 6.1)."));
        }

        if (k.Artsprioritet.ErGyldig() && k.Kravtype == Kravtype.Kostnader && k.Artsprioritet != Artsprioritet.F)
        {
            feil.Add(new Valideringsfeil(
                p + ".artsprioritet",
                k.Artsprioritet.Bokstav().ToString(),
                Feilkoder.KravtypeHarAnnenArtsprioritet,
                "Saksomkostninger prioriteres ikke og har artsprioritet f, uansett hovedstolens artsprioritet (Retningslinje pkt. 6.1)."));
        }
    }

    /// <summary>A løpende bidrag has an amount due per month and no interest; no other claim has a monthly amount.</summary>
    private static void ValiderMaanedligBeloep(Krav k, string p, List<Valideringsfeil> feil)
    {
        if (k.Kravtype == Kravtype.LoependeBidrag)
        {
            if (k.MaanedligBeloep.Oere <= 0)
            {
                feil.Add(new Valideringsfeil(
                    p + ".maanedligBeloep",
                    k.MaanedligBeloep.ToString(),
                    Feilkoder.LoependeBidragManglerMaanedligBeloep,
                    "Et løpende bidrag må ha beløpet som forfaller i perioden."));
            }

            if (!k.PaaloeptRente.ErNull || k.Rentevilkaar.Type != Rentetype.Ingen)
            {
                feil.Add(new Valideringsfeil(
                    p + ".rentevilkaar.type",
                    k.Rentevilkaar.Type.ToString(),
                    Feilkoder.LoependeBidragHarIkkeRenter,
                    "Et løpende (ikke forfalt) bidrag løper ikke med renter."));
            }
        }
        else if (k.MaanedligBeloep.Oere > 0)
        {
            feil.Add(new Valideringsfeil(
                p + ".maanedligBeloep",
                k.MaanedligBeloep.ToString(),
                Feilkoder.MaanedligBeloepKunForLoependeBidrag,
                "Månedlig beløp gjelder bare løpende bidrag."));
        }
    }

    private static void ValiderRentevilkaar(Krav k, string p, List<Valideringsfeil> feil)
    {
        var r = k.Rentevilkaar;
        if (!Enum.IsDefined(r.Type))
        {
            feil.Add(new Valideringsfeil(
                p + ".rentevilkaar.type",
                ((int)r.Type).ToString(CultureInfo.InvariantCulture),
                Feilkoder.UgyldigRentevilkaar,
                "Ukjent rentetype."));
            return;
        }

        if (r.Type == Rentetype.Ingen)
        {
            return;
        }

        if (k.Kravtype == Kravtype.Renter)
        {
            feil.Add(new Valideringsfeil(
                p + ".rentevilkaar.type",
                r.Type.ToString(),
                Feilkoder.RentekravKanIkkeHaRentekrav,
                "Det beregnes ikke rente av renter (forsinkelsesrenteloven § 3)."));
        }

        if (r.RenteFra is not { } renteFra)
        {
            feil.Add(new Valideringsfeil(p + ".rentevilkaar.renteFra", null, Feilkoder.Paakrevd, "Renter må ha en fra-dato."));
        }
        else
        {
            Datogrense.Sjekk(renteFra, p + ".rentevilkaar.renteFra", feil);
        }

        if (r.Type == Rentetype.Forsinkelsesrente && !r.AvtaltSats.Equals(Prosent.Null))
        {
            feil.Add(new Valideringsfeil(
                p + ".rentevilkaar.avtaltSats",
                r.AvtaltSats.ToString(),
                Feilkoder.UgyldigRente,
                "Avtalt sats kan bare oppgis når rentetypen er avtalt."));
        }
    }

    /// <summary>The claim's need in øre (<see cref="Krav.Behov"/>), or null when an amount is negative or the need does not fit.</summary>
    private static long? BehovOere(Krav k)
    {
        if (k.Kravtype == Kravtype.LoependeBidrag)
        {
            return k.MaanedligBeloep.ErNegativt ? null : k.MaanedligBeloep.Oere;
        }

        if (k.Gjenstaaende.ErNegativt || k.PaaloeptRente.ErNegativt || k.PaaloeptRente.Oere > long.MaxValue - k.Gjenstaaende.Oere)
        {
            return null;
        }

        return k.Gjenstaaende.Oere + k.PaaloeptRente.Oere;
    }

    private static void IkkeNegativ(Beloep beloep, string felt, List<Valideringsfeil> feil)
    {
        if (beloep.ErNegativt)
        {
            feil.Add(new Valideringsfeil(felt, beloep.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
        }
    }
}
