using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Samordning;

namespace Utleggstrekk.Reference.Samordning;

/// <summary>
/// Reference samordning of several trekk in one ytelse (tvangsl. § 7-24; deknl. § 2-8), plain decimal + LINQ, written
/// without the engine's code: group by priority, cover group after group, share a short group pro rata by amount with
/// the largest remainder in øre (ties: earlier tidsprioritet, then lower id).
/// </summary>
public static class ReferanseSamordning
{
    /// <summary>The new amount per trekk in kroner (input order) and what is left unused.</summary>
    public static (IReadOnlyList<decimal> NyttBeloep, decimal Uutnyttet) Samordne(decimal trekkevne, IReadOnlyList<Samordningstrekk> trekk)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var nytt = new decimal[trekk.Count];
        var igjen = trekkevne * 100m;

        // Class a shares pro rata whatever the date (deknl. § 2-8 third ledd last sentence); b–f by date within the class.
        var grupper = trekk.Select((t, i) => (t, i))
            .GroupBy(x => (x.t.Artsprioritet, Dato: x.t.Artsprioritet == Artsprioritet.A ? default : x.t.Tidsprioritet))
            .OrderBy(g => g.Key.Artsprioritet).ThenBy(g => g.Key.Dato);

        foreach (var gruppe in grupper)
        {
            var medlemmer = gruppe.ToList();
            var behov = medlemmer.Sum(x => x.t.BeloepPerMaaned.Oere);
            if (behov <= igjen)
            {
                medlemmer.ForEach(x => nytt[x.i] = x.t.BeloepPerMaaned.Oere);
                igjen -= behov;
                continue;
            }

            var eksakt = medlemmer.Select(x => (x.t, x.i, Andel: igjen * x.t.BeloepPerMaaned.Oere / behov)).ToList();
            foreach (var e in eksakt)
            {
                nytt[e.i] = decimal.Floor(e.Andel);
            }

            var rest = igjen - eksakt.Sum(e => decimal.Floor(e.Andel));
            foreach (var e in eksakt
                .OrderByDescending(e => e.Andel - decimal.Floor(e.Andel))
                .ThenBy(e => e.t.Tidsprioritet)
                .ThenBy(e => e.t.Id, StringComparer.Ordinal)
                .Take((int)rest))
            {
                nytt[e.i] += 1;
            }

            igjen = 0;
        }

        return (nytt.Select(o => o / 100m).ToList(), igjen / 100m);
    }
}
