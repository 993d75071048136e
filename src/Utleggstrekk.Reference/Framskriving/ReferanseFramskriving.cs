using NodaTime;
using Utleggstrekk.Engine.Felles;
using Utleggstrekk.Engine.Prioritet;
using Utleggstrekk.Engine.Renter;
using Utleggstrekk.Engine.Satser;
using Utleggstrekk.Engine.Trekkdata;
using Utleggstrekk.Reference.Innsyn;
using Utleggstrekk.Reference.Prioritet;
using Utleggstrekk.Reference.Renter;

namespace Utleggstrekk.Reference.Framskriving;

/// <summary>One claim at the end of a reference projection, in kroner.</summary>
/// <param name="Innfridd">The 0-based month at whose end nothing remains, or −1.</param>
/// <param name="Start">Remaining plus accrued and stipulated interest at the start.</param>
/// <param name="Gjenstaaende">What remains at the end.</param>
/// <param name="Renter">Interest accrued over the projection.</param>
/// <param name="Mottatt">Total received.</param>
public sealed record ReferanseKravFramskriving(int Innfridd, decimal Start, decimal Gjenstaaende, decimal Renter, decimal Mottatt);

/// <summary>One month of a reference projection, in kroner.</summary>
/// <param name="Fra">The month's first day.</param>
/// <param name="Betaling">The trekk paid.</param>
/// <param name="Overskudd">What was left over: taken too much, to be paid back (pkt. 8.7).</param>
/// <param name="Renter">Interest accrued over the month.</param>
/// <param name="Gjenstaaende">What remains of all claims at the month's end.</param>
public sealed record ReferanseMaaned(LocalDate Fra, decimal Betaling, decimal Overskudd, decimal Renter, decimal Gjenstaaende);

/// <summary>A reference projection.</summary>
/// <param name="Krav">Per claim, input order.</param>
/// <param name="Maaneder">Per month.</param>
public sealed record ReferanseFramskrivingsresultat(IReadOnlyList<ReferanseKravFramskriving> Krav, IReadOnlyList<ReferanseMaaned> Maaneder);

/// <summary>
/// Reference projection (SPEC §9), plain decimal + LINQ, written without the engine's projection code: each month the
/// trekkpålegg in force on its first day (or a fixed what-if amount) is distributed with <see cref="ReferanseFordeling"/>
/// (which places the interest of a class a–d krav in class f), a class e/f claim's share pays interest before
/// principal, then <see cref="ReferanseRenter"/> gives the month's interest on each remaining
/// principal.
/// </summary>
public static class ReferanseFramskriving
{
    /// <summary>Projects <paramref name="trekk"/> over <paramref name="maaneder"/> months from <paramref name="fra"/>.</summary>
    public static ReferanseFramskrivingsresultat Framskriv(
        Trekk trekk,
        LocalDate fra,
        int maaneder,
        EnkelTabell<Prosentverdi> tabell,
        decimal? brutto,
        LocalDate? trekkperiodeSlutt,
        decimal? fastBeloep)
    {
        ArgumentNullException.ThrowIfNull(trekk);
        var stand = new Kravstand(trekk.Krav, fra, tabell);
        var resultatMaaneder = new List<ReferanseMaaned>();
        for (var j = 0; j < maaneder; j++)
        {
            var maanedFra = fra.PlusMonths(j);
            var deltar = Deltar(trekk, maanedFra);
            var aktiv = TrekkIKraft(trekk, maanedFra, trekkperiodeSlutt, deltar);
            var besluttet = Besluttet(trekk, maanedFra, brutto);
            var maanedensKrav = stand.MaanedensKrav(deltar, aktiv);
            var betaling = BegrensTilBidrag(maanedensKrav, aktiv ? fastBeloep ?? besluttet : 0m);
            var fordeling = ReferanseFordeling.Fordel(maanedensKrav, betaling, trekk.Regel);
            stand.Plasser(fordeling);
            var maanedsrente = stand.Opptjen(maanedFra, fra.PlusMonths(j + 1));
            stand.MerkInnfridd(j);
            resultatMaaneder.Add(new ReferanseMaaned(maanedFra, betaling, fordeling.Overskudd, maanedsrente, stand.IAlt()));
        }

        return new ReferanseFramskrivingsresultat(stand.Resultat(), resultatMaaneder);
    }

    /// <summary>Per claim: it takes part while its own trekkperiode runs on the month's first day.</summary>
    private static bool[] Deltar(Trekk trekk, LocalDate maanedFra) =>
        Enumerable.Range(0, trekk.Krav.Length).Select(i => trekk.TrekkperiodeSluttFor(i) is not { } s || maanedFra < s).ToArray();

    /// <summary>
    /// A trekk runs in the month when a trekkpålegg is in force on its first day (or none is given), the trekkperiode has
    /// not ended, and some claim takes part.
    /// </summary>
    private static bool TrekkIKraft(Trekk trekk, LocalDate maanedFra, LocalDate? trekkperiodeSlutt, bool[] deltar) =>
        (trekk.Trekkpaalegg.IsEmpty || IKraft(trekk, maanedFra).Any())
        && (trekkperiodeSlutt is null || maanedFra < trekkperiodeSlutt)
        && deltar.Any(d => d);

    /// <summary>The decided trekk: the sum of the trekkpålegg in force on the month's first day (a percent of gross income rounded down).</summary>
    private static decimal Besluttet(Trekk trekk, LocalDate maanedFra, decimal? brutto) =>
        IKraft(trekk, maanedFra).Sum(p => p.Beloep is { } b ? b.Kroner : Math.Floor(brutto!.Value * p.Prosent!.Value.Verdi / 100m));

    private static IEnumerable<Trekkpaalegg> IKraft(Trekk trekk, LocalDate maanedFra) =>
        trekk.Trekkpaalegg.Where(p => p.Fra <= maanedFra && (p.Til is null || maanedFra < p.Til));

    /// <summary>
    /// Pkt. 8.7 / SPEC §9: once every other claim taking part is paid, the trekk takes only what the løpende bidrag are due.
    /// </summary>
    private static decimal BegrensTilBidrag(List<Krav> maanedensKrav, decimal betaling)
    {
        var andreKravTrengerNoe = maanedensKrav.Any(k => k.Kravtype != Kravtype.LoependeBidrag && k.Behov > Beloep.Null);
        return andreKravTrengerNoe
            ? betaling
            : Math.Min(betaling, maanedensKrav.Where(k => k.Kravtype == Kravtype.LoependeBidrag).Sum(k => k.MaanedligBeloep.Kroner));
    }

    /// <summary>The claims' running state in kroner, per claim in input order.</summary>
    private sealed class Kravstand
    {
        private readonly IReadOnlyList<Krav> _krav;
        private readonly EnkelTabell<Prosentverdi> _tabell;
        private readonly decimal[] _gj;
        private readonly decimal[] _renter;
        private readonly decimal[] _start;
        private readonly decimal[] _opptjent;
        private readonly decimal[] _mottatt;
        private readonly int[] _innfridd;

        /// <summary>The start: remaining, and accrued plus stipulated interest to <paramref name="fra"/> (a løpende bidrag: nothing).</summary>
        public Kravstand(IReadOnlyList<Krav> krav, LocalDate fra, EnkelTabell<Prosentverdi> tabell)
        {
            _krav = krav;
            _tabell = tabell;
            _gj = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0m : k.Gjenstaaende.Kroner).ToArray();
            _renter = krav.Select(k => k.Kravtype == Kravtype.LoependeBidrag ? 0m : k.PaaloeptRente.Kroner + ReferanseInnsyn.StipulertRente(k, fra, tabell)).ToArray();
            _start = _gj.Zip(_renter, (a, b) => a + b).ToArray();
            _opptjent = new decimal[krav.Count];
            _mottatt = new decimal[krav.Count];
            _innfridd = Enumerable.Repeat(-1, krav.Count).ToArray();
        }

        /// <summary>
        /// The claims with this month's needs: nothing for a claim not taking part; a løpende bidrag its monthly amount
        /// while a trekk runs; any other claim what remains and its interest (the reference fordeling splits off the
        /// class-f interest parts itself).
        /// </summary>
        public List<Krav> MaanedensKrav(bool[] deltar, bool aktiv) =>
            _krav.Select((k, i) => !deltar[i]
                    ? k with { MaanedligBeloep = Beloep.Null, Gjenstaaende = Beloep.Null, PaaloeptRente = Beloep.Null }
                    : k.Kravtype == Kravtype.LoependeBidrag
                    ? k with { MaanedligBeloep = aktiv ? k.MaanedligBeloep : Beloep.Null }
                    : k with { Gjenstaaende = Beloep.FraDesimal(_gj[i]), PaaloeptRente = Beloep.FraDesimal(_renter[i]) })
                .ToList();

        /// <summary>Books the shares: a class a–d claim's interest is paid by its class-f part; a class e/f claim pays interest first.</summary>
        public void Plasser(ReferanseFordelingsresultat fordeling)
        {
            for (var i = 0; i < _krav.Count; i++)
            {
                var andel = fordeling.Andeler[i];
                _mottatt[i] += andel;
                if (_krav[i].Kravtype == Kravtype.LoependeBidrag)
                {
                    continue;
                }

                var tilRente = _krav[i].Artsprioritet <= Artsprioritet.D ? fordeling.Renteandeler[i] : Math.Min(andel, _renter[i]);
                _renter[i] -= tilRente;
                _gj[i] -= andel - tilRente;
            }
        }

        /// <summary>
        /// The month's interest on each remaining principal, from the later of the month's first day and renteFra to the
        /// next month's first day; returns the month's total.
        /// </summary>
        public decimal Opptjen(LocalDate maanedFra, LocalDate maanedTil)
        {
            decimal maanedsrente = 0;
            for (var i = 0; i < _krav.Count; i++)
            {
                var v = _krav[i].Rentevilkaar;
                if (_krav[i].Kravtype != Kravtype.LoependeBidrag && _gj[i] > 0 && v.Type != Rentetype.Ingen && v.RenteFra is { } rf && rf < maanedTil)
                {
                    var fraDag = rf > maanedFra ? rf : maanedFra;
                    var r = v.Type == Rentetype.Avtalt
                        ? ReferanseRenter.AvtaltRente(_gj[i], fraDag, maanedTil, v.AvtaltSats.Verdi).Rente
                        : ReferanseRenter.Forsinkelsesrente(_gj[i], fraDag, maanedTil, _tabell).Rente;
                    _renter[i] += r;
                    _opptjent[i] += r;
                    maanedsrente += r;
                }
            }

            return maanedsrente;
        }

        /// <summary>Notes month <paramref name="maaned"/> for each claim (not a løpende bidrag) that has nothing left for the first time.</summary>
        public void MerkInnfridd(int maaned)
        {
            for (var i = 0; i < _krav.Count; i++)
            {
                if (_innfridd[i] < 0 && _krav[i].Kravtype != Kravtype.LoependeBidrag && _gj[i] + _renter[i] == 0)
                {
                    _innfridd[i] = maaned;
                }
            }
        }

        /// <summary>What remains of all claims.</summary>
        public decimal IAlt() => _gj.Sum() + _renter.Sum();

        /// <summary>Per claim: the month it was paid off, its start, what remains, interest accrued and what it received.</summary>
        public List<ReferanseKravFramskriving> Resultat() =>
            Enumerable.Range(0, _krav.Count)
                .Select(i => new ReferanseKravFramskriving(_innfridd[i], _start[i], _gj[i] + _renter[i], _opptjent[i], _mottatt[i]))
                .ToList();
    }
}
