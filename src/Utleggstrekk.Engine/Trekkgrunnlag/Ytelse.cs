using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkgrunnlag;

/// <summary>
/// The kind of one payment the debtor receives (Retningslinje pkt. 4, deknl. § 2-7). The order is the order of the
/// list in docs/regler.md; the JSON code is the camelCase name (<c>loenn</c>, <c>naeringLoennsdel</c>, …).
/// </summary>
public enum Ytelsestype
{
    /// <summary>Lønn (deknl. § 2-7 first ledd).</summary>
    Loenn,

    /// <summary>Feriepenger (first ledd).</summary>
    Feriepenger,

    /// <summary>Overtidsbetaling (first ledd; counted when it is fairly regular).</summary>
    Overtid,

    /// <summary>Provisjon (first ledd; counted when it is fairly regular).</summary>
    Provisjon,

    /// <summary>Bonus (first ledd).</summary>
    Bonus,

    /// <summary>Faste tillegg i lønnen som skal dekke utgifter i arbeidet (first ledd).</summary>
    FastTilleggUtgifter,

    /// <summary>Skattefri utgiftsgodtgjørelse: not garnishable, held outside.</summary>
    SkattefriUtgiftsgodtgjoerelse,

    /// <summary>The lønnsdel of a godtgjørelse for selvstendig næringsvirksomhet (second ledd a).</summary>
    NaeringLoennsdel,

    /// <summary>Pensjon fra arbeidsgiver (second ledd b).</summary>
    PensjonFraArbeidsgiver,

    /// <summary>Vartpenger (second ledd b).</summary>
    Vartpenger,

    /// <summary>Annen pensjon eller stønad (second ledd c).</summary>
    AnnenPensjon,

    /// <summary>Livrente (second ledd c).</summary>
    Livrente,

    /// <summary>Ektefellebidrag: underholdsbidrag the debtor is owed for himself (second ledd d).</summary>
    Ektefellebidrag,

    /// <summary>Barnebidrag received: the child's claim; counted on the income side, never garnished.</summary>
    Barnebidrag,

    /// <summary>Ytelse etter folketrygdloven (second ledd e).</summary>
    Folketrygd,

    /// <summary>Ytelse etter sosialtjenesteloven (second ledd e).</summary>
    Sosialhjelp,

    /// <summary>Kontantstøtte (second ledd e; the Lovavdeling's opinion of 17 September 2001).</summary>
    Kontantstoette,

    /// <summary>Barnetrygd: counted on the income side, never garnished (Rt-1951-1203).</summary>
    Barnetrygd,

    /// <summary>Stønad til barnetilsyn (folketrygdloven § 15-10): held outside.</summary>
    StoenadTilBarnetilsyn,

    /// <summary>Erstatning eller oppreisning for personskade or loss of provider (second ledd f).</summary>
    ErstatningPersonskade,

    /// <summary>Midler innsamlet offentlig til skyldneren (second ledd g).</summary>
    InnsamledeMidler,

    /// <summary>Æresgave i penger (second ledd h).</summary>
    Aeresgave,

    /// <summary>Kapitalinntekt: not in deknl. § 2-7; held outside (Rt-2001-1402 allows it in special cases).</summary>
    Kapitalinntekt,

    /// <summary>Naturalytelse: counted only for skatte- og avgiftskrav (skattebetalingsforskriften § 14-4-3 (3)).</summary>
    Naturalytelse,
}

/// <summary>How one ytelse enters the trekk-size calculation.</summary>
public enum Behandling
{
    /// <summary>Garnishable: counted in the gross trekkgrunnlag (<c>bruttoPerMaaned</c>).</summary>
    Trekkbar,

    /// <summary>Counted on the income side (<c>andreInntekterPerMaaned</c>) but never itself garnished.</summary>
    InntektIkkeTrekkbar,

    /// <summary>Neither garnished nor counted.</summary>
    HoldesUtenfor,
}

/// <summary>One payment the debtor receives per month.</summary>
/// <param name="Type">What it is.</param>
/// <param name="BruttoPerMaaned">The gross amount per month.</param>
/// <param name="ForskuddstrekkPerMaaned">The forskuddstrekk withheld on account of it per month (0 when none).</param>
public readonly record struct Ytelse(Ytelsestype Type, Beloep BruttoPerMaaned, Beloep ForskuddstrekkPerMaaned = default);

/// <summary>
/// The three monthly sums of SAK.json's <c>skyldner</c> that a list of ytelser gives
/// (<see cref="Trekkgrunnlagsberegner.Summer"/>).
/// </summary>
/// <param name="BruttoPerMaaned">Σ gross of the garnishable ytelser.</param>
/// <param name="ForskuddstrekkPerMaaned">Σ forskuddstrekk withheld from the money the debtor receives.</param>
/// <param name="AndreInntekterPerMaaned">Σ gross of the ytelser counted on the income side only.</param>
public readonly record struct Trekkgrunnlagssum(Beloep BruttoPerMaaned, Beloep ForskuddstrekkPerMaaned, Beloep AndreInntekterPerMaaned);

/// <summary>The classification of one ytelse: how it is treated, the legal source and a note for the caseworker.</summary>
/// <param name="Type">The ytelse type.</param>
/// <param name="Behandling">How it enters the calculation.</param>
/// <param name="Kilde">The legal source.</param>
/// <param name="Merknad">A Norwegian note for the caseworker (what the rule says about this type).</param>
public sealed record Ytelsesklassifisering(Ytelsestype Type, Behandling Behandling, string Kilde, string Merknad);
