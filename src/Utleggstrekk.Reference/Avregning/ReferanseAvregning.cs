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
        var stand = new Kravstand(trekk.Krav, tabell);
        var betalinger = new List<ReferanseBetaling>();
        foreach (var (m, indeks) in trekk.Mottatt.Select((m, i) => (m, i)).OrderBy(x => x.m.Dato).ThenBy(x => x.i))
        {
            var p = m.Dato;
            stand.Opptjen(p);
            var fordeling = ReferanseFordeling.Fordel(stand.Behov(Deltar(trekk, p), p), m.Beloep.Kroner, trekk.Regel);
            stand.Plasser(fordeling, p);
            betalinger.Add(new ReferanseBetaling(indeks, m.Beloep.Kroner - fordeling.Overskudd, fordeling.Overskudd));
        }

        stand.Opptjen(dato);
        return new ReferanseAvregningsresultat(stand.Resultat(), betalinger);
    }

    /// <summary>Per claim: it takes part in a payment received on <paramref name="p"/> when its pålegg was given (tidsprioritet on or before) and its own trekkperiode has not ended.</summary>
    private static bool[] Deltar(Trekk trekk, LocalDate p) =>
        Enumerable.Range(0, trekk.Krav.Length).Select(i => trekk.Krav[i].Tidsprioritet <= p && (trekk.TrekkperiodeSluttFor(i) is not { } s || p < s)).ToArray();

    /// <summary>The claims' running state in kroner, per claim in input order.</summary>
    private sealed class Kravstand
    {
        private readonly IReadOnlyList<Krav> _krav;
        private readonly EnkelTabell<Prosentverdi> _tabell;
        private readonly bool[] _erBidrag;
        private readonly decimal[] _gj;
        private readonly decimal[] _renter;
        private readonly LocalDate?[] _sist;
        private readonly decimal[] _opptjent;
        private readonly decimal[] _dekketH;
        private readonly decimal[] _dekketR;
        private readonly Dictionary<(int Krav, int Aar, int Maaned), decimal> _bidragIMaaned = [];

        /// <summary>The state before the first payment: remaining and accrued interest as stated; interest runs from renteFra.</summary>
        public Kravstand(IReadOnlyList<Krav> krav, EnkelTabell<Prosentverdi> tabell)
        {
            _krav = krav;
            _tabell = tabell;
            _erBidrag = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag).ToArray();
            _gj = krav.Select((k, i) => _erBidrag[i] ? 0m : k.Gjenstaaende.Kroner).ToArray();
            _renter = krav.Select((k, i) => _erBidrag[i] ? 0m : k.PaaloeptRente.Kroner).ToArray();
            _sist = krav.Select(k => k.Rentevilkaar.RenteFra).ToArray();
            _opptjent = new decimal[krav.Count];
            _dekketH = new decimal[krav.Count];
            _dekketR = new decimal[krav.Count];
        }

        /// <summary>Each claim's interest on its remaining principal from where it was last accrued (at first renteFra) to <paramref name="til"/>.</summary>
        public void Opptjen(LocalDate til)
        {
            for (var i = 0; i < _krav.Count; i++)
            {
                var v = _krav[i].Rentevilkaar;
                if (_erBidrag[i] || v.Type == Rentetype.Ingen || _sist[i] is not { } fra || fra >= til)
                {
                    continue;
                }

                if (_gj[i] > 0)
                {
                    var r = v.Type == Rentetype.Avtalt
                        ? ReferanseRenter.AvtaltRente(_gj[i], fra, til, v.AvtaltSats.Verdi).Rente
                        : ReferanseRenter.Forsinkelsesrente(_gj[i], fra, til, _tabell).Rente;
                    _renter[i] += r;
                    _opptjent[i] += r;
                }

                _sist[i] = til;
            }
        }

        /// <summary>
        /// The claims with their needs for a payment received on <paramref name="p"/>: nothing for a claim not taking
        /// part; a løpende bidrag its monthly amount less what it got this calendar month; any other claim what remains
        /// and its interest (the reference fordeling splits off the class-f interest parts itself).
        /// </summary>
        public List<Krav> Behov(bool[] deltar, LocalDate p) =>
            _krav.Select((k, i) => !deltar[i]
                    ? k with { MaanedligBeloep = Beloep.Null, Gjenstaaende = Beloep.Null, PaaloeptRente = Beloep.Null }
                    : _erBidrag[i]
                    ? k with { MaanedligBeloep = Beloep.FraDesimal(k.MaanedligBeloep.Kroner - _bidragIMaaned.GetValueOrDefault((i, p.Year, p.Month))) }
                    : k with { Gjenstaaende = Beloep.FraDesimal(_gj[i]), PaaloeptRente = Beloep.FraDesimal(_renter[i]) })
                .ToList();

        /// <summary>
        /// Books the shares: a løpende bidrag's against this calendar month; a class a–d claim's interest by its class-f
        /// part; a class e/f claim's share pays interest first.
        /// </summary>
        public void Plasser(ReferanseFordelingsresultat fordeling, LocalDate p)
        {
            for (var i = 0; i < _krav.Count; i++)
            {
                var andel = fordeling.Andeler[i];
                if (_erBidrag[i])
                {
                    _bidragIMaaned[(i, p.Year, p.Month)] = _bidragIMaaned.GetValueOrDefault((i, p.Year, p.Month)) + andel;
                    _dekketH[i] += andel;
                    continue;
                }

                var tilRente = _krav[i].Artsprioritet <= Artsprioritet.D ? fordeling.Renteandeler[i] : Math.Min(andel, _renter[i]);
                _renter[i] -= tilRente;
                _gj[i] -= andel - tilRente;
                _dekketR[i] += tilRente;
                _dekketH[i] += andel - tilRente;
            }
        }

        /// <summary>Per claim: covered principal and interest, interest accrued, and what remains.</summary>
        public List<ReferanseKravAvregning> Resultat() =>
            Enumerable.Range(0, _krav.Count).Select(i => new ReferanseKravAvregning(_dekketH[i], _dekketR[i], _opptjent[i], _gj[i] + _renter[i])).ToList();
    }
}
