using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Prioritet;
using Utleggstrekk.Reference.Renter;

namespace Utleggstrekk.Reference.Avregning;

/// <summary>One claim after a reference avregning, in kroner.</summary>
/// <param name="DekketHovedstol">Principal covered.</param>
/// <param name="DekketRenter">Interest covered.</param>
/// <param name="Renter">Interest accrued from renteFra to the date.</param>
/// <param name="Gjenstaaende">What remains on the date.</param>
public sealed record ReferanseKravAvregning(decimal DekketHovedstol, decimal DekketRenter, decimal Renter, decimal Gjenstaaende);

/// <summary>One payment of a reference avregning, in kroner.</summary>
/// <param name="Indeks">Its index in <c>Trekk.Mottatt</c>.</param>
/// <param name="Plassert">What it covered.</param>
/// <param name="Tilbakebetales">What is paid back.</param>
public sealed record ReferanseBetaling(int Indeks, decimal Plassert, decimal Tilbakebetales);

/// <summary>A reference avregning.</summary>
/// <param name="Krav">Per claim, input order.</param>
/// <param name="Betalinger">Per payment, in the order placed.</param>
public sealed record ReferanseAvregningsresultat(IReadOnlyList<ReferanseKravAvregning> Krav, IReadOnlyList<ReferanseBetaling> Betalinger);

/// <summary>
/// Reference avregning (SPEC §14, Retningslinje pkt. 8.7), plain decimal + LINQ, written without the engine's avregning
/// code: the payments in date order (then input order); before each, every claim's interest from where it was last
/// accrued (at first <c>renteFra</c>) to the payment day with <see cref="ReferanseRenter"/>; the claims that take part
/// (tidsprioritet on or before the day, own trekkperiode not ended) with their needs (a løpende bidrag: the monthly
/// amount less what it got this calendar month) distributed by <see cref="ReferanseFordeling"/>; a class e/f claim's
/// share pays interest first; finally interest to the date.
/// </summary>
public static class ReferanseAvregning
{
    /// <summary>Places <paramref name="trekk"/>'s <c>Mottatt</c> and states the claims on <paramref name="dato"/>.</summary>
    public static ReferanseAvregningsresultat Avregn(Trekk trekk, LocalDate dato, EnkelTabell<Prosentverdi> tabell)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var krav = trekk.Krav;
        var n = krav.Length;
        var erBidrag = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag).ToArray();
        var gj = krav.Select((k, i) => erBidrag[i] ? 0m : k.Gjenstaaende.Kroner).ToArray();
        var renter = krav.Select((k, i) => erBidrag[i] ? 0m : k.PaaloeptRente.Kroner).ToArray();
        var sist = krav.Select(k => k.Rentevilkaar.RenteFra).ToArray();
        var opptjent = new decimal[n];
        var dekketH = new decimal[n];
        var dekketR = new decimal[n];
        var bidragIMaaned = new Dictionary<(int Krav, int Aar, int Maaned), decimal>();
        var betalinger = new List<ReferanseBetaling>();

        void Opptjen(LocalDate til)
        {
            for (var i = 0; i < n; i++)
            {
                var v = krav[i].Rentevilkaar;
                if (erBidrag[i] || v.Type == Rentetype.Ingen || sist[i] is not { } fra || fra >= til)
                {
                    continue;
                }

                if (gj[i] > 0)
                {
                    var r = v.Type == Rentetype.Avtalt
                        ? ReferanseRenter.AvtaltRente(gj[i], fra, til, v.AvtaltSats.Verdi).Rente
                        : ReferanseRenter.Forsinkelsesrente(gj[i], fra, til, tabell).Rente;
                    renter[i] += r;
                    opptjent[i] += r;
                }

                sist[i] = til;
            }
        }

        foreach (var (m, indeks) in trekk.Mottatt.Select((m, i) => (m, i)).OrderBy(x => x.m.Dato).ThenBy(x => x.i))
        {
            var p = m.Dato;
            Opptjen(p);
            var deltar = Enumerable.Range(0, n).Select(i => krav[i].Tidsprioritet <= p && (trekk.TrekkperiodeSluttFor(i) is not { } s || p < s)).ToArray();
            var behov = krav.Select((k, i) => !deltar[i]
                    ? k with { MaanedligBeloep = Beloep.Null, Gjenstaaende = Beloep.Null, PaaloeptRente = Beloep.Null }
                    : erBidrag[i]
                    ? k with { MaanedligBeloep = Beloep.FraDesimal(k.MaanedligBeloep.Kroner - bidragIMaaned.GetValueOrDefault((i, p.Year, p.Month))) }
                    : k with { Gjenstaaende = Beloep.FraDesimal(gj[i]), PaaloeptRente = Beloep.FraDesimal(renter[i]) })
                .ToList();
            var fordeling = ReferanseFordeling.Fordel(behov, m.Beloep.Kroner, trekk.Regel);
            for (var i = 0; i < n; i++)
            {
                var andel = fordeling.Andeler[i];
                if (erBidrag[i])
                {
                    bidragIMaaned[(i, p.Year, p.Month)] = bidragIMaaned.GetValueOrDefault((i, p.Year, p.Month)) + andel;
                    dekketH[i] += andel;
                    continue;
                }

                var tilRente = krav[i].Artsprioritet <= Artsprioritet.D ? fordeling.Renteandeler[i] : Math.Min(andel, renter[i]);
                renter[i] -= tilRente;
                gj[i] -= andel - tilRente;
                dekketR[i] += tilRente;
                dekketH[i] += andel - tilRente;
            }

            betalinger.Add(new ReferanseBetaling(indeks, m.Beloep.Kroner - fordeling.Overskudd, fordeling.Overskudd));
        }

        Opptjen(dato);
        var resultat = Enumerable.Range(0, n).Select(i => new ReferanseKravAvregning(dekketH[i], dekketR[i], opptjent[i], gj[i] + renter[i])).ToList();
        return new ReferanseAvregningsresultat(resultat, betalinger);
    }
}
