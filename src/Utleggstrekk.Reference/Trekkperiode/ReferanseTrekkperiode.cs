using Utleggstrekk.Engine.Trekkperiode;

namespace Utleggstrekk.Reference.Trekkperiode;

/// <summary>
/// Plain reference version of the maximum trekkperiode (tvangsl. § 7-21; deknl. § 2-7 tredje ledd; Retningslinje
/// pkt. 7.2; LG-2019-124144). Written independently of the engine with the BCL's <see cref="DateOnly"/> arithmetic,
/// one method per rule, so it can serve as the oracle of the differential tests.
/// </summary>
public static class ReferanseTrekkperiode
{
    /// <summary>The reference answer: first day, exclusive end (<c>null</c> = no limit) and reason code.</summary>
    /// <param name="Fra">First day (inclusive).</param>
    /// <param name="Til">End (exclusive), or <c>null</c>.</param>
    /// <param name="Grunn">Reason code.</param>
    public sealed record Resultat(DateOnly Fra, DateOnly? Til, string Grunn);

    /// <summary>The rule codes of every broken input rule, in no particular order; empty when the input is valid.</summary>
    /// <param name="kategori">Kravkategori.</param>
    /// <param name="beslutning">Beslutningsdato.</param>
    /// <param name="inntektsaar">Income year (skatt only).</param>
    /// <param name="endringsvedtakaar">Year of the endringsvedtak (skatt only).</param>
    /// <param name="forlengelse">Forlengelse (skatt only).</param>
    /// <param name="start">Later start, or <c>null</c>.</param>
    /// <returns>The rule codes.</returns>
    public static IReadOnlyList<string> Feil(
        Kravkategori kategori, DateOnly beslutning, int? inntektsaar, int? endringsvedtakaar, bool forlengelse, DateOnly? start)
    {
        var feil = new List<string>();
        var erSkatt = kategori == Kravkategori.Skatt;
        if (!erSkatt && inntektsaar.HasValue)
        {
            feil.Add("KUN_FOR_SKATT");
        }

        if (!erSkatt && endringsvedtakaar.HasValue)
        {
            feil.Add("KUN_FOR_SKATT");
        }

        if (!erSkatt && forlengelse)
        {
            feil.Add("FORLENGELSE_KUN_SKATT");
        }

        if (erSkatt && !forlengelse && !inntektsaar.HasValue && !endringsvedtakaar.HasValue)
        {
            feil.Add("PAAKREVD");
        }

        if (erSkatt && inntektsaar > beslutning.Year)
        {
            feil.Add("INNTEKTSAAR_ETTER_BESLUTNING");
        }

        if (erSkatt && endringsvedtakaar > beslutning.Year)
        {
            feil.Add("ENDRINGSVEDTAKAAR_ETTER_BESLUTNING");
        }

        if (erSkatt && inntektsaar.HasValue && endringsvedtakaar.HasValue && endringsvedtakaar <= inntektsaar)
        {
            feil.Add("ENDRINGSVEDTAK_FOER_INNTEKTSAAR");
        }

        if (start < beslutning)
        {
            feil.Add("START_FOER_BESLUTNINGSDATO");
        }

        if (feil.Count == 0 && start.HasValue)
        {
            var slutt = Slutt(kategori, beslutning, inntektsaar, endringsvedtakaar, forlengelse).Til;
            if (slutt.HasValue && start.Value >= slutt.Value)
            {
                feil.Add("START_ETTER_TREKKPERIODENS_SLUTT");
            }
        }

        return feil;
    }

    /// <summary>The longest period the trekk may run; call only when <see cref="Feil"/> is empty.</summary>
    /// <param name="kategori">Kravkategori.</param>
    /// <param name="beslutning">Beslutningsdato.</param>
    /// <param name="inntektsaar">Income year (skatt only).</param>
    /// <param name="endringsvedtakaar">Year of the endringsvedtak (skatt only).</param>
    /// <param name="forlengelse">Forlengelse (skatt only).</param>
    /// <param name="start">Later start, or <c>null</c>.</param>
    /// <returns>The period and its reason code.</returns>
    public static Resultat Beregn(
        Kravkategori kategori, DateOnly beslutning, int? inntektsaar, int? endringsvedtakaar, bool forlengelse, DateOnly? start)
    {
        var (til, grunn) = Slutt(kategori, beslutning, inntektsaar, endringsvedtakaar, forlengelse);
        if (start is null || start.Value == beslutning)
        {
            return new Resultat(beslutning, til, grunn);
        }

        return new Resultat(start.Value, til, RestAvPerioden(grunn));
    }

    /// <summary>Main rule: two years counted from the beslutningsdato; the decision day is the first day.</summary>
    private static DateOnly ToAarFraBeslutning(DateOnly beslutning) => beslutning.AddYears(2);

    /// <summary>Bøter: five years counted from the beslutningsdato.</summary>
    private static DateOnly FemAarFraBeslutning(DateOnly beslutning) => beslutning.AddYears(5);

    /// <summary>Skattekrav: five years counted from 1 January after the income year (or the endringsvedtak year).</summary>
    private static DateOnly FemAarFraUtgangenAv(int aar) => new DateOnly(aar, 12, 31).AddDays(1).AddYears(5);

    /// <summary>LG-2019-124144: a later start keeps the end, and only the rest of the period is left.</summary>
    private static string RestAvPerioden(string grunn) => grunn switch
    {
        "BIDRAG_INGEN_GRENSE" => "BIDRAG_INGEN_GRENSE",
        "BOT_5_AAR" => "START_SENERE_REST_AV_5_AAR",
        "SKATT_5_AAR_FRA_INNTEKTSAAR" => "START_SENERE_REST_AV_SKATTEFRIST",
        "SKATT_5_AAR_FRA_ENDRINGSVEDTAK" => "START_SENERE_REST_AV_SKATTEFRIST",
        _ => "START_SENERE_REST_AV_2_AAR",
    };

    private static (DateOnly? Til, string Grunn) Slutt(
        Kravkategori kategori, DateOnly beslutning, int? inntektsaar, int? endringsvedtakaar, bool forlengelse)
    {
        switch (kategori)
        {
            case Kravkategori.Bidrag:
                return (null, "BIDRAG_INGEN_GRENSE");
            case Kravkategori.Bot:
                return (FemAarFraBeslutning(beslutning), "BOT_5_AAR");
            case Kravkategori.Ordinaer:
                return (ToAarFraBeslutning(beslutning), "ORDINAER_2_AAR");
        }

        if (forlengelse)
        {
            return (ToAarFraBeslutning(beslutning), "SKATT_FORLENGELSE_2_AAR");
        }

        var skatt = endringsvedtakaar.HasValue
            ? (Til: FemAarFraUtgangenAv(endringsvedtakaar.Value), Grunn: "SKATT_5_AAR_FRA_ENDRINGSVEDTAK")
            : (Til: FemAarFraUtgangenAv(inntektsaar!.Value), Grunn: "SKATT_5_AAR_FRA_INNTEKTSAAR");
        var alternativer = new[] { skatt, (Til: ToAarFraBeslutning(beslutning), Grunn: "SKATT_ORDINAER_2_AAR_LENGST") };

        // The tax rule extends the main rule and never shortens it: take the later end; on a tie the main rule.
        var valgt = alternativer.OrderByDescending(a => a.Til).ThenBy(a => a.Grunn == "SKATT_ORDINAER_2_AAR_LENGST" ? 0 : 1).First();
        return (valgt.Til, valgt.Grunn);
    }
}
