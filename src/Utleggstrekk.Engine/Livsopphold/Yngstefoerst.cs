using System.Runtime.CompilerServices;
using NodaTime;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkberegning;

namespace Utleggstrekk.Engine.Livsopphold;

/// <summary>
/// Which children a "youngest first" reduction hits, found by rank counting (no sorting, no allocation): a child is
/// among the <c>k</c> youngest when fewer than <c>k</c> counted children come before it in the order
/// "later date of birth first; on the same date of birth, later in the input first" (household children of the same
/// date of birth have the same rate, so that order does not change the sum), and for samvær children by the order of
/// <see cref="BlantYngste(ReadOnlySpan{Samvaersbarn}, ReadOnlySpan{int}, ReadOnlySpan{int}, int, int, LocalDate, SamvaerTabell, int)"/>.
/// </summary>
/// <remarks>Households are small, so the quadratic count is cheaper than sorting into a buffer.</remarks>
internal static class Yngstefoerst
{
    /// <summary>True when household child (ages and date keys in <paramref name="alder"/> and <paramref name="noekler"/>, or computed when empty) <paramref name="indeks"/> is among the <paramref name="antall"/> youngest counted children.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BlantYngste(ReadOnlySpan<Barn> barn, ReadOnlySpan<int> alder, ReadOnlySpan<int> noekler, int indeks, int antall, LocalDate dato)
    {
        if (antall <= 0)
        {
            return false;
        }

        var foedt = noekler.IsEmpty ? Alder.Noekkel(barn[indeks].Foedselsdato) : noekler[indeks];
        var foran = 0;
        for (var j = 0; j < barn.Length; j++)
        {
            if (j == indeks || !LivsoppholdBarn.Medregnes(alder.IsEmpty ? Alder.HeleAar(barn[j].Foedselsdato, dato) : alder[j], barn[j].Videregaaende))
            {
                continue;
            }

            var annen = noekler.IsEmpty ? Alder.Noekkel(barn[j].Foedselsdato) : noekler[j];
            if (annen > foedt || (annen == foedt && j > indeks))
            {
                foran++;
            }
        }

        return foran < antall;
    }

    /// <summary>
    /// True when samvær child (ages and date keys in <paramref name="alder"/> and <paramref name="noekler"/>, or
    /// computed when empty) <paramref name="indeks"/> is among the <paramref name="antall"/> youngest samvær children
    /// with an add-on. Order: later date of birth first; on the same date of birth the smaller add-on first (the
    /// debtor keeps more), then the lower class, then later in the input (only between identical children, where the
    /// choice does not change the sum). The result therefore does not depend on the input order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BlantYngste(ReadOnlySpan<Samvaersbarn> barn, ReadOnlySpan<int> alder, ReadOnlySpan<int> noekler, int indeks, int antall, LocalDate dato, SamvaerTabell tabell, int periode)
    {
        if (antall <= 0)
        {
            return false;
        }

        var foedt = noekler.IsEmpty ? Alder.Noekkel(barn[indeks].Foedselsdato) : noekler[indeks];
        var egenAlder = alder.IsEmpty ? Alder.HeleAar(barn[indeks].Foedselsdato, dato) : alder[indeks];
        var klasse = barn[indeks].Samvaersklasse;
        var sats = -1L;
        var foran = 0;
        for (var j = 0; j < barn.Length; j++)
        {
            if (j == indeks || !Samvaerstillegg.Medregnes(alder.IsEmpty ? Alder.HeleAar(barn[j].Foedselsdato, dato) : alder[j]))
            {
                continue;
            }

            var annen = noekler.IsEmpty ? Alder.Noekkel(barn[j].Foedselsdato) : noekler[j];
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

                var annenKlasse = barn[j].Samvaersklasse;
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
