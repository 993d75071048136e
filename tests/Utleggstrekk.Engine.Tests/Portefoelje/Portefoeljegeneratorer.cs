using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;
using Utleggstrekk.Tests.Trekkberegning;

namespace Utleggstrekk.Tests.Portefoelje;

/// <summary>
/// Generated portfolios: the trekk cases of <see cref="Generatorer.KanskjeUgyldig"/> (valid, or with one rule broken),
/// and now and then a beregningsdato moved outside the satser of <see cref="TestSatser"/> (before the first period, or
/// after the last known day), so every kind of refusal turns up. And the oracle: one <see cref="Trekkberegner.Beregn"/>
/// call per row, its exception mapped to the row status.
/// </summary>
public static class Portefoeljegeneratorer
{
    public static Gen<Trekksak> Sak { get; } =
        from sak in Generatorer.KanskjeUgyldig
        from flytt in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 400)), (1, Gen.Choose(-400, -1)))
        select flytt switch
        {
            0 => sak,
            > 0 => MedDato(sak, TestSatser.SisteKjenteDag.PlusDays(flytt)),
            _ => MedDato(sak, TestSatser.FoersteDag.PlusDays(flytt)),
        };

    public static Gen<Trekksak[]> Saker { get; } =
        from n in Gen.Frequency((1, Gen.Choose(0, 3)), (4, Gen.Choose(4, 60)))
        from saker in Sak.ArrayOf(n)
        select saker;

    public static Trekkportefoelje Bygg(IEnumerable<Trekksak> saker)
    {
        var bygger = new Trekkportefoeljebygger();
        foreach (var sak in saker)
        {
            bygger.LeggTil(sak);
        }

        return bygger.Bygg();
    }

    /// <summary>What one <see cref="Trekkberegner.Beregn"/> call gives for <paramref name="sak"/>, as a portfolio row.</summary>
    public static Portefoeljeresultat EttKall(Trekksak sak, Satsgrunnlag satser, Beregningsvalg valg = default)
    {
        try
        {
            var r = Trekkberegner.Beregn(sak, satser, valg);
            return new Portefoeljeresultat(Radstatus.Beregnet, r.TrekkPerMaaned, r.Trekkprosent, r.Begrensning, r.Antatt);
        }
        catch (UgyldigInndataException)
        {
            return new Portefoeljeresultat(Radstatus.UgyldigInndata, Beloep.Null, Prosent.Null, default, default);
        }
        catch (SatserManglerException)
        {
            return new Portefoeljeresultat(Radstatus.SatserMangler, Beloep.Null, Prosent.Null, default, default);
        }
        catch (InvalidOperationException)
        {
            return new Portefoeljeresultat(Radstatus.HeleNettoinntekt, Beloep.Null, Prosent.Null, default, default);
        }
    }

    public static Trekksak MedDato(Trekksak sak, LocalDate dato) => sak with { Beregningsdato = dato };
}
