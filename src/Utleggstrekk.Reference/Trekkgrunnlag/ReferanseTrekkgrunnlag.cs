using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkgrunnlag;

namespace Utleggstrekk.Reference.Trekkgrunnlag;

/// <summary>
/// Reference trekkgrunnlag (deknl. § 2-7; Retningslinje pkt. 4 and 5.2), written as the Retningslinje lists it, without
/// the engine's table: the types that are never garnished but counted, those held outside, and naturalytelser by the claim.
/// </summary>
public static class ReferanseTrekkgrunnlag
{
    private static readonly HashSet<Ytelsestype> TellesIkkeTrekkbar = [Ytelsestype.Barnetrygd, Ytelsestype.Barnebidrag];

    private static readonly HashSet<Ytelsestype> Utenfor = [Ytelsestype.SkattefriUtgiftsgodtgjoerelse, Ytelsestype.StoenadTilBarnetilsyn, Ytelsestype.Kapitalinntekt];

    /// <summary>The treatment of one type.</summary>
    public static Behandling Behandling(Ytelsestype type, KravGjelder krav) =>
        type == Ytelsestype.Naturalytelse ? (krav == KravGjelder.Skatt ? Engine.Trekkgrunnlag.Behandling.InntektIkkeTrekkbar : Engine.Trekkgrunnlag.Behandling.HoldesUtenfor)
        : TellesIkkeTrekkbar.Contains(type) ? Engine.Trekkgrunnlag.Behandling.InntektIkkeTrekkbar
        : Utenfor.Contains(type) ? Engine.Trekkgrunnlag.Behandling.HoldesUtenfor
        : Engine.Trekkgrunnlag.Behandling.Trekkbar;

    /// <summary>The three sums in kroner: brutto, forskuddstrekk, andre inntekter.</summary>
    public static (decimal Brutto, decimal Forskuddstrekk, decimal AndreInntekter) Summer(IReadOnlyList<Ytelse> ytelser, KravGjelder krav)
    {
        ArgumentNullException.ThrowIfNull(ytelser);
        var brutto = ytelser.Where(y => Behandling(y.Type, krav) == Engine.Trekkgrunnlag.Behandling.Trekkbar).Sum(y => y.BruttoPerMaaned.Kroner);
        var andre = ytelser.Where(y => Behandling(y.Type, krav) == Engine.Trekkgrunnlag.Behandling.InntektIkkeTrekkbar).Sum(y => y.BruttoPerMaaned.Kroner);

        // The tax on a benefit in kind is withheld from the cash pay whatever the claim.
        var forskudd = ytelser
            .Where(y => y.Type == Ytelsestype.Naturalytelse || Behandling(y.Type, krav) != Engine.Trekkgrunnlag.Behandling.HoldesUtenfor)
            .Sum(y => y.ForskuddstrekkPerMaaned.Kroner);
        return (brutto, forskudd, andre);
    }
}
