using System.Collections.Immutable;
using NodaTime;
using Utleggstrekk.Engine.Trekkdata;

namespace Utleggstrekk.Engine.Avregning;

/// <summary>The payments in date order, the periods between them, and which claims take part in each payment.</summary>
public sealed partial class Avregningsgrunnlag
{
    /// <summary>The payments' indexes in the order they are placed: by date, then by index.</summary>
    private static int[] IDatoorden(ImmutableArray<Mottak> mottatt)
    {
        var rekke = new int[mottatt.Length];
        for (var k = 0; k < rekke.Length; k++)
        {
            rekke[k] = k;
        }

        Array.Sort(rekke, (a, b) =>
        {
            var c = mottatt[a].Dato.CompareTo(mottatt[b].Dato);
            return c != 0 ? c : a.CompareTo(b);
        });
        return rekke;
    }

    /// <summary>
    /// The periods' ends (<c>m + 1</c> of them): period 0 ends at the first payment (or the date); period k runs
    /// [p(k−1), p(k)); the last [p(m−1), dato).
    /// </summary>
    private static LocalDate[] Periodegrenser(ImmutableArray<Mottak> mottatt, int[] rekke, LocalDate dato)
    {
        var grenser = new LocalDate[rekke.Length + 1];
        for (var k = 0; k < rekke.Length; k++)
        {
            grenser[k] = mottatt[rekke[k]].Dato;
        }

        grenser[rekke.Length] = dato;
        return grenser;
    }

    /// <summary>Per payment (order placed): its calendar month as <c>year · 12 + month</c>, from the periods' ends.</summary>
    private static int[] Maanedsnumre(LocalDate[] grenser)
    {
        var maanedsnummer = new int[grenser.Length - 1];
        for (var k = 0; k < maanedsnummer.Length; k++)
        {
            var p = grenser[k];
            maanedsnummer[k] = (p.Year * 12) + p.Month - 1;
        }

        return maanedsnummer;
    }

    /// <summary>
    /// The periods (<c>[k · n + i]</c>, no interest yet) with whether claim i takes part in payment k: its pålegg was
    /// given (tidsprioritet on or before the day received) and its own trekkperiode has not ended by then. No claim takes
    /// part in the last period's end, the date.
    /// </summary>
    private static Periodekrav[] Deltakelse(Trekk trekk, LocalDate[] grenser)
    {
        var krav = trekk.Krav.AsSpan();
        var n = krav.Length;
        var betalinger = grenser.Length - 1;
        var perioder = new Periodekrav[checked(grenser.Length * n)];
        for (var k = 0; k < betalinger; k++)
        {
            var p = grenser[k];
            for (var i = 0; i < n; i++)
            {
                var deltar = krav[i].Tidsprioritet <= p && (trekk.TrekkperiodeSluttFor(i) is not { } slutt || p < slutt);
                perioder[(k * n) + i] = new Periodekrav(0, deltar, false, false);
            }
        }

        return perioder;
    }
}
