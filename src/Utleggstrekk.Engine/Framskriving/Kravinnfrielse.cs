using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Framskriving;

/// <summary>One claim at the end of a projection made with the plain call <see cref="Framskriver.Framskriv(Trekk, LocalDate, int, EnkelTabell{Prosentverdi}, Beloep?, Beloep?, LocalDate?)"/>.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Innfridd">The first day of the month at whose end nothing remains of the claim, or null when something
/// remains at the horizon (a løpende bidrag is never innfridd).</param>
/// <param name="Start">What the claim needed at the start: remaining plus accrued and stipulated interest.</param>
/// <param name="Gjenstaaende">What remains at the end: principal plus unpaid interest.</param>
/// <param name="Renter">Interest accrued over the projection.</param>
/// <param name="Mottatt">Total received from the trekk.</param>
public sealed record Kravinnfrielse(string Id, LocalDate? Innfridd, Beloep Start, Beloep Gjenstaaende, Beloep Renter, Beloep Mottatt)
{
    /// <summary>
    /// True when <see cref="Start"/> includes interest stipulated to the start at a forsinkelsesrente carried forward
    /// past the table's end (an assumed rate). False for a løpende bidrag.
    /// </summary>
    public bool StartAntatt { get; init; }

    /// <summary>
    /// True when <see cref="Start"/> includes interest stipulated to the start at a derived forsinkelsesrente (kildegrad
    /// <c>avledet</c>: not published, derived by the rule the table's <c>kilde</c> states). False for a løpende bidrag.
    /// </summary>
    public bool StartAvledet { get; init; }
}

public static partial class Framskriver
{
    /// <summary>
    /// The plain projection: projects <paramref name="trekk"/> over <paramref name="maaneder"/> months from
    /// <paramref name="fra"/> and returns, per claim in input order, the month it is paid off as a date and its totals.
    /// With <paramref name="fastBeloep"/> the amount is paid every month a trekk is in force instead of the decided trekk
    /// (what-if); <paramref name="bruttoinntekt"/> is needed when a trekkpålegg is in percent; no trekk is paid on or
    /// after <paramref name="trekkperiodeSlutt"/>. Allocates its own buffers: for many runs over one trekk, prepare a
    /// <see cref="Framskrivingsgrunnlag"/> and use the span overload, which allocates nothing per run.
    /// </summary>
    /// <exception cref="UgyldigInndataException">The trekk breaks a rule, <paramref name="maaneder"/> is not 1–1200, a
    /// date lies outside years 1–9999, the amount is negative, or a percent trekk has no gross income.</exception>
    /// <exception cref="SatserManglerException">An interest day lies before the forsinkelsesrente table's first period.</exception>
    public static ImmutableArray<Kravinnfrielse> Framskriv(
        Trekk trekk,
        LocalDate fra,
        int maaneder,
        EnkelTabell<Prosentverdi> forsinkelsesrente,
        Beloep? fastBeloep = null,
        Beloep? bruttoinntekt = null,
        LocalDate? trekkperiodeSlutt = null)
    {
        var grunnlag = Framskrivingsgrunnlag.Forbered(trekk, fra, maaneder, forsinkelsesrente, bruttoinntekt, trekkperiodeSlutt);
        var krav = new KravFramskriving[grunnlag.AntallKrav];
        Framskriv(grunnlag, fastBeloep, new Framskrivingsbuffer(grunnlag), krav, new Framskrivingsmaaned[maaneder], []);
        var svar = ImmutableArray.CreateBuilder<Kravinnfrielse>(krav.Length);
        for (var i = 0; i < krav.Length; i++)
        {
            var k = krav[i];
            svar.Add(new Kravinnfrielse(trekk.Krav[i].Id, k.ErInnfridd ? grunnlag.MaanedFra(k.InnfriddMaaned) : null, k.Start, k.Gjenstaaende, k.Renter, k.Mottatt)
            {
                StartAntatt = k.StartAntatt,
                StartAvledet = k.StartAvledet,
            });
        }

        return svar.MoveToImmutable();
    }
}
