namespace Utleggstrekk.Engine.Felles;

/// <summary>
/// What the claims of a trekk are for: skatte- og avgiftskrav or any other claim. It decides whether naturalytelser
/// are counted in the trekkgrunnlag (skattebetalingsforskriften § 14-4-3 (3), <c>Trekkgrunnlagsberegner</c>) and which
/// rule makes the trekkpliktig liable (<c>Ansvarsberegner</c>).
/// </summary>
public enum KravGjelder
{
    /// <summary>Skatte- og avgiftskrav (deknl. § 2-8 first ledd e): naturalytelser counted; liability by sktbl. § 16-20
    /// (including the stipulation of its second ledd).</summary>
    Skatt = 0,

    /// <summary>Any other claim: naturalytelser held outside; liability by tvangsl. § 7-22 third ledd.</summary>
    Annet = 1,
}
