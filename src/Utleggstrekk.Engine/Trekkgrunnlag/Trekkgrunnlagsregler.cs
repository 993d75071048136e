using NodaTime;
using Utleggstrekk.Engine.Felles;

namespace Utleggstrekk.Engine.Trekkgrunnlag;

/// <summary>
/// The rules of the trekkgrunnlag as named <see cref="Regel"/>s, one per legal point. <c>GyldigFra</c> is the date of the
/// Retningslinje's last change (24 March 2023), the source that reads deknl. § 2-7 this way.
/// </summary>
public static class Trekkgrunnlagsregler
{
    /// <summary>The date the Retningslinje was last changed ("Sist endret 24. mars 2023").</summary>
    public static readonly LocalDate RetningslinjeEndret = new(2023, 3, 24);

    /// <summary>The classification as a whole: the three sums.</summary>
    public static readonly Regel Klassifisering = new(
        "Trekkgrunnlag.Klassifisering",
        "deknl. § 2-7 første og annet ledd; Retningslinje pkt. 4 og 5.2; skattebetalingsforskriften § 14-4-3 tredje ledd",
        RetningslinjeEndret,
        "Hver ytelse er trekkbar, regnes med på inntektssiden uten å være trekkbar, eller holdes utenfor; summene er skyldnerens bruttoPerMaaned, forskuddstrekkPerMaaned og andreInntekterPerMaaned.");

    /// <summary>The ytelser deknl. § 2-7 lets the trekk be taken from.</summary>
    public static readonly Regel Trekkbar = new(
        "Trekkgrunnlag.Trekkbar",
        "deknl. § 2-7 første ledd og annet ledd bokstav a–h; Retningslinje pkt. 4",
        RetningslinjeEndret,
        "Lønn med feriepenger, overtid, provisjon, bonus og faste utgiftstillegg; lønnsdelen av godtgjørelse for selvstendig næringsvirksomhet (a); pensjon og vartpenger fra arbeidsgiver (b); annen pensjon og livrente (c); ektefellebidrag (d); trygd, sosialhjelp og kontantstøtte (e); personskadeerstatning (f); innsamlede midler (g) og æresgaver i penger (h) er trekkbare og regnes i bruttoPerMaaned, forskuddstrekket i forskuddstrekkPerMaaned.");

    /// <summary>Barnetrygd and barnebidrag: counted, never garnished.</summary>
    public static readonly Regel InntektIkkeTrekkbar = new(
        "Trekkgrunnlag.InntektIkkeTrekkbar",
        "Retningslinje pkt. 4 og 5.2; Rt-1951-1203; Lovavdelingens uttalelse 17.9.2001; barneloven § 67 tredje ledd",
        RetningslinjeEndret,
        "Barnetrygd og barnebidrag kan det ikke nedlegges trekk i, men de regnes med på inntektssiden (andreInntekterPerMaaned).");

    /// <summary>Naturalytelser: counted for skatte- og avgiftskrav only.</summary>
    public static readonly Regel Naturalytelse = new(
        "Trekkgrunnlag.Naturalytelse",
        "skattebetalingsforskriften § 14-4-3 tredje ledd; Retningslinje pkt. 5.2 (Hålogaland lagmannsrett 27.2.2008); forskuddstrekk i naturalytelser: skattebetalingsloven kapittel 5 (paragraf ikke verifisert)",
        RetningslinjeEndret,
        "For skatte- og avgiftskrav regnes naturalytelser med på inntektssiden (andreInntekterPerMaaned); for andre krav holdes de utenfor. Forskuddstrekket på en naturalytelse tas av de kontante ytelsene og regnes alltid i forskuddstrekkPerMaaned.");

    /// <summary>Skattefrie utgiftsgodtgjørelser, stønad til barnetilsyn and kapitalinntekt: held outside.</summary>
    public static readonly Regel HoldesUtenfor = new(
        "Trekkgrunnlag.HoldesUtenfor",
        "deknl. § 2-7; deknl. § 2-2; folketrygdloven § 15-10; Retningslinje pkt. 4 og 5.2; Rt-2001-1402",
        RetningslinjeEndret,
        "Skattefrie utgiftsgodtgjørelser, stønad til barnetilsyn og kapitalinntekt verken trekkes i eller regnes med; kapitalinntekt kan likevel i særlige tilfeller trekkes inn i vurderingen av inntektssiden (Rt-2001-1402), som må vurderes manuelt.");

    /// <summary>The rule of a type's treatment for a claim of kind <paramref name="krav"/>.</summary>
    public static Regel For(Ytelsestype type, KravGjelder krav) =>
        type == Ytelsestype.Naturalytelse ? Naturalytelse
        : Trekkgrunnlagsberegner.Klassifiser(type, krav).Behandling switch
        {
            Behandling.Trekkbar => Trekkbar,
            Behandling.InntektIkkeTrekkbar => InntektIkkeTrekkbar,
            _ => HoldesUtenfor,
        };
}
