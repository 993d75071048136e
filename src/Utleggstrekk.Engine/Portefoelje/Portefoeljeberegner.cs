using System.Buffers;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Portefoelje;

/// <summary>
/// The portfolio run (SPEC §12): the trekk size of every row of a <see cref="Trekkportefoelje"/>, single-threaded
/// (<see cref="Beregn(Trekkportefoelje, Satsgrunnlag, Span{Portefoeljeresultat}, Beregningsvalg)"/>, allocation-free)
/// or in blocks across cores (<see cref="BeregnParallelt"/>). Each row goes through the same input check (once, when the
/// portfolio is built) and the same arithmetic core as <see cref="Trekkberegner.Beregn"/>, so its result is that call's
/// result; a refusal is the row's
/// <see cref="Radstatus"/> instead of an exception. The run adds no rule of its own (its rules are
/// <see cref="Trekkberegner.Regler"/>). See <c>docs/portefoelje.md</c>.
/// </summary>
public static class Portefoeljeberegner
{
    /// <summary>Up to this many distinct dates, their resolved rate segments are kept on the stack.</summary>
    private const int MaksDatoerPaaStakken = 256;

    /// <summary>
    /// Computes every row into <paramref name="resultater"/> (row <c>i</c> into <c>resultater[i]</c>) on the calling
    /// thread. Allocates nothing when the portfolio has at most 256 distinct beregningsdatoer (more: one array from
    /// the shared pool, returned afterwards).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="resultater"/> is shorter than the portfolio.</exception>
    public static void Beregn(Trekkportefoelje portefoelje, Satsgrunnlag satser, Span<Portefoeljeresultat> resultater, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(portefoelje);
        Beregn(portefoelje, satser, 0, portefoelje.Antall, resultater, valg);
    }

    /// <summary>
    /// Computes rows <paramref name="fra"/> to <paramref name="fra"/> + <paramref name="antall"/> − 1 into
    /// <paramref name="resultater"/> (row <c>fra + i</c> into <c>resultater[i]</c>): one partition, for a caller that
    /// partitions the work itself. Allocation as for the whole run.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the portfolio.</exception>
    /// <exception cref="ArgumentException"><paramref name="resultater"/> is shorter than <paramref name="antall"/>.</exception>
    public static void Beregn(Trekkportefoelje portefoelje, Satsgrunnlag satser, int fra, int antall, Span<Portefoeljeresultat> resultater, Beregningsvalg valg = default)
    {
        ArgumentNullException.ThrowIfNull(portefoelje);
        ArgumentNullException.ThrowIfNull(satser);
        ArgumentOutOfRangeException.ThrowIfNegative(fra);
        ArgumentOutOfRangeException.ThrowIfNegative(antall);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(antall, portefoelje.Antall - fra);
        if (resultater.Length < antall)
        {
            throw new ArgumentException($"Resultattabellen har plass til {resultater.Length} rader, men {antall} skal beregnes.", nameof(resultater));
        }

        // The rates of each distinct date, resolved once: segment numbers in the per-day index.
        var antallDatoer = portefoelje.AntallDatoer;
        int[]? leid = null;
        var segmenter = antallDatoer <= MaksDatoerPaaStakken
            ? stackalloc int[MaksDatoerPaaStakken]
            : (leid = ArrayPool<int>.Shared.Rent(antallDatoer));
        var indeks = satser.Dagsindeks;
        var datoer = portefoelje.Datoer;
        for (var d = 0; d < antallDatoer; d++)
        {
            segmenter[d] = indeks.FinnNummer(datoer[d]);
        }

        try
        {
            BeregnRader(portefoelje, satser, indeks, segmenter, fra, resultater[..antall], valg);
        }
        finally
        {
            if (leid is not null)
            {
                ArrayPool<int>.Shared.Return(leid);
            }
        }
    }

    /// <summary>
    /// Rows per block of the parallel run: small enough that a core left free by other work takes over the blocks of a
    /// busy one, large enough that handing out a block (and resolving its dates) costs nothing next to its rows, and a
    /// block's results (32 B a row) share at most one cache line with the next block's.
    /// </summary>
    internal const int Blokkstoerrelse = 8192;

    /// <summary>
    /// Computes every row into <paramref name="resultater"/> on up to <paramref name="deler"/> threads (default: one
    /// per core). The rows are cut into contiguous blocks of <see cref="Blokkstoerrelse"/> rows that the threads take
    /// one at a time as they finish the previous one (<see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>),
    /// so a core busy with other work does not hold up the run. Blocks share nothing mutable: each reads the immutable
    /// portfolio and satser and writes its own slice of <paramref name="resultater"/>. The results are those of the
    /// single-threaded run. Allocates the tasks (not per row).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="resultater"/> is shorter than the portfolio.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deler"/> is less than 1.</exception>
    public static void BeregnParallelt(Trekkportefoelje portefoelje, Satsgrunnlag satser, Portefoeljeresultat[] resultater, Beregningsvalg valg = default, int? deler = null)
    {
        ArgumentNullException.ThrowIfNull(portefoelje);
        ArgumentNullException.ThrowIfNull(satser);
        ArgumentNullException.ThrowIfNull(resultater);
        var n = portefoelje.Antall;
        if (resultater.Length < n)
        {
            throw new ArgumentException($"Resultattabellen har plass til {resultater.Length} rader, men porteføljen har {n}.", nameof(resultater));
        }

        var traader = deler ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(traader, 1, nameof(deler));
        BeregnIBlokker(portefoelje, satser, resultater, valg, traader, Blokkstoerrelse);
    }

    /// <summary><see cref="BeregnParallelt"/> with the block size given (tests use small blocks on small portfolios).</summary>
    internal static void BeregnIBlokker(Trekkportefoelje portefoelje, Satsgrunnlag satser, Portefoeljeresultat[] resultater, Beregningsvalg valg, int traader, int blokkstoerrelse)
    {
        var n = portefoelje.Antall;
        var blokker = (int)(((long)n + blokkstoerrelse - 1) / blokkstoerrelse);
        if (blokker == 0)
        {
            return;
        }

        Parallel.For(
            0,
            blokker,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Min(traader, blokker) },
            blokk =>
            {
                var start = blokk * blokkstoerrelse;
                var antall = Math.Min(blokkstoerrelse, n - start);
                Beregn(portefoelje, satser, start, antall, resultater.AsSpan(start, antall), valg);
            });
    }

    private static void BeregnRader(Trekkportefoelje portefoelje, Satsgrunnlag satser, Dagsindeks indeks, ReadOnlySpan<int> segmenter, int fra, Span<Portefoeljeresultat> resultater, Beregningsvalg valg)
    {
        var rader = portefoelje.Rader;
        var datoer = portefoelje.Datoer;
        var lokaldatoer = portefoelje.Lokaldatoer;
        var sporing = default(IngenSporing);
        for (var i = 0; i < resultater.Length; i++)
        {
            var rad = fra + i;
            ref readonly var felt = ref rader[rad];
            if (!felt.Gyldig)
            {
                resultater[i] = new Portefoeljeresultat(Radstatus.UgyldigInndata, Beloep.Null, Prosent.Null, default, default);
                continue;
            }

            var nr = felt.DatoNr;
            var inndata = new Portefoeljerad(portefoelje, rad, in felt, datoer[nr], lokaldatoer[nr]);

            ref readonly var segment = ref indeks.Segment(segmenter[nr]);
            var r = Trekkberegner.Beregn(ref inndata, satser, in segment, valg, ref sporing, out var feil);
            resultater[i] = feil switch
            {
                Kjernefeil.Ingen => new Portefoeljeresultat(Radstatus.Beregnet, r.TrekkPerMaaned, r.Trekkprosent, r.Begrensning, r.Antatt, r.Avledet),
                Kjernefeil.HeleNettoinntekt => new Portefoeljeresultat(Radstatus.HeleNettoinntekt, Beloep.Null, Prosent.Null, default, default),
                _ => new Portefoeljeresultat(Radstatus.SatserMangler, Beloep.Null, Prosent.Null, default, default),
            };
        }
    }
}
