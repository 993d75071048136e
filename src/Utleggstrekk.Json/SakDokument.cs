using System.Text.Json.Serialization;
using NodaTime;

namespace Utleggstrekk.Json;

/// <summary>
/// SAK.json: one trekk-size case as written by a person or a backend (schema in <c>docs/sak-json.md</c>).
/// Every field is nullable so that a missing field can be told apart from a zero; <see cref="SakJson"/> applies
/// the documented defaults and validates. Unknown properties are refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SakDokument
{
    /// <summary>The date the calculation is made for (required).</summary>
    public LocalDate? Beregningsdato { get; set; }

    /// <summary>The debtor's income (required: <c>bruttoPerMaaned</c>).</summary>
    public SkyldnerDokument? Skyldner { get; set; }

    /// <summary>The household (required: <c>sivilstand</c>).</summary>
    public HusstandDokument? Husstand { get; set; }

    /// <summary>Expenses (optional; all default to 0).</summary>
    public UtgifterDokument? Utgifter { get; set; }

    /// <summary>Chosen rules (optional; defaults <c>halvpart</c>, <c>normal</c>, false, false).</summary>
    public ReglerDokument? Regler { get; set; }
}

/// <summary>The debtor's monthly income in SAK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SkyldnerDokument
{
    /// <summary>Gross trekkgrunnlag per month, kroner (required).</summary>
    public decimal? BruttoPerMaaned { get; set; }

    /// <summary>Forskuddstrekk per month (default 0).</summary>
    public decimal? ForskuddstrekkPerMaaned { get; set; }

    /// <summary>Trekk and avregning with better priority per month (default 0).</summary>
    public decimal? TrekkMedBedrePrioritetPerMaaned { get; set; }

    /// <summary>Counted non-garnishable income per month (default 0).</summary>
    public decimal? AndreInntekterPerMaaned { get; set; }

    /// <summary>Whether the income is næringsinntekt (default false).</summary>
    public bool? Naeringsinntekt { get; set; }

    /// <summary>
    /// The debtor's ytelser, instead of <see cref="BruttoPerMaaned"/>, <see cref="ForskuddstrekkPerMaaned"/> and
    /// <see cref="AndreInntekterPerMaaned"/>: the engine classifies each (deknl. § 2-7) and sums them. Requires <see cref="KravGjelder"/>.
    /// </summary>
    public List<YtelseDokument>? Ytelser { get; set; }

    /// <summary><c>skatt</c> or <c>annet</c>: what the claims are for; required with <see cref="Ytelser"/> (decides naturalytelser).</summary>
    public string? KravGjelder { get; set; }
}

/// <summary>The household in SAK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class HusstandDokument
{
    /// <summary><c>enslig</c>, <c>gift</c> or <c>samboer</c> (required).</summary>
    public string? Sivilstand { get; set; }

    /// <summary>The partner's net income per month (default 0).</summary>
    public decimal? PartnerNettoPerMaaned { get; set; }

    /// <summary>The partner's own necessary debt service per month (default 0).</summary>
    public decimal? PartnerEgenGjeldPerMaaned { get; set; }

    /// <summary>Children in the household (default none).</summary>
    public List<BarnDokument>? Barn { get; set; }

    /// <summary>Samvær children (default none).</summary>
    public List<SamvaersbarnDokument>? Samvaersbarn { get; set; }
}

/// <summary>A child in the household.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class BarnDokument
{
    /// <summary>Date of birth (required).</summary>
    public LocalDate? Foedselsdato { get; set; }

    /// <summary>Whether a child of 18 or older attends videregående school (default false).</summary>
    public bool? Videregaaende { get; set; }
}

/// <summary>A samvær child.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SamvaersbarnDokument
{
    /// <summary>Date of birth (required).</summary>
    public LocalDate? Foedselsdato { get; set; }

    /// <summary>Samværsklasse 1–4 (required).</summary>
    public int? Samvaersklasse { get; set; }
}

/// <summary>Monthly expenses in SAK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class UtgifterDokument
{
    /// <summary>Housing cost (default 0).</summary>
    public decimal? Boutgift { get; set; }

    /// <summary>Child care (default 0).</summary>
    public decimal? Barnetilsyn { get; set; }

    /// <summary>Child support paid (default 0; the debtor's own expense).</summary>
    public decimal? BidragBetalt { get; set; }

    /// <summary>Other approved expenses (default none).</summary>
    public List<AnnenUtgiftDokument>? Andre { get; set; }
}

/// <summary>Another approved expense.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class AnnenUtgiftDokument
{
    /// <summary>What it is (required).</summary>
    public string? Tekst { get; set; }

    /// <summary>Amount per month (required).</summary>
    public decimal? Beloep { get; set; }

    /// <summary>True when it is the debtor's own expense (default false: shared household expense).</summary>
    public bool? EgenUtgift { get; set; }
}

/// <summary>The chosen rules in SAK.json.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ReglerDokument
{
    /// <summary><c>halvpart</c> (default), <c>forholdsmessig</c> or <c>husstand</c>.</summary>
    public string? Kostnadsdeling { get; set; }

    /// <summary><c>normal</c> (default, 60 %) or <c>utvidet</c> (80 %).</summary>
    public string? Tak { get; set; }

    /// <summary>The caseworker's reason for the 80 % ceiling; required when <see cref="Tak"/> is <c>utvidet</c>.</summary>
    public string? TakBegrunnelse { get; set; }

    /// <summary>Whether the schematic 20 % næring rule for tax claims is chosen (default false).</summary>
    public bool? NaeringSkjematisk { get; set; }

    /// <summary>Whether assumed (carried-forward) rates are allowed past the table's last known date (default false).</summary>
    public bool? TillatAntatteSatser { get; set; }
}
