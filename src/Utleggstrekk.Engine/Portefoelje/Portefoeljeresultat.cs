using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>How the portfolio run ended for one row.</summary>
public enum Radstatus : byte
{
    /// <summary>Computed: the row's result holds the trekk.</summary>
    Beregnet = 0,

    /// <summary>
    /// The case breaks an input rule: <see cref="Trekkberegner.Beregn"/> would throw <see cref="UgyldigInndataException"/>.
    /// <see cref="Trekkberegner.Valider"/> on <see cref="Trekkportefoelje.Sak"/> lists every violation.
    /// </summary>
    UgyldigInndata = 1,

    /// <summary>
    /// A needed rate is missing for the beregningsdato: <see cref="Trekkberegner.Beregn"/> would throw
    /// <see cref="Satser.SatserManglerException"/> (which table, and why, comes with it).
    /// </summary>
    SatserMangler = 2,

    /// <summary>
    /// The trekk would take the whole net income (Retningslinje pkt. 5.4; only a ceiling of 100 % or more in the
    /// trekkgrenser table can cause it): <see cref="Trekkberegner.Beregn"/> would throw <see cref="InvalidOperationException"/>.
    /// </summary>
    HeleNettoinntekt = 3,
}

/// <summary>
/// The result of one row of the portfolio run: the same trekk, trekkprosent, binding constraint and assumed-rate flags
/// as <see cref="Trekkberegner.Beregn"/> gives for the row's case, or the reason it was refused. The intermediate figures
/// of <see cref="Trekkresultat"/> are not kept (recompute the row with <see cref="Trekkberegner.Beregn"/> or
/// <see cref="Trekkberegner.Forklar"/> on <see cref="Trekkportefoelje.Sak"/> for them); the satser version is the
/// run's.
/// </summary>
/// <param name="Status">Computed or why not; every other field is zero unless <see cref="Radstatus.Beregnet"/>.</param>
/// <param name="TrekkPerMaaned">Trekk per month (whole kroner).</param>
/// <param name="Trekkprosent">Trekk as percent of gross.</param>
/// <param name="Begrensning">The binding constraint.</param>
/// <param name="Antatt">Which rates were assumed.</param>
/// <param name="Avledet">Which tables gave a derived figure the row used (<see cref="Trekkresultat.Avledet"/>).</param>
public readonly record struct Portefoeljeresultat(
    Radstatus Status,
    Beloep TrekkPerMaaned,
    Prosent Trekkprosent,
    Begrensning Begrensning,
    AntattSats Antatt,
    Satser.AvledetSats Avledet = Satser.AvledetSats.Ingen)
{
    /// <summary>True when the row was computed.</summary>
    public bool ErBeregnet => Status == Radstatus.Beregnet;
}
