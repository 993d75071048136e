using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Utleggstrekk.Engine.Portefoelje;
using Utleggstrekk.Engine.Trekkberegning;
using Utleggstrekk.Tests.Felles;

namespace Utleggstrekk.Tests.Portefoelje;

/// <summary>The portfolio run equals one <see cref="Trekkberegner.Beregn"/> call per row, single-threaded and in parallel.</summary>
public class PortefoeljeEgenskaper
{
    private static readonly Engine.Satser.Satsgrunnlag Satser = TestSatser.Standard;

    [Property(MaxTest = 150)]
    public Property Single_threaded_run_equals_one_call_per_row() =>
        Prop.ForAll(Arb.From(Portefoeljegeneratorer.Saker), Arb.From(Gen.Elements(false, true)), (saker, antatt) =>
        {
            var valg = new Beregningsvalg(antatt);
            var resultater = new Portefoeljeresultat[saker.Length];
            Portefoeljeberegner.Beregn(Portefoeljegeneratorer.Bygg(saker), Satser, resultater, valg);
            return saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser, valg)).SequenceEqual(resultater);
        });

    [Property(MaxTest = 100)]
    public Property Parallel_run_equals_one_call_per_row_for_any_number_of_partitions() =>
        Prop.ForAll(Arb.From(Portefoeljegeneratorer.Saker), Arb.From(Gen.Choose(1, 9)), (saker, deler) =>
        {
            var resultater = new Portefoeljeresultat[saker.Length];
            Portefoeljeberegner.BeregnParallelt(Portefoeljegeneratorer.Bygg(saker), Satser, resultater, deler: deler);
            return saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)).SequenceEqual(resultater);
        });

    [Property(MaxTest = 100)]
    public Property A_run_in_small_blocks_on_several_threads_equals_one_call_per_row() =>
        Prop.ForAll(Arb.From(Portefoeljegeneratorer.Saker), Arb.From(Gen.Choose(1, 7)), Arb.From(Gen.Choose(1, 4)), (saker, blokk, traader) =>
        {
            var resultater = new Portefoeljeresultat[saker.Length + 1];
            Portefoeljeberegner.BeregnIBlokker(Portefoeljegeneratorer.Bygg(saker), Satser, resultater, default, traader, blokk);
            return saker.Select(s => Portefoeljegeneratorer.EttKall(s, Satser)).SequenceEqual(resultater.Take(saker.Length))
                && resultater[^1] == default;
        });

    [Property(MaxTest = 100)]
    public Property A_range_run_equals_the_same_rows_of_the_whole_run() =>
        Prop.ForAll(Arb.From(Portefoeljegeneratorer.Saker), Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 1000)), (saker, a, b) =>
        {
            var p = Portefoeljegeneratorer.Bygg(saker);
            var alle = new Portefoeljeresultat[saker.Length];
            Portefoeljeberegner.Beregn(p, Satser, alle);
            var fra = saker.Length == 0 ? 0 : a % (saker.Length + 1);
            var antall = (saker.Length - fra) == 0 ? 0 : b % (saker.Length - fra + 1);
            var del = new Portefoeljeresultat[antall + 2];
            Portefoeljeberegner.Beregn(p, Satser, fra, antall, del);
            return del.Take(antall).SequenceEqual(alle.Skip(fra).Take(antall))
                && del.Skip(antall).All(r => r == default);
        });

    [Property(MaxTest = 150)]
    public Property A_row_read_back_as_a_case_gives_the_same_result_and_the_same_errors() =>
        Prop.ForAll(Arb.From(Portefoeljegeneratorer.Saker), saker =>
        {
            var p = Portefoeljegeneratorer.Bygg(saker);
            return Enumerable.Range(0, saker.Length).All(i =>
            {
                var tilbake = p.Sak(i);
                return p.Beregningsdato(i) == saker[i].Beregningsdato
                    && Portefoeljegeneratorer.EttKall(tilbake, Satser) == Portefoeljegeneratorer.EttKall(saker[i], Satser)
                    && Trekkberegner.Valider(tilbake).SequenceEqual(Trekkberegner.Valider(saker[i]));
            });
        });
}
