using System.Buffers;
using System.Globalization;
using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;

namespace Utleggstrekk.Engine.Samordning;

/// <summary>One running (or new) trekk in the same ytelse.</summary>
/// <param name="Id">The trekk's reference (unique among the trekk).</param>
/// <param name="Artsprioritet">The class of the claims the trekk is for (deknl. § 2-8 first ledd).</param>
/// <param name="Tidsprioritet">The date the trekkpålegg was given (deknl. § 2-8 third ledd).</param>
/// <param name="BeloepPerMaaned">The trekk decided per month.</param>
public readonly record struct Samordningstrekk(string Id, Artsprioritet Artsprioritet, LocalDate Tidsprioritet, Beloep BeloepPerMaaned);

/// <summary>Whether a trekk keeps its amount or must be lowered.</summary>
public enum Endring
{
    /// <summary>The trekk keeps its amount.</summary>
    Uendret,

    /// <summary>The trekk must be lowered (tvangsl. § 7-24).</summary>
    Senkes,
}

/// <summary>
/// Several trekk in one ytelse (tvangsl. § 7-24; Retningslinje pkt. 7.3.2): the debtor's capacity to pay (trekkevne)
/// goes to the trekk in their order of cover (deknl. § 2-8), each at most its own amount. Answers which earlier trekk
/// must be lowered when a trekk with better priority arrives.
/// </summary>
/// <remarks>
/// <para>Order: artsprioritet a before b … before f; within a class the earlier tidsprioritet first. Trekk with the
/// same class and date have equal priority and share what is left pro rata by their amounts. Class a (bidrag) is
/// shared pro rata by the size of each trekk whatever its date (deknl. § 2-8 third ledd last sentence).</para>
/// <para>Pro-rata shares are exact in øre by the largest remainder: each gets the whole øre of its exact share, and the
/// øre left over go one each to the largest fractional remainders; a tie goes to the earlier tidsprioritet, then to
/// the lower id (ordinal) — the rule of SPEC §2.</para>
/// <para><see cref="Samordne"/> allocates nothing for up to <see cref="MaksPaaStakken"/> trekk (its scratch is on the
/// stack); above that it rents its scratch from the shared array pool.</para>
/// </remarks>
public static class Samordner
{
    /// <summary>The rule, for the explanation and the documents.</summary>
    public static readonly Regel Dekningsrekkefoelge = new(
        "Samordning.Dekningsrekkefoelge",
        "tvangsl. § 7-24; deknl. § 2-8 første og tredje ledd; Retningslinje pkt. 7.3.2",
        new LocalDate(1993, 1, 1),
        "Skyldnerens trekkevne går til trekkene i dekningsrekkefølgen (artsprioritet, så tidsprioritet; like deles forholdsmessig etter beløp), hvert høyst sitt eget beløp; et tidligere trekk senkes når et trekk med bedre prioritet kommer til.");

    /// <summary>Equal priority shares pro rata by amount, exactly in øre.</summary>
    public static readonly Regel DeltPrioritet = new(
        "Samordning.Forholdsmessig",
        "deknl. § 2-8 tredje ledd (siste punktum for klasse a); Retningslinje pkt. 6.2; SPEC § 2 (avrunding)",
        new LocalDate(1993, 1, 1),
        "Trekk med samme artsprioritet og samme dato, og alle trekk i klasse a uansett dato, deler det som er igjen forholdsmessig etter beløpet; andelene er eksakte i øre etter største rest, og ved lik rest får det eldste trekket, så laveste id, øren.");

    /// <summary>The number of trekk whose scratch is kept on the stack.</summary>
    public const int MaksPaaStakken = 256;

    /// <summary>
    /// Shares <paramref name="trekkevne"/> over <paramref name="trekk"/>: writes each trekk's new amount to
    /// <paramref name="nyttBeloep"/> (same index) and returns what is left unused. Throws
    /// <see cref="UgyldigInndataException"/> for a blank or duplicate id, a negative amount, an undefined class or trekk whose
    /// amounts together exceed what an amount can hold, and
    /// <see cref="ArgumentException"/> when <paramref name="nyttBeloep"/> is shorter than <paramref name="trekk"/>.
    /// </summary>
    public static Beloep Samordne(Beloep trekkevne, ReadOnlySpan<Samordningstrekk> trekk, Span<Beloep> nyttBeloep)
    {
        Preconditions.CheckArgument(nyttBeloep.Length >= trekk.Length, nameof(nyttBeloep), "The output span is shorter than the trekk.");
        Valider(trekkevne, trekk);
        int[]? leid = null;
        Span<int> rekkefoelge = trekk.Length <= MaksPaaStakken
            ? stackalloc int[MaksPaaStakken]
            : (leid = ArrayPool<int>.Shared.Rent(trekk.Length));
        try
        {
            return Fordel(trekkevne, trekk, nyttBeloep[..trekk.Length], rekkefoelge[..trekk.Length]);
        }
        finally
        {
            if (leid is not null)
            {
                ArrayPool<int>.Shared.Return(leid);
            }
        }
    }

    /// <summary>Whether the new amount lowers the trekk.</summary>
    public static Endring EndringFor(Beloep beloepPerMaaned, Beloep nyttBeloepPerMaaned) =>
        nyttBeloepPerMaaned < beloepPerMaaned ? Endring.Senkes : Endring.Uendret;

    /// <summary>The order of cover: a negative number when <paramref name="x"/> is covered before <paramref name="y"/>, 0 when they have equal priority.</summary>
    public static int Prioritet(in Samordningstrekk x, in Samordningstrekk y)
    {
        var c = ((int)x.Artsprioritet).CompareTo((int)y.Artsprioritet); // as int: Enum.CompareTo(object) would box
        if (c != 0 || x.Artsprioritet == Artsprioritet.A)
        {
            return c;
        }

        return x.Tidsprioritet.CompareTo(y.Tidsprioritet);
    }

    private static Beloep Fordel(Beloep trekkevne, ReadOnlySpan<Samordningstrekk> trekk, Span<Beloep> nytt, Span<int> rekkefoelge)
    {
        for (var i = 0; i < rekkefoelge.Length; i++)
        {
            rekkefoelge[i] = i;
        }

        // Insertion sort by priority, then tidsprioritet, then id: stable and allocation-free; a ytelse has few trekk.
        for (var i = 1; i < rekkefoelge.Length; i++)
        {
            var v = rekkefoelge[i];
            var j = i - 1;
            while (j >= 0 && Sammenlign(trekk, rekkefoelge[j], v) > 0)
            {
                rekkefoelge[j + 1] = rekkefoelge[j];
                j--;
            }

            rekkefoelge[j + 1] = v;
        }

        var igjen = trekkevne.Oere;
        var start = 0;
        while (start < rekkefoelge.Length)
        {
            var slutt = start + 1;
            while (slutt < rekkefoelge.Length && Prioritet(trekk[rekkefoelge[start]], trekk[rekkefoelge[slutt]]) == 0)
            {
                slutt++;
            }

            var gruppe = rekkefoelge[start..slutt];
            long behov = 0;
            foreach (var i in gruppe)
            {
                behov = checked(behov + trekk[i].BeloepPerMaaned.Oere);
            }

            if (behov <= igjen)
            {
                foreach (var i in gruppe)
                {
                    nytt[i] = trekk[i].BeloepPerMaaned;
                }

                igjen -= behov;
            }
            else
            {
                Forholdsmessig(trekk, nytt, gruppe, igjen, behov);
                igjen = 0;
            }

            start = slutt;
        }

        return Beloep.FraOere(igjen);
    }

    /// <summary>Shares <paramref name="tilgjengelig"/> (less than <paramref name="behov"/>) over the group pro rata by amount, largest remainder in øre.</summary>
    private static void Forholdsmessig(ReadOnlySpan<Samordningstrekk> trekk, Span<Beloep> nytt, ReadOnlySpan<int> gruppe, long tilgjengelig, long behov)
    {
        long utdelt = 0;
        foreach (var i in gruppe)
        {
            var andel = Heltallsregning.MulDivNedMedRest(tilgjengelig, trekk[i].BeloepPerMaaned.Oere, behov, out _);
            nytt[i] = Beloep.FraOere(andel);
            utdelt += andel;
        }

        // The øre left over (fewer than the members with a remainder) go to the largest remainders, one each.
        for (var rest = tilgjengelig - utdelt; rest > 0; rest--)
        {
            var best = -1;
            long bestRest = -1;
            foreach (var i in gruppe)
            {
                var kvotient = Heltallsregning.MulDivNedMedRest(tilgjengelig, trekk[i].BeloepPerMaaned.Oere, behov, out var r);
                if (nytt[i].Oere > kvotient)
                {
                    continue; // already given its extra øre
                }

                if (r > bestRest || (r == bestRest && Sammenlign(trekk, i, best) < 0))
                {
                    best = i;
                    bestRest = r;
                }
            }

            nytt[best] = Beloep.FraOere(nytt[best].Oere + 1);
        }
    }

    private static int Sammenlign(ReadOnlySpan<Samordningstrekk> trekk, int a, int b)
    {
        var x = trekk[a];
        var y = trekk[b];
        var c = ((int)x.Artsprioritet).CompareTo((int)y.Artsprioritet); // as int: Enum.CompareTo(object) would box
        if (c != 0)
        {
            return c;
        }

        c = x.Tidsprioritet.CompareTo(y.Tidsprioritet);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    private static void Valider(Beloep trekkevne, ReadOnlySpan<Samordningstrekk> trekk)
    {
        if (trekkevne.ErNegativt)
        {
            throw new UgyldigInndataException(new Valideringsfeil("trekkevne", trekkevne.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt."));
        }

        long sum = 0;
        for (var i = 0; i < trekk.Length; i++)
        {
            var t = trekk[i];
            if (string.IsNullOrWhiteSpace(t.Id) || t.BeloepPerMaaned.ErNegativt || !t.Artsprioritet.ErGyldig())
            {
                KastUgyldig(trekk, i);
            }

            // The shares are computed over each group's sum: the sum of all trekk must fit an amount (money never wraps).
            if (t.BeloepPerMaaned.Oere > long.MaxValue - sum)
            {
                throw new UgyldigInndataException(new Valideringsfeil(Sti(i, "beloepPerMaaned"), t.BeloepPerMaaned.ToString(), Feilkoder.UgyldigBeloep, "Trekkene blir til sammen større enn et beløp kan holde."));
            }

            sum += t.BeloepPerMaaned.Oere;

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(trekk[j].Id, t.Id, StringComparison.Ordinal))
                {
                    throw new UgyldigInndataException(new Valideringsfeil(Sti(i, "id"), t.Id, Feilkoder.DuplikatId, $"Id-en er brukt av trekk[{j.ToString(CultureInfo.InvariantCulture)}] også; hvert trekk må ha sin egen id."));
                }
            }
        }
    }

    private static void KastUgyldig(ReadOnlySpan<Samordningstrekk> trekk, int i)
    {
        var t = trekk[i];
        throw new UgyldigInndataException(
            string.IsNullOrWhiteSpace(t.Id) ? new Valideringsfeil(Sti(i, "id"), t.Id, Feilkoder.Paakrevd, "Trekket må ha en id.")
            : t.BeloepPerMaaned.ErNegativt ? new Valideringsfeil(Sti(i, "beloepPerMaaned"), t.BeloepPerMaaned.ToString(), Feilkoder.UgyldigBeloep, "Beløpet kan ikke være negativt.")
            : new Valideringsfeil(Sti(i, "artsprioritet"), ((int)t.Artsprioritet).ToString(CultureInfo.InvariantCulture), Feilkoder.UkjentArtsprioritet, "Ukjent artsprioritet; tillatt: a, b, c, d, e, f (deknl. § 2-8 første ledd)."));
    }

    private static string Sti(int i, string felt) => "trekk[" + i.ToString(CultureInfo.InvariantCulture) + "]." + felt;
}
