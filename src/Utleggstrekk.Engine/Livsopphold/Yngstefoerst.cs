using System.Runtime.CompilerServices;
using Utleggstrekk.Engine.Satser;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// Which children a "youngest first" reduction hits, found by rank counting (no sorting, no allocation): a child is
/// among the <c>k</c> youngest when fewer than <c>k</c> counted children come before it in the order
/// "later date of birth first; on the same date of birth, later in the input first" (household children of the same
/// date of birth have the same rate, so that order does not change the sum), and for samvær children by the order of
/// the samvær overload of <c>BlantYngste</c>.
/// </summary>
/// <remarks>Households are small, so the quadratic count is cheaper than sorting into a buffer.</remarks>
internal static class Yngstefoerst
{
    /// <summary>True when household child (ages and date keys in <paramref name="alder"/> and <paramref name="noekler"/>, or computed when empty) <paramref name="indeks"/> is among the <paramref name="antall"/> youngest counted children.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BlantYngste<TSak>(scoped ref TSak sak, scoped ReadOnlySpan<int> alder, scoped ReadOnlySpan<int> noekler, int indeks, int antall)
        where TSak : IHusstandsbarn, allows ref struct
    {
        if (antall <= 0)
        {
            return false;
        }

        var foedt = noekler.IsEmpty ? sak.BarnFoedtNoekkel(indeks) : noekler[indeks];
        var foran = 0;
        var n = sak.AntallBarn;
        for (var j = 0; j < n; j++)
        {
            if (j == indeks || !LivsoppholdBarn.Medregnes(alder.IsEmpty ? sak.BarnAlder(j) : alder[j], sak.BarnVideregaaende(j)))
            {
                continue;
            }

            var annen = noekler.IsEmpty ? sak.BarnFoedtNoekkel(j) : noekler[j];
            if (annen > foedt || (annen == foedt && j > indeks))
            {
                foran++;
            }
        }

        return foran < antall;
    }

    /// <summary>
    /// The rank key of household child <paramref name="indeks"/> for <see cref="AntallForan"/>: larger comes first in the
    /// order "later date of birth first; on the same date of birth, later in the input first", or
    /// <see cref="int.MinValue"/> for a child who is not counted (never before anyone). Only for the first 32 children
    /// (the index takes the low five bits).
    /// </summary>
    /// <remarks>
    /// Unchecked: a date key is within ±5.2 million (<see cref="Alder.Noekkel"/>; a day number within 3.7 million), so
    /// the key × 32 + index stays within ±170 million and cannot overflow.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Rangnoekkel(int foedtNoekkel, int indeks, bool medregnet) =>
        medregnet ? unchecked((foedtNoekkel * 32) + indeks) : int.MinValue;

    /// <summary>
    /// How many children come before the child of rank key <paramref name="egen"/> (<see cref="Rangnoekkel"/>): that
    /// child is among the <c>k</c> youngest when this is less than <c>k</c>. The same count as
    /// <see cref="BlantYngste{TSak}(ref TSak, ReadOnlySpan{int}, ReadOnlySpan{int}, int, int)"/>, without a branch per
    /// child.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AntallForan(scoped ReadOnlySpan<int> rangnoekler, int egen)
    {
        var foran = 0;
        foreach (var annen in rangnoekler)
        {
            // Unchecked: at most the list's length.
            foran = unchecked(foran + (annen > egen ? 1 : 0));
        }

        return foran;
    }

    /// <summary>
    /// True when samvær child (ages and date keys in <paramref name="alder"/> and <paramref name="noekler"/>, or
    /// computed when empty) <paramref name="indeks"/> is among the <paramref name="antall"/> youngest samvær children
    /// with an add-on. Order: later date of birth first; on the same date of birth the smaller add-on first (the
    /// debtor keeps more), then the lower class, then later in the input (only between identical children, where the
    /// choice does not change the sum). The result therefore does not depend on the input order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BlantYngste<TSak>(scoped ref TSak sak, scoped ReadOnlySpan<int> alder, scoped ReadOnlySpan<int> noekler, int indeks, int antall, SamvaerTabell tabell, int periode)
        where TSak : IHusstandsbarn, allows ref struct
    {
        if (antall <= 0)
        {
            return false;
        }

        var foedt = noekler.IsEmpty ? sak.SamvaersbarnFoedtNoekkel(indeks) : noekler[indeks];
        var egenAlder = alder.IsEmpty ? sak.SamvaersbarnAlder(indeks) : alder[indeks];
        var klasse = sak.Samvaersklasse(indeks);
        var sats = -1L;
        var foran = 0;
        var n = sak.AntallSamvaersbarn;
        for (var j = 0; j < n; j++)
        {
            if (j == indeks || !Samvaerstillegg.Medregnes(alder.IsEmpty ? sak.SamvaersbarnAlder(j) : alder[j]))
            {
                continue;
            }

            var annen = noekler.IsEmpty ? sak.SamvaersbarnFoedtNoekkel(j) : noekler[j];
            if (annen > foedt)
            {
                foran++;
            }
            else if (annen == foedt)
            {
                // Same date of birth, so the same age band: compare the add-ons of the two classes.
                if (sats < 0)
                {
                    sats = tabell.Sats(periode, klasse, SamvaerTabell.Aldersband(egenAlder)).Oere;
                }

                var annenKlasse = sak.Samvaersklasse(j);
                var annenSats = tabell.Sats(periode, annenKlasse, SamvaerTabell.Aldersband(egenAlder)).Oere;
                if (annenSats < sats || (annenSats == sats && (annenKlasse < klasse || (annenKlasse == klasse && j > indeks))))
                {
                    foran++;
                }
            }
        }

        return foran < antall;
    }
}
