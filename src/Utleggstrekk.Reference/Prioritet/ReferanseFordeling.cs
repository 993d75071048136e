using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Reference.Prioritet;

/// <summary>The reference distribution: each claim's share in kroner (input order) and the surplus.</summary>
/// <param name="Andeler">Shares in kroner, in the order the claims were given.</param>
/// <param name="Overskudd">What is left when every claim is covered.</param>
public sealed record ReferanseFordelingResultat(IReadOnlyList<decimal> Andeler, decimal Overskudd);

/// <summary>
/// Reference distribution of one trekk payment (deknl. § 2-8; Retningslinje pkt. 6), plain decimal + LINQ, written
/// without the engine's code. Amounts are worked in øre (whole decimals) so every step is exact.
/// </summary>
public static class ReferanseFordeling
{
    /// <summary>Distributes <paramref name="betaling"/> kroner over <paramref name="krav"/> by <paramref name="regel"/>.</summary>
    public static ReferanseFordelingResultat Fordel(IReadOnlyList<Krav> krav, decimal betaling, Fordelingsregel regel)
    {
        ArgumentNullException.ThrowIfNull(krav);
        var andelOere = new decimal[krav.Count];
        var igjen = betaling * 100m;
        var indekser = Enumerable.Range(0, krav.Count).ToList();

        foreach (var klasse in indekser.GroupBy(i => krav[i].Artsprioritet).OrderBy(g => g.Key))
        {
            foreach (var (proRata, medlemmer) in Grupper(krav, klasse.ToList(), regel))
            {
                igjen = proRata
                    ? DelForholdsmessig(krav, medlemmer, igjen, andelOere, regel)
                    : DekkEtterTur(krav, medlemmer, igjen, andelOere);
            }
        }

        return new ReferanseFordelingResultat(andelOere.Select(o => o / 100m).ToList(), igjen / 100m);
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
    /// The claim's weight when sharing pro rata, in øre. Tidsprioritet (class a, "etter størrelsen av de enkelte bidrag"):
    /// a løpende bidrag weighs by the amount due this period; any other claim by what remains of it, without the accrued
    /// interest. Samordnet: the dividendegrunnlag, remaining plus accrued interest (for a løpende bidrag the amount due).
    /// </summary>
    public static decimal VektOere(Krav krav, Fordelingsregel regel)
    {
        ArgumentNullException.ThrowIfNull(krav);
        if (krav.Kravtype == Kravtype.LoependeBidrag)
        {
            return krav.MaanedligBeloep.Oere;
        }

        return regel == Fordelingsregel.Samordnet
            ? krav.Gjenstaaende.Oere + krav.PaaloeptRente.Oere
            : krav.Gjenstaaende.Oere;
    }

    /// <summary>
    /// The groups of one class, in order. Tidsprioritet: class a shares pro rata; other classes are covered one after
    /// another. Samordnet: preserved-priority claims one after another, then the rest pro rata.
    /// </summary>
    private static IEnumerable<(bool ProRata, List<int> Medlemmer)> Grupper(IReadOnlyList<Krav> krav, List<int> klasse, Fordelingsregel regel)
    {
        if (regel == Fordelingsregel.Tidsprioritet)
        {
            if (krav[klasse[0]].Artsprioritet == Artsprioritet.A)
            {
                yield return (true, klasse);
            }
            else
            {
                yield return (false, EtterTidsprioritet(krav, klasse));
            }

            yield break;
        }

        var bevart = klasse.Where(i => krav[i].BevartTidsprioritet).ToList();
        var resten = klasse.Where(i => !krav[i].BevartTidsprioritet).ToList();
        if (bevart.Count > 0)
        {
            yield return (false, EtterTidsprioritet(krav, bevart));
        }

        if (resten.Count > 0)
        {
            yield return (true, resten);
        }
    }

    /// <summary>Earliest date first; same date: by case, lower prioritetISak first; then lower id.</summary>
    private static List<int> EtterTidsprioritet(IReadOnlyList<Krav> krav, List<int> medlemmer) =>
        [.. medlemmer
            .OrderBy(i => krav[i].Tidsprioritet)
            .ThenBy(i => krav[i].Sak, StringComparer.Ordinal)
            .ThenBy(i => krav[i].PrioritetISak)
            .ThenBy(i => krav[i].Id, StringComparer.Ordinal)];

    /// <summary>Each claim in turn is covered in full before the next gets anything.</summary>
    private static decimal DekkEtterTur(IReadOnlyList<Krav> krav, List<int> rekkefoelge, decimal igjen, decimal[] andelOere)
    {
        foreach (var i in rekkefoelge)
        {
            var andel = Math.Min(igjen, BehovOere(krav[i]));
            andelOere[i] = andel;
            igjen -= andel;
        }

        return igjen;
    }

    /// <summary>
    /// Pro rata by weight. The claims with a weight water-fill first; claims with weight 0 that still need something
    /// (e.g. a bidragsgjeld whose remaining amount is paid but whose interest is not) get nothing until every weighted
    /// claim is covered, and then water-fill what is left by need.
    /// </summary>
    private static decimal DelForholdsmessig(IReadOnlyList<Krav> krav, List<int> medlemmer, decimal igjen, decimal[] andelOere, Fordelingsregel regel)
    {
        var medBehov = medlemmer.Where(i => BehovOere(krav[i]) > 0).ToList();
        var vektet = medBehov.Where(i => VektOere(krav[i], regel) > 0).ToList();
        var uvektet = medBehov.Where(i => VektOere(krav[i], regel) == 0).ToList();

        igjen = Vannfyll(krav, vektet, igjen, andelOere, i => VektOere(krav[i], regel));
        var alleVektedeDekket = vektet.All(i => andelOere[i] == BehovOere(krav[i]));
        if (igjen > 0 && alleVektedeDekket)
        {
            igjen = Vannfyll(krav, uvektet, igjen, andelOere, i => BehovOere(krav[i]));
        }

        return igjen;
    }

    /// <summary>
    /// Water-filling: share the money by weight; a claim whose share would reach its need gets exactly its need and
    /// leaves the rest to be shared again among the others. When nobody is satisfied any more, the remaining money is
    /// shared by weight, rounded down to øre, and the øre left go to the largest remainders (ties: earlier
    /// tidsprioritet, then lower id).
    /// </summary>
    private static decimal Vannfyll(IReadOnlyList<Krav> krav, List<int> medlemmer, decimal igjen, decimal[] andelOere, Func<int, decimal> vekt)
    {
        var aktive = medlemmer.ToList();
        while (aktive.Count > 0 && igjen > 0)
        {
            var samletVekt = aktive.Sum(vekt);
            var pott = igjen;

            // share_i = pott · vekt_i / samletVekt reaches need_i  <=>  pott · vekt_i >= need_i · samletVekt (exact).
            var dekket = aktive.Where(i => pott * vekt(i) >= BehovOere(krav[i]) * samletVekt).ToList();
            if (dekket.Count == 0)
            {
                break;
            }

            foreach (var i in dekket)
            {
                andelOere[i] = BehovOere(krav[i]);
                igjen -= andelOere[i];
            }

            aktive = [.. aktive.Except(dekket)];
        }

        if (aktive.Count == 0 || igjen == 0)
        {
            return igjen;
        }

        var sum = aktive.Sum(vekt);
        var andeler = aktive
            .Select(i => new { Indeks = i, Teller = igjen * vekt(i) })
            .Select(x => new { x.Indeks, Rest = x.Teller % sum, Hel = (x.Teller - (x.Teller % sum)) / sum })
            .ToList();
        foreach (var a in andeler)
        {
            andelOere[a.Indeks] = a.Hel;
        }

        var ekstraOere = (int)(igjen - andeler.Sum(a => a.Hel));
        foreach (var a in andeler
                     .OrderByDescending(a => a.Rest)
                     .ThenBy(a => krav[a.Indeks].Tidsprioritet)
                     .ThenBy(a => krav[a.Indeks].Id, StringComparer.Ordinal)
                     .Take(ekstraOere))
        {
            andelOere[a.Indeks] += 1;
        }

        return 0;
    }
}
