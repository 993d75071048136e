using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Reference.Prioritet;

/// <summary>The reference distribution: each claim's share in kroner (input order) and the surplus.</summary>
/// <param name="Andeler">Shares in kroner, in the order the claims were given (both parts together).</param>
/// <param name="Overskudd">What is left when every claim is covered.</param>
public sealed record ReferanseFordelingsresultat(IReadOnlyList<decimal> Andeler, decimal Overskudd)
{
    /// <summary>Per claim (input order): what its separate class-f interest part got, in kroner (0 when it has none).</summary>
    public IReadOnlyList<decimal> Renteandeler { get; init; } = [];
}

/// <summary>
/// Reference distribution of one trekk payment (deknl. § 2-8; Retningslinje pkt. 6), plain decimal + LINQ, written
/// without the engine's code. Amounts are worked in øre (whole decimals) so every step is exact.
/// </summary>
public static class ReferanseFordeling
{
    /// <summary>One part of a claim: its principal, or (class a–d, not løpende bidrag) its accrued interest in class f.</summary>
    private sealed record Del(int Indeks, Krav Krav, bool ErRente, Artsprioritet Klasse, decimal BehovOere, decimal VektOere);

    /// <summary>Distributes <paramref name="betaling"/> kroner over <paramref name="krav"/> by <paramref name="regel"/>.</summary>
    public static ReferanseFordelingsresultat Fordel(IReadOnlyList<Krav> krav, decimal betaling, Fordelingsregel regel)
    {
        ArgumentNullException.ThrowIfNull(krav);
        var deler = krav.SelectMany((k, i) => Deler(k, i)).ToList();
        var andel = deler.ToDictionary(d => d, _ => 0m);
        var igjen = betaling * 100m;

        foreach (var klasse in deler.GroupBy(d => d.Klasse).OrderBy(g => g.Key))
        {
            foreach (var (maate, blokker) in Grupper(klasse.Key, klasse.ToList(), regel))
            {
                igjen = maate == "etter tur"
                    ? DekkEtterTur(blokker.Single(), igjen, andel)
                    : DelForholdsmessig(blokker, igjen, andel, vektEtterBidrag: maate == "bidrag");
            }
        }

        var andeler = krav.Select((_, i) => deler.Where(d => d.Indeks == i).Sum(d => andel[d]) / 100m).ToList();
        var renter = krav.Select((_, i) => deler.Where(d => d.Indeks == i && d.ErRente).Sum(d => andel[d]) / 100m).ToList();
        return new ReferanseFordelingsresultat(andeler, igjen / 100m) { Renteandeler = renter };
    }

    /// <summary>What a claim needs, in øre: a løpende bidrag the amount due this period, others remaining + accrued interest.</summary>
    public static decimal BehovOere(Krav krav)
    {
        ArgumentNullException.ThrowIfNull(krav);
        return krav.Kravtype == Kravtype.LoependeBidrag
            ? krav.MaanedligBeloep.Oere
            : krav.Gjenstaaende.Oere + krav.PaaloeptRente.Oere;
    }

    /// <summary>
    /// The claim's class-a weight in øre, "etter størrelsen av de enkelte bidrag" (both rules): a løpende bidrag the
    /// amount due this period; any other claim what remains of it, without the accrued interest.
    /// </summary>
    public static decimal VektOere(Krav krav)
    {
        ArgumentNullException.ThrowIfNull(krav);
        return krav.Kravtype == Kravtype.LoependeBidrag ? krav.MaanedligBeloep.Oere : krav.Gjenstaaende.Oere;
    }

    /// <summary>
    /// Retningslinje pkt. 6.1/6.2: interest on a class a–d claim is a class-f part of its own with the claim's time
    /// priority; class e keeps its interest (tax), class f has it anyway; a løpende bidrag has none.
    /// </summary>
    private static IEnumerable<Del> Deler(Krav k, int i)
    {
        var egenRente = k.Artsprioritet <= Artsprioritet.D && k.Kravtype != Kravtype.LoependeBidrag;
        var hovedstol = egenRente ? k.Gjenstaaende.Oere : BehovOere(k);
        yield return new Del(i, k, false, k.Artsprioritet, hovedstol, VektOere(k));
        if (egenRente)
        {
            yield return new Del(i, k, true, Artsprioritet.F, k.PaaloeptRente.Oere, 0m);
        }
    }

    /// <summary>
    /// The groups of one class, in order, each a list of blocks (a block is covered in turn). Class a: one block per
    /// part, pro rata by the size of each bidrag. Otherwise per date: one case → in turn; several cases → the cases
    /// share pro rata by need. Samordnet: preserved-priority parts so first, then the rest pro rata by need.
    /// </summary>
    private static IEnumerable<(string Maate, List<List<Del>> Blokker)> Grupper(Artsprioritet klasse, List<Del> deler, Fordelingsregel regel)
    {
        if (klasse == Artsprioritet.A)
        {
            yield return ("bidrag", [.. deler.OrderBy(d => d.Krav.Tidsprioritet).ThenBy(d => d.Krav.Id, StringComparer.Ordinal).Select(d => new List<Del> { d })]);
            yield break;
        }

        var etterDato = regel == Fordelingsregel.Samordnet ? deler.Where(d => d.Krav.BevartTidsprioritet).ToList() : deler;
        foreach (var dag in etterDato.GroupBy(d => d.Krav.Tidsprioritet).OrderBy(g => g.Key))
        {
            // SPEC §2: an øre left by rounding goes to the earlier tidsprioritet (all equal here), then the lower claim
            // id — so the cases are listed by their lowest claim id, never by the case reference.
            var saker = dag
                .GroupBy(d => d.Krav.Sak, StringComparer.Ordinal)
                .Select(g => g.OrderBy(PrioritetISak).ThenBy(d => d.Krav.Id, StringComparer.Ordinal).ThenBy(d => d.ErRente).ToList())
                .OrderBy(sak => sak.Min(d => d.Krav.Id), StringComparer.Ordinal)
                .ToList();
            yield return (saker.Count == 1 ? "etter tur" : "samme dag", saker);
        }

        if (regel == Fordelingsregel.Samordnet)
        {
            var resten = deler
                .Where(d => !d.Krav.BevartTidsprioritet)
                .OrderBy(d => d.Krav.Tidsprioritet)
                .ThenBy(d => d.Krav.Id, StringComparer.Ordinal)
                .ThenBy(d => d.ErRente)
                .Select(d => new List<Del> { d })
                .ToList();
            if (resten.Count > 0)
            {
                yield return ("samordnet", resten);
            }
        }
    }

    /// <summary>The part's place in its case: the claim's prioritetISak; an interest part may have its own.</summary>
    private static int PrioritetISak(Del d) => d.ErRente && d.Krav.RentePrioritetISak is { } p ? p : d.Krav.PrioritetISak;

    /// <summary>
    /// The parts of a block (one case on one date) in prioritetISak order: each prioritetISak in turn is covered in full
    /// before the next gets anything. Parts with the same prioritetISak are equal: when the money does not reach,
    /// they share it in proportion to their needs (øre rounded down, the øre left to the largest remainders, equal
    /// remainders to the lower claim id).
    /// </summary>
    private static decimal DekkEtterTur(List<Del> blokk, decimal igjen, Dictionary<Del, decimal> andel)
    {
        foreach (var trinn in blokk.GroupBy(PrioritetISak).OrderBy(g => g.Key))
        {
            var deler = trinn.OrderBy(d => d.Krav.Id, StringComparer.Ordinal).ToList();
            var sum = deler.Sum(d => d.BehovOere);
            if (igjen >= sum)
            {
                deler.ForEach(d => andel[d] += d.BehovOere);
                igjen -= sum;
                continue;
            }

            if (igjen == 0)
            {
                break;
            }

            var pott = igjen;
            var rester = deler.Select((d, i) => (Plass: i, Rester: pott * d.BehovOere % sum)).ToList();
            var hele = deler.Select((d, i) => ((pott * d.BehovOere) - rester[i].Rester) / sum).ToList();
            var ekstra = (int)(igjen - hele.Sum());
            foreach (var r in rester.OrderByDescending(r => r.Rester).ThenBy(r => r.Plass).Take(ekstra))
            {
                hele[r.Plass] += 1;
            }

            for (var i = 0; i < deler.Count; i++)
            {
                andel[deler[i]] += hele[i];
            }

            igjen = 0;
        }

        return igjen;
    }

    /// <summary>
    /// The blocks share pro rata by weight (class a: the size of each bidrag; otherwise the block's need). Weighted
    /// blocks water-fill first; blocks with weight 0 that still need something get nothing until every weighted block
    /// is covered, and then water-fill what is left by need. Each block's share is then covered in turn through its parts.
    /// </summary>
    private static decimal DelForholdsmessig(List<List<Del>> blokker, decimal igjen, Dictionary<Del, decimal> andel, bool vektEtterBidrag)
    {
        decimal Behov(int b) => blokker[b].Sum(d => d.BehovOere);
        decimal Vekt(int b) => vektEtterBidrag ? blokker[b].Sum(d => d.VektOere) : Behov(b);
        var blokkAndel = new decimal[blokker.Count];
        var medBehov = Enumerable.Range(0, blokker.Count).Where(b => Behov(b) > 0).ToList();
        var vektet = medBehov.Where(b => Vekt(b) > 0).ToList();
        var uvektet = medBehov.Where(b => Vekt(b) == 0).ToList();

        igjen = Vannfyll(vektet, igjen, blokkAndel, Behov, Vekt);
        if (igjen > 0 && vektet.All(b => blokkAndel[b] == Behov(b)))
        {
            igjen = Vannfyll(uvektet, igjen, blokkAndel, Behov, Behov);
        }

        for (var b = 0; b < blokker.Count; b++)
        {
            DekkEtterTur(blokker[b], blokkAndel[b], andel);
        }

        return igjen;
    }

    /// <summary>
    /// Water-filling: share the money by weight; a block whose share would reach its need gets exactly its need and
    /// leaves the rest to be shared again among the others. When nobody is satisfied any more, the remaining money is
    /// shared by weight, rounded down to øre, and the øre left go to the largest remainders (ties: the block first in
    /// order).
    /// </summary>
    private static decimal Vannfyll(List<int> medlemmer, decimal igjen, decimal[] andel, Func<int, decimal> behov, Func<int, decimal> vekt)
    {
        var aktive = medlemmer.ToList();
        while (aktive.Count > 0 && igjen > 0)
        {
            var samletVekt = aktive.Sum(vekt);
            var pott = igjen;

            // share_b = pott · vekt_b / samletVekt reaches need_b  <=>  pott · vekt_b >= need_b · samletVekt (exact).
            var dekket = aktive.Where(b => pott * vekt(b) >= behov(b) * samletVekt).ToList();
            if (dekket.Count == 0)
            {
                break;
            }

            foreach (var b in dekket)
            {
                andel[b] = behov(b);
                igjen -= andel[b];
            }

            aktive = [.. aktive.Except(dekket)];
        }

        if (aktive.Count == 0 || igjen == 0)
        {
            return igjen;
        }

        var sum = aktive.Sum(vekt);
        var andeler = aktive
            .Select(b => new { Blokk = b, Teller = igjen * vekt(b) })
            .Select(x => new { x.Blokk, Rest = x.Teller % sum, Hel = (x.Teller - (x.Teller % sum)) / sum })
            .ToList();
        foreach (var a in andeler)
        {
            andel[a.Blokk] = a.Hel;
        }

        var ekstraOere = (int)(igjen - andeler.Sum(a => a.Hel));
        foreach (var a in andeler.OrderByDescending(a => a.Rest).ThenBy(a => a.Blokk).Take(ekstraOere))
        {
            andel[a.Blokk] += 1;
        }

        return 0;
    }
}
