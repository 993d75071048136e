using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Trekkberegning;

/// <summary>Civil status of the debtor. An established samboer is treated as a spouse (Retningslinje pkt. 5.2).</summary>
public enum Sivilstand
{
    /// <summary>Single adult household.</summary>
    Enslig,

    /// <summary>Married.</summary>
    Gift,

    /// <summary>Established cohabitant, treated as a spouse.</summary>
    Samboer,
}

/// <summary>How household expenses are split between the debtor and the partner (Retningslinje pkt. 5.3).</summary>
public enum Kostnadsdeling
{
    /// <summary>The machine rule: the debtor carries half, or more when the partner cannot carry half (default).</summary>
    Halvpart,

    /// <summary>In proportion to the two available incomes.</summary>
    Forholdsmessig,

    /// <summary>The whole household's available income against the household's expenses (manual assessment, pkt. 5.2).</summary>
    Husstand,
}

/// <summary>Which ceiling applies to forskuddstrekk + all utleggstrekk (Retningslinje pkt. 5.4).</summary>
public enum Takregel
{
    /// <summary>60 % of gross (default).</summary>
    Normal,

    /// <summary>80 % of gross: a caseworker's explicit choice with a reason. The engine never exceeds it.</summary>
    Utvidet,
}

/// <summary>The constraint that decided the size of the trekk.</summary>
public enum Begrensning
{
    /// <summary>What the household needs to live on (deknl. § 2-7 first ledd).</summary>
    Livsopphold,

    /// <summary>The 60 % ceiling.</summary>
    Tak60,

    /// <summary>The 80 % ceiling.</summary>
    Tak80,

    /// <summary>The garnishable net income (non-garnishable income is never itself garnished).</summary>
    TrekkbarInntekt,

    /// <summary>The 20 % schematic næring rule for tax claims (sktbl. § 14-4 (2) b).</summary>
    Naering20,

    /// <summary>No capacity: the raw trekk is zero or less.</summary>
    IngenTrekkevne,
}

/// <summary>Which rates in a result were assumed (carried forward past the table's last known date).</summary>
[Flags]
public enum AntattSats
{
    /// <summary>All rates were known.</summary>
    Ingen = 0,

    /// <summary>Livsoppholdssatser were carried forward.</summary>
    Livsopphold = 1,

    /// <summary>Samvær add-ons were carried forward.</summary>
    Samvaer = 2,
}

/// <summary>A pay period the monthly trekk can be converted to.</summary>
public enum Loennsperiode
{
    /// <summary>Monthly.</summary>
    Maaned,

    /// <summary>Every 14 days (26 per year).</summary>
    FjortenDager,

    /// <summary>Weekly (52 per year).</summary>
    Uke,
}

/// <summary>A child in the household the debtor provides for.</summary>
/// <param name="Foedselsdato">Date of birth.</param>
/// <param name="Videregaaende">Whether a child aged 18 or older attends videregående school (barneloven § 68 (2)); only then does it count.</param>
public readonly record struct Barn(LocalDate Foedselsdato, bool Videregaaende = false);

/// <summary>A child the debtor has samvær with (not living in the household).</summary>
/// <param name="Foedselsdato">Date of birth.</param>
/// <param name="Samvaersklasse">Samværsklasse 1–4.</param>
public readonly record struct Samvaersbarn(LocalDate Foedselsdato, int Samvaersklasse);

/// <summary>Another approved expense.</summary>
/// <param name="Tekst">What it is.</param>
/// <param name="Beloep">Amount per month.</param>
/// <param name="EgenUtgift">True when it is the debtor's own expense (added in full to the debtor's share); false when it is a shared household expense (default).</param>
public readonly record struct AnnenUtgift(string Tekst, Beloep Beloep, bool EgenUtgift = false);

/// <summary>
/// One trekk-size case: the debtor's monthly income, the household, the expenses and the chosen rules
/// (deknl. § 2-7; Retningslinje pkt. 5). All amounts are per month. Immutable once built; a record, so a what-if
/// variant is one expression: <c>sak with { Boutgift = Beloep.FraDesimal(11_000m) }</c>.
/// </summary>
public sealed record Trekksak
{
    /// <summary>The date the calculation is made for; rates and ages are taken on this date.</summary>
    public required LocalDate Beregningsdato { get; init; }

    /// <summary>Gross trekkgrunnlag (wage or benefit) per month.</summary>
    public required Beloep BruttoPerMaaned { get; init; }

    /// <summary>Forskuddstrekk (withholding tax) per month.</summary>
    public Beloep ForskuddstrekkPerMaaned { get; init; }

    /// <summary>Trekk and avregning with better priority already running, per month.</summary>
    public Beloep TrekkMedBedrePrioritetPerMaaned { get; init; }

    /// <summary>Counted income that cannot itself be garnished (barnetrygd, barnebidrag received), per month.</summary>
    public Beloep AndreInntekterPerMaaned { get; init; }

    /// <summary>Whether the income is næringsinntekt (business income).</summary>
    public bool Naeringsinntekt { get; init; }

    /// <summary>Civil status.</summary>
    public Sivilstand Sivilstand { get; init; }

    /// <summary>The partner's net income per month (0 for a single debtor).</summary>
    public Beloep PartnerNettoPerMaaned { get; init; }

    /// <summary>The partner's own necessary debt service per month (HR-2020-393-U avsnitt 26).</summary>
    public Beloep PartnerEgenGjeldPerMaaned { get; init; }

    /// <summary>Children in the household.</summary>
    public ImmutableArray<Barn> Barn { get; init; } = [];

    /// <summary>Samvær children.</summary>
    public ImmutableArray<Samvaersbarn> Samvaersbarn { get; init; } = [];

    /// <summary>Housing cost per month.</summary>
    public Beloep Boutgift { get; init; }

    /// <summary>Child care per month.</summary>
    public Beloep Barnetilsyn { get; init; }

    /// <summary>Child support paid by the debtor per month (own expense).</summary>
    public Beloep BidragBetalt { get; init; }

    /// <summary>Other approved expenses.</summary>
    public ImmutableArray<AnnenUtgift> AndreUtgifter { get; init; } = [];

    /// <summary>How household expenses are split.</summary>
    public Kostnadsdeling Kostnadsdeling { get; init; }

    /// <summary>Which ceiling applies.</summary>
    public Takregel Tak { get; init; }

    /// <summary>
    /// The caseworker's reason for the 80 % ceiling (SPEC §4: <see cref="Takregel.Utvidet"/> is "a caseworker's explicit
    /// choice with a reason"). Required (not blank) when <see cref="Tak"/> is <see cref="Takregel.Utvidet"/>; shown in
    /// the explanation trace.
    /// </summary>
    public string? TakBegrunnelse { get; init; }

    /// <summary>Whether the schematic 20 % næring rule for tax claims is chosen (requires <see cref="Naeringsinntekt"/>).</summary>
    public bool NaeringSkjematisk { get; init; }
}

/// <summary>Options for one calculation.</summary>
/// <param name="TillatAntatteSatser">
/// Allow carrying the last known livsopphold and samvær rates forward past the table's last known date.
/// Off by default: then a calculation for such a date throws <see cref="Satser.SatserManglerException"/>.
/// </param>
public readonly record struct Beregningsvalg(bool TillatAntatteSatser = false);

/// <summary>
/// The result of a trekk-size calculation: the trekk, the constraint that bound it, the intermediate figures,
/// the satser version and which rates were assumed. All amounts are per month.
/// </summary>
public readonly record struct Trekkresultat
{
    /// <summary>The date the calculation was made for (the case's <see cref="Trekksak.Beregningsdato"/>): rates and ages were taken on this date.</summary>
    public required LocalDate Beregningsdato { get; init; }

    /// <summary>Trekk per month, rounded down to whole kroner.</summary>
    public required Beloep TrekkPerMaaned { get; init; }

    /// <summary>Trekk as percent of gross, rounded down to two decimals.</summary>
    public required Prosent Trekkprosent { get; init; }

    /// <summary>The binding constraint.</summary>
    public required Begrensning Begrensning { get; init; }

    /// <summary>Livsopphold of the household (step 1, household part, after reductions).</summary>
    public required Beloep Livsopphold { get; init; }

    /// <summary>Samvær add-ons (step 1, debtor's own, after reductions).</summary>
    public required Beloep Samvaerstillegg { get; init; }

    /// <summary>Household expenses E (step 2).</summary>
    public required Beloep Husstandsutgifter { get; init; }

    /// <summary>The debtor's share of expenses including own expenses (step 3).</summary>
    public required Beloep Skyldnersandel { get; init; }

    /// <summary>Available income (step 4).</summary>
    public required Beloep Disponibelt { get; init; }

    /// <summary>Raw trekk = available − debtor's share (step 5); may be negative.</summary>
    public required Beloep RaaTrekk { get; init; }

    /// <summary>Garnishable net income: gross − forskuddstrekk − better-priority trekk (step 6).</summary>
    public required Beloep TrekkbarInntekt { get; init; }

    /// <summary>Room under the applicable ceiling (step 6).</summary>
    public required Beloep Takrom { get; init; }

    /// <summary>The 20 % næring limit when the schematic rule is chosen, otherwise <c>null</c>.</summary>
    public required Beloep? Naeringsgrense { get; init; }

    /// <summary>Which rates were assumed.</summary>
    public required AntattSats Antatt { get; init; }

    /// <summary>
    /// Which tables gave a derived figure (<see cref="Kildegrad.Avledet"/>: not published, derived by the rule the
    /// table's <c>kilde</c> states) that the calculation used; <see cref="AvledetSats.Ingen"/> when every figure used
    /// was published.
    /// </summary>
    public AvledetSats Avledet { get; init; }

    /// <summary>The version of the satser used.</summary>
    public required string SatserVersjon { get; init; }
}
