using NodaTime;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Reference.Renter;

namespace Utleggstrekk.Reference.Innsyn;

/// <summary>Reference aggregates (a)–(c) in kroner.</summary>
/// <param name="Hoeyere">(a) the claims covered before the krav, remaining plus stipulated interest.</param>
/// <param name="Samme">(b) the other claims of its class not in (a).</param>
/// <param name="Egen">The krav's own (b) basis: its principal part (class a: the bidrag size).</param>
/// <param name="Andel">The share fordeling gives the krav of the money into its class after its (a) set, percent, two decimals (half away from zero).</param>
/// <param name="RenteAndel">The same for the krav's interest part in class f (0 without one).</param>
/// <param name="Bidrag">(c) løpende bidrag per month.</param>
/// <param name="Bak">The claims behind: every part of a worse class, the krav's own interest part included (for the partition property; not an aggregate).</param>
public sealed record ReferanseInnsynssvar(decimal Hoeyere, decimal Samme, decimal Egen, decimal Andel, decimal Bidrag, decimal Bak, decimal RenteAndel = 0m);

/// <summary>
/// Reference innsyn (forskrift 2025-07-09-1510 § 4 a–c), plain decimal + LINQ, written without the engine's innsyn code.
/// The order of cover is stated directly: class first; the interest of a class a–d krav (not a løpende bidrag) is its
/// own part in class f at the krav's time priority; within a class, "covered before" is decided pair by pair.
/// </summary>
public static class ReferanseInnsyn
{
    /// <summary>One part of the order of cover.</summary>
    /// <remarks><c>Basis</c>: the part's weight in its class for (b) — as <c>Grunnlag</c>, but a løpende bidrag weighs by
    /// the amount due this period (class a is shared by the size of each bidrag).</remarks>
    private sealed record Del(int Krav, bool ErRente, Artsprioritet Klasse, LocalDate Dato, string Sak, int PrioritetISak, string Id, bool Bevart, decimal Grunnlag, decimal Basis);

    /// <summary>Stipulated interest in kroner: interest on the remaining amount from renteFra to the date, by the krav's terms.</summary>
    public static decimal StipulertRente(Krav krav, LocalDate dato, EnkelTabell<Prosentverdi> tabell)
    {
        ArgumentNullException.ThrowIfNull(krav);
        if (krav.Kravtype == Kravtype.LoependeBidrag || krav.Rentevilkaar.Type == Rentetype.Ingen || krav.Rentevilkaar.RenteFra is not { } fra || fra >= dato)
        {
            return 0m;
        }

        return krav.Rentevilkaar.Type == Rentetype.Avtalt
            ? ReferanseRenter.AvtaltRente(krav.Gjenstaaende.Kroner, fra, dato, krav.Rentevilkaar.AvtaltSats.Verdi).Rente
            : ReferanseRenter.Forsinkelsesrente(krav.Gjenstaaende.Kroner, fra, dato, tabell).Rente;
    }

    /// <summary>The aggregates for the krav at input index <paramref name="indeks"/>, as of <paramref name="dato"/>.</summary>
    public static ReferanseInnsynssvar Aggregater(IReadOnlyList<Krav> krav, Fordelingsregel regel, int indeks, LocalDate dato, EnkelTabell<Prosentverdi> tabell)
    {
        ArgumentNullException.ThrowIfNull(krav);
        var deler = Deler(krav, dato, tabell);
        var egenDel = deler.Single(d => d.Krav == indeks && !d.ErRente);
        var hoeyere = deler.Where(d => DekkesFoer(d, egenDel, regel)).Sum(d => d.Grunnlag);
        var samme = deler
            .Where(d => d.Klasse == egenDel.Klasse && d.Krav != indeks && !DekkesFoer(d, egenDel, regel))
            .Sum(d => d.Basis);
        var bak = deler.Where(d => d.Klasse > egenDel.Klasse).Sum(d => d.Grunnlag);
        var egen = egenDel.Basis;
        var andel = Math.Round(Andel(deler.Where(d => d.Klasse == egenDel.Klasse).ToList(), egenDel, regel) * 100m, 2, MidpointRounding.AwayFromZero);
        var bidrag = krav.Where(k => k.Kravtype == Kravtype.LoependeBidrag).Sum(k => k.MaanedligBeloep.Kroner);
        var renteDel = deler.SingleOrDefault(d => d.Krav == indeks && d.ErRente);
        var renteAndel = renteDel is null ? 0m
            : Math.Round(Andel(deler.Where(d => d.Klasse == Artsprioritet.F).ToList(), renteDel, regel) * 100m, 2, MidpointRounding.AwayFromZero);
        return new ReferanseInnsynssvar(hoeyere, samme, egen, andel, bidrag, bak, renteAndel);
    }

    /// <summary>
    /// The share of the money into the class that goes to part <paramref name="p"/> once every part covered before it
    /// ((a)) is covered, stated directly: its group is the parts of the class that neither come before it nor after it,
    /// with the rest of its own block (a sak on one date; in class a and the Samordnet pro-rata group a single part);
    /// the blocks share by their whole basis (they fill at the same rate) and the block's money goes to the step of
    /// <paramref name="p"/> (the parts of its block tied with it), whose parts share by theirs.
    /// </summary>
    private static decimal Andel(List<Del> klasse, Del p, Fordelingsregel regel)
    {
        bool SammeBlokk(Del a, Del b) =>
            ReferenceEquals(a, b)
            || (a.Klasse != Artsprioritet.A
                && (regel == Fordelingsregel.Tidsprioritet || (a.Bevart && b.Bevart))
                && a.Dato == b.Dato && string.Equals(a.Sak, b.Sak, StringComparison.Ordinal));
        bool Uavgjort(Del a, Del b) => !DekkesFoer(a, b, regel) && !DekkesFoer(b, a, regel);
        if (p.Basis == 0)
        {
            return 0m;
        }

        var blokkbasis = klasse.Where(d => SammeBlokk(d, p)).Sum(d => d.Basis);
        var gruppebasis = klasse.Where(d => SammeBlokk(d, p) || Uavgjort(d, p)).Sum(d => d.Basis);
        var trinnbasis = klasse.Where(d => SammeBlokk(d, p) && Uavgjort(d, p)).Sum(d => d.Basis);
        return blokkbasis * p.Basis / (gruppebasis * trinnbasis);
    }

    /// <summary>Remaining plus stipulated interest of every claim (løpende bidrag: 0).</summary>
    public static decimal Totalt(IReadOnlyList<Krav> krav, LocalDate dato, EnkelTabell<Prosentverdi> tabell) =>
        Deler(krav, dato, tabell).Sum(d => d.Grunnlag);

    private static List<Del> Deler(IReadOnlyList<Krav> krav, LocalDate dato, EnkelTabell<Prosentverdi> tabell)
    {
        var deler = new List<Del>();
        for (var i = 0; i < krav.Count; i++)
        {
            var k = krav[i];
            var loepende = k.Kravtype == Kravtype.LoependeBidrag;
            var rente = loepende ? 0m : k.PaaloeptRente.Kroner + StipulertRente(k, dato, tabell);
            var gjenstaaende = loepende ? 0m : k.Gjenstaaende.Kroner;
            var egenRentedel = !loepende && k.Artsprioritet <= Artsprioritet.D;
            var hovedstol = egenRentedel ? gjenstaaende : gjenstaaende + rente;
            deler.Add(new Del(i, false, k.Artsprioritet, k.Tidsprioritet, k.Sak, k.PrioritetISak, k.Id, k.BevartTidsprioritet, hovedstol, loepende ? k.MaanedligBeloep.Kroner : hovedstol));
            if (egenRentedel)
            {
                deler.Add(new Del(i, true, Artsprioritet.F, k.Tidsprioritet, k.Sak, k.RentePrioritetISak ?? k.PrioritetISak, k.Id, k.BevartTidsprioritet, rente, rente));
            }
        }

        return deler;
    }

    /// <summary>
    /// True when part <paramref name="q"/> is covered before part <paramref name="p"/> (in full, not sharing with it):
    /// a better class; in class a never (pro rata by bidrag size under both rules); under samordnet a preserved time
    /// priority before the rest, which share pro rata; otherwise an earlier date, or on the same date in the same sak
    /// a lower prioritetISak (the same one is a tie) — the same date in another sak shares pro rata (deknl. § 2-8 third ledd).
    /// </summary>
    private static bool DekkesFoer(Del q, Del p, Fordelingsregel regel)
    {
        if (q.Klasse != p.Klasse)
        {
            return q.Klasse < p.Klasse;
        }

        if (ReferenceEquals(q, p) || q.Klasse == Artsprioritet.A)
        {
            return false;
        }

        if (regel == Fordelingsregel.Samordnet && q.Bevart != p.Bevart)
        {
            return q.Bevart;
        }

        if (regel == Fordelingsregel.Samordnet && !q.Bevart)
        {
            return false;
        }

        return Tidligere(q, p);
    }

    private static bool Tidligere(Del q, Del p)
    {
        if (q.Dato != p.Dato)
        {
            return q.Dato < p.Dato;
        }

        if (!string.Equals(q.Sak, p.Sak, StringComparison.Ordinal))
        {
            return false;
        }

        // The same prioritetISak in one sak and date is a tie: shared pro rata by need, neither before the other.
        return q.PrioritetISak < p.PrioritetISak;
    }
}
